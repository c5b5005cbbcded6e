/**
 * Runs of like items: siblings of one tag whose classes name one kind of item (a list of teasers,
 * cards or comments), as the article finder's furniture rules look for them.
 */
import { attributeOf, childrenOf, classOf, closestOf, parentNodeOf, parentOf, property, query, queryAll, tagOf, textOf } from './native';
import { standsAlone, withinSite } from './appeals';

/** The siblings next to an element that have its tag and class (a list of teasers, cards or comments). */
export function likeSiblings(el: Element): Element[] {
  const kind = classKind(el);
  const like = (other: Element | null): other is Element =>
    other !== null && tagOf(other) === tagOf(el) && (classOf(other) === classOf(el) || sameKind(kind, classKind(other)));
  return [property(el, 'previousElementSibling'), property(el, 'nextElementSibling')].filter(like);
}
/** An element's class words that name a kind, not one item (WordPress's "post-118", "category-japan" differ post by post). */
const classKind = (el: Element) => new Set(classOf(el).split(/\s+/).filter(namesKind));
const namesKind = (word: string) => word !== '' && !/\d|^(?:category|tag)-/.test(word);
/** Whether two sets of class words name the same kind of item: two or more of them, and most, shared (not one block name with BEM modifiers, "pick pick--top"). */
const sameKind = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared >= 2 && shared * 2 >= Math.max(a.size, b.size);
};
/** Siblings of an element's tag whose first class word is its own (a comment and a reply beside it: "disk-prisp", "disk-prisp disk-odpoved"). */
function kinSiblings(el: Element): Element[] {
  const first = classOf(el).trim().split(/\s+/)[0] ?? '';
  const kin = (other: Element | null): other is Element =>
    other !== null && tagOf(other) === tagOf(el) && (classOf(other).trim().split(/\s+/)[0] ?? '') === first;
  return [property(el, 'previousElementSibling'), property(el, 'nextElementSibling')].filter(kin);
}
/** Whether an element stands in a run of siblings of its own tag and class. */
export const isRepeated = (el: Element) => likeSiblings(el).length > 0;
/** Class words of a story's paragraphs a paywall may hold back (`<p class="paywall">`). */
const HELD_BACK = /paywall|premium/i;
/** Words of a paywall's offer: its lines speak of subscribing, registering, members and logging in, the story's seldom do. */
const OFFER =
  /\bsubscri|\babbona|\babonn|\bsuscri|\bassinatura|\bprenumer|\blog ?in\b|\bsign ?in\b|\bregist|\bfree (?:articles?|stories|trial)\b|\bmembers?(?:hip)?\b|\bunlimited access\b|購読|会員|ログイン/i;
/** The paragraph before an element among its siblings, past up to three boxes between (an ad slot). */
function paragraphBefore(el: Element): Element | undefined {
  let before = property(el, 'previousElementSibling');
  for (let skipped = 0; before && tagOf(before) !== 'P' && skipped < 3; skipped += 1) before = property(before, 'previousElementSibling');
  return before && tagOf(before) === 'P' ? before : undefined;
}
/**
 * Whether a paragraph is one of a run of the story's paragraphs marked as held back by a paywall, whatever else its class says;
 * or the story's last free paragraph faded out before the paywall (`<p class="paywall-fade">` after the story's paragraphs), when
 * it does not speak of subscribing.
 */
export function isHeldBackRun(el: Element): boolean {
  if (tagOf(el) !== 'P' || !HELD_BACK.test(classOf(el))) return false;
  if (isRepeated(el)) return true;
  // Faded or blurred as the paywall's edge, the paragraph before the story's (not another line of the paywall's box).
  const before = paragraphBefore(el);
  return /fade|blur/i.test(classOf(el)) && before !== undefined && !HELD_BACK.test(classOf(before)) && !OFFER.test(textOf(el));
}
/**
 * Whether a box marked as the paywall's faded edge (`<div class="paywallFade">`) wraps the story's last free paragraph alone: one
 * of the class of the story's paragraph before it, not speaking of subscribing; not a blurred box, which holds filler or a teaser.
 */
function isFadedEdgeBox(el: Element): boolean {
  const p = property(el, 'firstElementChild');
  if (!p || property(el, 'childElementCount') !== 1 || tagOf(p) !== 'P' || !HELD_BACK.test(classOf(el)) || !/fade/i.test(classOf(el)))
    return false;
  const before = paragraphBefore(el);
  return before !== undefined && classOf(before) !== '' && classOf(before) === classOf(p) && !OFFER.test(textOf(p));
}
/**
 * Whether a box marked as held back by a paywall (`<div class="paywall-area">`) holds the story's
 * continuation: two or more paragraphs of the tag and (non-empty) class of the story's paragraph just
 * before it (a sign-up box's lines are classed their own way); or, after an unclassed one, three or
 * more unclassed paragraphs of 80 characters or more and none that speaks of subscribing (a sign-up
 * box's lines are unclassed too, and say so), as when the box opens its parent; or its faded edge around the last free one (`isFadedEdgeBox`).
 */
export function isHeldBackBox(el: Element): boolean {
  if (tagOf(el) === 'P' || !HELD_BACK.test(classOf(el))) return false;
  if (holdsWrappedContinuation(el) || isFadedEdgeBox(el)) return true;
  const before = paragraphBefore(el);
  // Or the box opening its parent, the story held back from its first paragraph on (a wire's `<div class="paywall">`): four or
  // more long unclassed paragraphs, most not speaking of subscribing (a story on ID cards speaks of logging in and registering).
  const opening = !before;
  const parent = parentOf(el);
  // In the story's body (`div.article-body`), not a rail's, a teaser section's or a paywall script's container.
  const inBody = parent !== null && /article|body|content|story|entry|text/i.test(`${classOf(parent)} ${attributeOf(parent, 'id') ?? ''}`);
  if (opening && (property(el, 'previousElementSibling') !== null || !inBody)) return false;
  const kind = before ? classOf(before) : '';
  let continued = 0;
  let offers = 0;
  for (const child of childrenOf(el)) {
    if (tagOf(child) !== 'P' || classOf(child) !== kind) continue;
    if (kind === '' && OFFER.test(textOf(child)) && (offers += 1) && !opening) return false;
    // An opening box's paragraphs hold no link of their own (a teaser list's linked headlines and standfirsts do).
    if ((kind !== '' || textOf(child).trim().length >= 80) && !(opening && query(child, 'a') !== null)) continued += 1;
  }
  return opening ? continued >= 4 && offers * 2 < continued : continued >= (kind === '' ? 3 : 2);
}

/**
 * Whether a box whose class names furniture is the story's all the same, asked of the boxes of one page: one a paywall holds
 * back, or a layout's wrapper around an h1 and a run of three sibling paragraphs (a theme's "container right-sidebar" around
 * the main column, not a sidebar's box). The page's h1s and paragraph runs are found once, on the first box asked about, so
 * that a deep nest of such boxes (a threaded comment section's) costs the page's size, not its size times its depth.
 */
export function storyBoxTest(scopes: () => ReadonlyArray<ParentNode>): (el: Element) => boolean {
  let wrappers: Set<Element> | undefined;
  return (el) => {
    if (isHeldBackBox(el)) return true;
    if (!wrappers) {
      const runs = holdersOf(scopes(), 'p:nth-of-type(3)');
      wrappers = new Set([...holdersOf(scopes(), 'h1')].filter((holder) => runs.has(holder)));
    }
    return wrappers.has(el);
  };
}

/** The elements that hold an element matching `selectors` in their own tree (a query from a shadow host does not reach in). */
function holdersOf(scopes: ReadonlyArray<ParentNode>, selectors: string): Set<Element> {
  const found = new Set<Element>();
  for (const scope of scopes)
    for (const el of queryAll(scope, selectors))
      // Up to an ancestor already found: its own ancestors were found with it.
      for (let up = parentNodeOf(el); up?.nodeType === 1 /* ELEMENT_NODE */ && !found.has(up as Element); up = parentNodeOf(up))
        found.add(up as Element);
  return found;
}

/**
 * Whether a box is a picture and a first paragraph that is one link to another page and nothing more, opening its text
 * (a teaser's thumbnail and title set without a heading), or such a link standing before the excerpt's paragraph
 * (「<a><img></a><a>title</a><p class="lead">…</p>」), or a short box of a date line, such a paragraph and an excerpt.
 */
function opensWithLink(el: Element): boolean {
  const lines = queryAll(el, 'p');
  // Or after a date line (a post list's "2026.11.15", then its linked title and its excerpt, no picture).
  const dated = lines.length >= 3 && /^[\d./年月日-]{6,12}$/.test(textOf(lines[0]!).trim()) && textOf(el).length < 400;
  const first = dated ? lines[1]! : lines[0];
  const link = first && query(first, 'a[href]:not([href^="#"])');
  const titled = link !== null && link !== undefined && textOf(first!).trim() === textOf(link).trim();
  const title = titled ? textOf(link).trim() : dated ? '' : standingTitle(el);
  // A standing title may follow the teaser's date line (「<a><img></a><div>28. 11. 2026</div><a>title</a><br>excerpt」).
  const text = textOf(el).trim();
  const opens = dated
    ? text.startsWith(textOf(lines[0]!).trim())
    : text.startsWith(title) || (title !== '' && DATE_ONLY.test(text.slice(0, text.indexOf(title))));
  return title.length >= 10 && opens && (dated || query(el, 'img') !== null);
}
/** A date in figures, and nothing else ("28. 11. 2026", "2026.11.15"). */
const DATE_ONLY = /^\s*\d[\d./年月日 -]{4,14}[\d.年月日]\s*$/;
/**
 * The words of a box's first link with words, when no paragraph holds it and the box's picture links to the same page (a
 * teaser's thumbnail and title; not a product card's shop link beside its unlinked picture, nor a gallery item's link).
 */
function standingTitle(el: Element): string {
  const link = [...queryAll(el, 'a[href]:not([href^="#"])')].find((a) => textOf(a).trim() !== '');
  return link && !closestOf(link, 'p') && !query(link, 'img') && picturedLinkTo(el, attributeOf(link, 'href')) ? textOf(link).trim() : '';
}
/** Whether a box holds a picture linked to the given address (a teaser's thumbnail beside its title's link). */
const picturedLinkTo = (el: Element, href: string | null) =>
  href !== null && [...queryAll(el, 'a[href] img')].some((img) => attributeOf(closestOf(img, 'a[href]')!, 'href') === href);
/**
 * Whether a box is a card for another story: its heading's link and its picture's link lead to the same page (an Angular
 * site's "Kapcsolódó" card between the paragraphs), not a story's facts box headed by a link to a match centre or a book's page.
 */
export function isStoryCard(el: Element): boolean {
  const heading = query(el, 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4');
  const link = heading && (tagOf(heading) === 'A' ? heading : closestOf(heading, 'a[href]'));
  const href = link ? attributeOf(link, 'href') : null;
  return href !== null && !href.startsWith('#') && picturedLinkTo(el, href);
}
/** Whether a box is one of a run of like boxes that each open with a linked title beside a picture or after a date: teasers without headings. */
export const isLinkedTeaser = (el: Element) => opensWithLink(el) && likeSiblings(el).some(opensWithLink);

/** A price as a shop shows it ("259,95 €*", "€ 19.99", "$129.00"). */
const PRICE = /\d[\d.]*[.,]\d{2}\s?(?:€|eur\b|chf\b|\$|£)|(?:€|\$|£|chf)\s?\d[\d.,]*[.,]\d{2}/i;
/** A shop's button to the product or the cart. */
const SHOP_ACTION =
  /^(?:zum (?:günstigsten |besten )?(?:produkt|artikel|shop|angebot)|in den warenkorb|jetzt kaufen|kaufen|add to (?:cart|basket|bag)|buy(?: now)?|shop now|view product|ajouter au panier|acheter|añadir al carrito|comprar|aggiungi al carrello|acquista)\*?$/i;
/**
 * Whether a box is a shop's product card: a price, a button to the product or the cart standing alone, and no paragraph of
 * the editor's own (Shopware's `product-box` between a guide's paragraphs; not a gift guide's item, its text a paragraph),
 * but a footnote to the price's or link's asterisk (an affiliate plugin's "* Affiliate-Link: …").
 */
export const isProductCard = (el: Element) =>
  PRICE.test(textOf(el)) &&
  [...queryAll(el, 'a[href], button')].some((b) => SHOP_ACTION.test(textOf(b).trim()) && standsAlone(b)) &&
  ![...queryAll(el, 'p')].some((p) => textOf(p).trim().length >= 80 && !textOf(p).trim().startsWith('*'));

/** A link to a picture file. */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
/**
 * Whether a link is a card to another page: a link around blocks, a picture among them and no caption (a blog's embedded
 * card, Cocoon's "blogcard": thumbnail, title, snippet), not a picture linked to its larger version.
 */
export const isLinkCard = (el: Element) =>
  tagOf(el) === 'A' &&
  !/^#/.test(attributeOf(el, 'href') ?? '#') &&
  !PICTURE_FILE.test(attributeOf(el, 'href') ?? '') &&
  query(el, ':scope > div, :scope > figure, :scope > p') !== null &&
  [...queryAll(el, 'div, p')].filter((b) => !query(b, 'div, p') && textOf(b).trim()).length >= 2 &&
  query(el, 'img') !== null &&
  query(el, 'figcaption') === null;

/** The control that answers a comment, in a few languages. */
const REPLY = /^(?:reply|antworten|répondre|responder|rispondi|reageer|odpovědět|odpovedať|odpowiedz|返信(?:する)?)$/i;
/**
 * Whether an element holds a comment's "Reply" control: a button, or a link within the page, not in
 * an embedded post (a server-rendered tweet's "Reply" links to the network).
 */
const holdsReply = (el: Element) =>
  [...queryAll(el, 'button, a:not([href^="http"]), [role="button"]')].some(
    (c) => REPLY.test(textOf(c).trim()) && !closestOf(c, 'blockquote, iframe'),
  );
/** A count of readers' reactions closing a comment (「いいね 48」, "Like 12"), not a Q&A's votes for an answer (「参考になった 12」). */
const REACTIONS = /^(?:いいね[!！]?|likes?|gefällt mir|j['’]aime|me gusta)\s*[\d,]+$/i;
/** Whether a box, no list's item (a story's ranking of posts), opens with its author's short line and closes with a count of readers' reactions. */
const closesWithReactions = (el: Element) => {
  const first = property(el, 'firstElementChild');
  const last = property(el, 'lastElementChild');
  return (
    tagOf(el) !== 'LI' && first !== null && first !== last && textOf(first).trim().length <= 40 && REACTIONS.test(textOf(last!).trim())
  );
};
/**
 * Whether a box is a reader's comment: its "Reply" control, or a count of reactions closing it (an expert's comment under a
 * business paper's story), beside a box of its kind that has one (a reply may be boxed "comment comment--reply").
 */
export function isReplyBox(el: Element): boolean {
  const marks = [holdsReply, closesWithReactions].filter((mark) => mark(el));
  if (!marks.length) return false;
  const kin = [...likeSiblings(el), ...kinSiblings(el)];
  return marks.some((mark) => kin.some(mark));
}

/** A block's tag and class ("DIV field__item"): a CMS wraps each of the story's paragraphs and subheads in one such block. */
const blockKind = (el: Element) => `${tagOf(el)} ${classOf(el).trim()}`;
/**
 * Whether a box marked as held back holds the story's continuation in the blocks the story's text stands in before it
 * (Drupal's `div.field__item` around each paragraph): two or more of its children of the kind of a block among the four
 * before it, each with 80 characters or more of text, and none that speaks of subscribing.
 */
function holdsWrappedContinuation(el: Element): boolean {
  const kinds = new Set<string>();
  let before = property(el, 'previousElementSibling');
  for (let seen = 0; before && seen < 4; seen += 1, before = property(before, 'previousElementSibling'))
    if (tagOf(before) !== 'P' && classOf(before).trim() !== '') kinds.add(blockKind(before));
  let continued = 0;
  for (const child of childrenOf(el)) {
    if (!kinds.has(blockKind(child))) continue;
    const text = textOf(child).trim();
    if (OFFER.test(text)) return false;
    if (text.length >= 80) continued += 1;
  }
  return continued >= 2;
}

/**
 * Whether a box is a list of teasers set as plain paragraphs (a Wix "Latest News" box): three or more pages of the site each
 * linked by two lines that are nothing but the link (a title and its "Read more"); a story links a page so once at most, and
 * a roundup's "Get the recipe" lines lead to other sites.
 */
export function isFlatTeaserList(el: Element): boolean {
  const lines = new Map<string, number>();
  for (const link of queryAll(el, 'a[href]:not([href^="#"])')) {
    const line = closestOf(link, 'p, li');
    const href = attributeOf(link, 'href') ?? '';
    if (!line || textOf(line).trim() !== textOf(link).trim() || !withinSite(el, href)) continue;
    lines.set(href, (lines.get(href) ?? 0) + 1);
  }
  return [...lines.values()].filter((n) => n >= 2).length >= 3;
}

/** A length, all of an element's text ("01:58", "1:02:15"): a video's or an episode's. */
const LENGTH = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/;
/** Class, id or accessible-name words of a player's box or its list ("video-player", "playlist__items"), not a story's "has-video". */
const PLAYLIST_NAMED = /playlist|player|(?:^|[\s_-])episodes(?:[\s_-]|$)/i;

/**
 * Whether a list is a player's playlist inside a story (a portal's "most watched" videos between its paragraphs): every item a
 * short title closed by its length set apart (a results list's times and a verse's chapter run in its text), in a list or
 * box named for a player or a playlist, within three levels.
 */
export function isPlaylist(list: Element): boolean {
  const items = [...childrenOf(list)];
  const lengthLast = (item: Element) => {
    const last = property(item, 'lastElementChild');
    return last !== null && LENGTH.test(textOf(last)) && textOf(item).trim().endsWith(textOf(last).trim());
  };
  if (items.length < 2 || !items.every((item) => tagOf(item) === 'LI' && textOf(item).trim().length < 150 && lengthLast(item)))
    return false;
  for (let e: Element | null = list, n = 0; e && n < 4; e = parentOf(e), n += 1)
    if (PLAYLIST_NAMED.test(`${classOf(e)} ${attributeOf(e, 'id') ?? ''} ${attributeOf(e, 'aria-label') ?? ''}`)) return true;
  return false;
}
