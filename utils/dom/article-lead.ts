/**
 * What follows the headline before the article's first paragraph and belongs to it wherever it
 * sits: the standfirst and the lead picture's caption (`article.ts` finds the headline and roots).
 */
import { TEASER_HEADING, isAdNamed } from './article-furniture';
import { linksOnlyToPictures, opensOrSellsPicture } from './picture-links';
import { isDateLine } from './date-lines';
import { isFlatTeaserList, isLinkedTeaser } from './like-items';
import { isStockLine, maxStockLine } from './article-notices';
import { namesSomeone } from './author-notes';
import type { Stats } from './article-scores';
import { INLINE_TAG_SET } from './tags';
import { isControlBox } from './article-controls';
import { attributeIn, attributeOf, classOf, closestOf, parentOf, property, query, queryAll, tagOf, textOf } from './native';
import { composedContains } from './shadow-roots';
import { namedForHeaderOnly } from './class-words';
import { leadsToOwnStory } from './page-address';
import { inArticle, type ArticleRegion } from './article-region';
import { isByline, isCredit, isNamed, leaveOutCredits } from './article-credits';

/** Whether a line is mostly the text of its `<time>` elements ("Published Nov. 22, 2026, 6:00 a.m. ET | Updated …"). */
const isTimeLine = (el: Element, line: string) => {
  let dated = 0;
  for (const time of queryAll(el, 'time')) dated += textOf(time).trim().length;
  return dated * 2 >= line.length;
};

/**
 * Whether an element is in a figure, its caption or a form; in a form around the article too (ASP.NET's around the whole
 * page) only inside a box with a heading of its own (a side column's "Pressestelle").
 */
const inFigureOrForm = (el: Element, roots: readonly Element[], headline: Element) => {
  const box = closestOf(el, 'figure, figcaption, form');
  if (!box || tagOf(box) !== 'FORM' || !roots.some((r) => composedContains(box, r))) return box !== null;
  // Not the line itself in the headline's own box (a standfirst set as the header's h2 under the h1), nor in a box of its own right
  // after the headline, its only child, sentences (a Turkish portal's `div.news-detail-spot` around its h2; not a poll's question, a
  // video's title or a breaking-news bar), nor the line right after the headline (WebForms' `div.story__header`).
  const own = parentOf(el);
  const next = property(headline, 'nextElementSibling') === el;
  const spot =
    own !== null &&
    property(own, 'previousElementSibling') === headline &&
    property(own, 'childElementCount') === 1 &&
    /^.{80,}[.!。]$/su.test(textOf(el).trim());
  for (let up = own, n = 0; up && up !== box && n < 3; up = parentOf(up), n += 1)
    for (const heading of queryAll(up, ':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6'))
      if ((heading !== headline || !next) && (heading !== el || !(composedContains(up, headline) || spot))) return true;
  return false;
};

const STANDFIRST = /(?<![a-z])(?:dek|deck|standfirst|summary|excerpt|subtitle|subhead|lede|intro|teaser|chapo|description)(?![a-z])/i;
/**
 * Whether a block, or one of the few boxes around it, is named as a byline or meta line; not a heading in such a box holding the headline
 * (BLOX's `div.meta`: h1, subhead h2, byline), nor a sentence of 80 characters or more there that its class names a standfirst (a `p.dek`).
 */
const bylineBelow = (el: Element, headline: Element) => {
  const dek = STANDFIRST.test(classOf(el)) && /^.{80,}[.!?。]$/su.test(textOf(el).trim());
  for (let e: Element | null = el, n = 0; e && n < 4; e = parentOf(e), n += 1)
    if (isByline(e, 1)) return !((/^H[2-6]$/.test(tagOf(el)) || (e !== el && dek)) && composedContains(e, headline));
  return false;
};

/**
 * Whether a block, or one of the two boxes around it below the headline's, is a player's box with its controls, the block
 * holding its button or after it ("Listen to this article", then its note); not a standfirst set before the header's tools in one box.
 */
const inControlBox = (el: Element, headline: Element, stats: Stats[], indexOf: Map<Element, number>) => {
  for (let e: Element | null = el, n = 0; e && n < 3 && !composedContains(e, headline); e = parentOf(e), n += 1) {
    const s = stats[indexOf.get(e) ?? -1];
    const button = query(e, 'button');
    // Stats run in document order (linkedom's `compareDocumentPosition` misorders a deeper node).
    if (s && button && (composedContains(el, button) || (indexOf.get(button) ?? Infinity) < (indexOf.get(el) ?? -1)) && isControlBox(s))
      return true;
  }
  return false;
};

/** Class or id words of a box that pitches something (a sidebar's call to action, `blog-post_sidebar-cta`): no standfirst. */
const PITCH_BOX = /(?<![a-z])cta(?![a-z])/i;

/** Whether a figure's picture is wide, as a story's lead picture is: 600 pixels or more across, no taller than wide and no flatter than a banner (3:1). */
const isWide = (figure: Element) => {
  const side = (name: string) => Number(attributeIn(figure, 'img', name) ?? 0);
  return side('width') >= 600 && side('height') <= side('width') && (!side('height') || side('height') * 3 >= side('width'));
};

/**
 * The standfirst: prose between the headline and the article's first paragraph belongs to the
 * article wherever it sits (a lead above the body's container, or in a box whose class says
 * "teaser" or "intro"). Looks at a few hundred elements at most. `found`: `headline` is the one the finder found (an h1, or a
 * heading or line the title names), not just the last heading before the text.
 */
export function leadsAfter(
  headline: Element,
  found: boolean,
  roots: Element[],
  excluded: Set<Element>,
  stats: Stats[],
  indexOf: Map<Element, number>,
): void {
  let taken = headline;
  let leadFigure = false;
  const h = indexOf.get(headline)!;
  // A wide picture just above the headline, its caption the story's (a photo essay's header, in its `article` or `main`, opens
  // with its lead picture; a columnist's portrait there is narrower, a series' banner flatter).
  const above = property(headline, 'previousElementSibling');
  const side = (name: string) => Number((above && attributeIn(above, 'img', name)) ?? 0);
  if (
    above &&
    side('width') >= 600 &&
    (!side('height') || side('height') * 3 >= side('width')) &&
    tagOf(above) === 'FIGURE' &&
    tagOf(headline) === 'H1' &&
    isLeadFigure(above, excluded, stats, indexOf, 'article, main')
  ) {
    roots.push(above);
    leaveOutCredits(above, stats, indexOf, excluded, true);
  }
  // The root holding most of the story's text.
  const body = roots.reduce((a, b) => ((stats[indexOf.get(b) ?? -1]?.text ?? 0) > (stats[indexOf.get(a) ?? -1]?.text ?? 0) ? b : a));
  // Past a standfirst that joined the article as a root of its own (Drupal's `field-chapo` above the picture), only the lead picture is looked for.
  let pastStandfirst = false;
  for (let i = h + 1, leads = 0; i < stats.length && i < h + 400 && leads < 3; i += 1) {
    const s = stats[i]!;
    if (s.hidden || INLINE_TAG_SET.has(s.tag) || composedContains(taken, s.el) || s.inline < 40 || s.inlineLink / s.inline > 0.25) continue;
    // The article's first paragraph: a lead, if any, came before it (the lead picture's caption is none: a summary may follow it).
    if (inArticle({ roots, excluded }, s.el)) {
      if (s.inline >= 80 && !closestOf(s.el, 'figure')) {
        if (composedContains(body, s.el)) break;
        pastStandfirst = true;
      }
      continue;
    }
    // The lead picture's caption is the article's (its picture with it): one figure after an h1, a heading marked as the
    // headline (Joomla's `h2[itemprop=headline]` under the section's h1), or past the standfirst under one the title names (a
    // wide one, below; before the text an authority's weather or portrait box stands there too), not a teaser's; a figure
    // holding the headline is the story's top (picture, headline, standfirst), not a caption.
    const figure = closestOf(s.el, 'figure') ?? (pastStandfirst ? pictureBoxOf(s.el, stats, indexOf) : null);
    const top = figure !== null && composedContains(figure, headline);
    const named = (found && pastStandfirst) || tagOf(headline) === 'H1' || attributeOf(headline, 'itemprop') === 'headline';
    // (Past a standfirst of its own, a wide picture only: not a magazine cover's promo.)
    if (figure && !top && !leadFigure && named && (!pastStandfirst || isWide(figure)) && isLeadFigure(figure, excluded, stats, indexOf)) {
      leadFigure = true;
      roots.push((taken = figure));
      leaveOutCredits(figure, stats, indexOf, excluded, true);
      continue;
    }
    if (pastStandfirst) continue;
    // A figure's caption, a form, a byline, a pitch, a credit, a dateline (a board post's header, a line of times), a player's
    // box with its controls (not its caption) or the site's line: no standfirst.
    const line = textOf(s.el).trim();
    if (
      (!top && inFigureOrForm(s.el, roots, headline)) ||
      bylineBelow(s.el, headline) ||
      isNamed(s.el, PITCH_BOX, 2) ||
      isCredit(s, s.el) ||
      isDateLine(line) ||
      isTimeLine(s.el, line) ||
      inControlBox(s.el, headline, stats, indexOf) ||
      (line.length < maxStockLine(line) && isStockLine(line)) ||
      inCardRun(s.el, headline, { roots, excluded })
    )
      continue;
    // A box around the article (a few words of its own, a PHP warning) is not its standfirst, nor a line in a teaser left out of it (its excerpt).
    if (roots.some((r) => composedContains(s.el, r)) || inPartLeftOut(s.el, roots, excluded)) continue;
    excluded.delete(s.el);
    roots.push((taken = s.el));
    leaveOutCredits(s.el, stats, indexOf, excluded, true);
    leads += 1;
  }
}
/** How many of a box's first elements `shapeOf` compares. */
const SHAPE_ELEMENTS = 12;
/** The tags and classes of a box's first elements, in document order: cards of one template share them, a layout's rows do not. */
function shapeOf(box: Element): string {
  const parts: string[] = [];
  // Depth first, stopping at the count: a layout row may hold the whole story.
  let e = property(box, 'firstElementChild');
  while (e && parts.length < SHAPE_ELEMENTS) {
    parts.push(`${tagOf(e)}.${classOf(e).trim()}`);
    let next = property(e, 'firstElementChild');
    for (let up: Element | null = e; !next && up && up !== box; up = parentOf(up)) next = property(up, 'nextElementSibling');
    e = next;
  }
  return parts.join(' ');
}
/**
 * Whether a line stands in a card, one of a run of boxes of the same class and build beside the article, each with a link (a
 * sidebar's "Experts in this story", a rail's cards), the card the line's box or the box around it; not a layout's rows or
 * columns (one holds the headline or the article, or they differ inside: a standfirst's row and the share links' row), nor a
 * recipe's steps (no links).
 */
function inCardRun(el: Element, headline: Element, region: Pick<ArticleRegion, 'roots' | 'excluded'>): boolean {
  const apart = (e: Element) =>
    !composedContains(e, headline) && !inArticle(region, e) && !region.roots.some((r) => composedContains(e, r));
  for (let box = parentOf(el), n = 0; box && n < 2 && apart(box); box = parentOf(box), n += 1) {
    const kind = classOf(box).trim();
    const tag = tagOf(box);
    // Built only once the cheaper checks pass.
    let build: string | undefined;
    const card = (e: Element | null) =>
      e !== null &&
      tagOf(e) === tag &&
      classOf(e).trim() === kind &&
      apart(e) &&
      query(e, 'a[href]') !== null &&
      shapeOf(e) === (build ??= shapeOf(box));
    if (kind && card(box) && (card(property(box, 'previousElementSibling')) || card(property(box, 'nextElementSibling')))) return true;
  }
  return false;
}
/** Whether a line stands in a run of like boxes, or a list of teasers, left out inside the article's roots (other posts beside the story). */
function inPartLeftOut(el: Element, roots: Element[], excluded: Set<Element>): boolean {
  const root = roots.find((r) => r !== el && composedContains(r, el));
  for (let e = parentOf(el); root && e && e !== root; e = parentOf(e))
    if (excluded.has(e) && (isLinkedTeaser(e) || isFlatTeaserList(e))) return true;
  return false;
}

/** Class words of a slideshow's box. */
const SLIDESHOW = /carousel|slideshow|slider|swiper/i;
/** Whether a box named unlikely is the story's own slideshow: named so, its links open its pictures, sell them or move through them ("#photo-carousel"). */
const isSlideshow = (box: Element) =>
  isNamed(box, SLIDESHOW, 1) &&
  [...queryAll(box, 'a[href]')].every((a) => (attributeOf(a, 'href') ?? '').startsWith('#') || opensOrSellsPicture(a));

/**
 * Whether a figure between the headline and the body is the lead picture: shown, in no part left
 * out or named as unlikely (but the story's header) or an ad, and linking nowhere but to pictures (a teaser's links to its story).
 */
export function isLeadFigure(
  figure: Element,
  excluded: Set<Element>,
  stats: Stats[],
  indexOf: Map<Element, number>,
  story = 'article',
): boolean {
  const s = stats[indexOf.get(figure) ?? -1];
  const linksFit = s && (linksOnlyToPictures(figure) || linksOnlyToItsPicture(figure, s) || linksOnlyInCredit(figure));
  // Not in a link, nor in a form, but one around the story's headline too (ASP.NET's around the whole page).
  const around = closestOf(figure, 'a[href], form');
  const pageForm = around !== null && tagOf(around) === 'FORM' && query(around, 'h1') !== null;
  if (!s || s.hidden || !linksFit || isAdNamed(figure) || (around && !pageForm)) return false;
  // A card's picture beside its linked heading (not the story's header, whose author's name may be a linked heading, nor a
  // box around the whole story, whose read-also box has one).
  const card = parentOf(figure);
  const cardText = stats[indexOf.get(card!) ?? -1]?.text ?? 0;
  if (card && tagOf(card) !== 'BODY' && cardText < 1500 && query(card, TEASER_HEADING) && !query(card, 'h1')) return false;
  // Nor left out or named unlikely, but for the header of a story's `article` (`story`) around it, which holds its h1
  // (`<header class="header-nota">`), when it holds a picture, not a portrait of the author; and a box inside such a header,
  // not the story's `article` itself, named unlikely for the word "header" alone (`figure.artstyle__header-media`).
  const picture = s.images > 0 && !namesSomeone(textOf(figure).trim());
  const storyBox = closestOf(figure, story);
  let header: Element | null = picture ? parentOf(figure) : null;
  while (header && !(query(header, 'h1') && closestOf(header, story))) header = parentOf(header);
  const headerPart = (e: Element) => header !== null && header !== storyBox && composedContains(header, e) && namedForHeaderOnly(e);
  for (let e: Element | null = figure; e; e = parentOf(e)) {
    const unlikely = stats[indexOf.get(e) ?? -1]?.unlikelyHere && !isSlideshow(e);
    if ((excluded.has(e) || unlikely) && !(picture && ((query(e, 'h1') && closestOf(e, story)) || (!excluded.has(e) && headerPart(e)))))
      return false;
  }
  return true;
}
/** Class words of a caption's credit. */
const CREDIT_NAME = /credit|photographer|copyright/i;
/** Whether a figure's every link sits in its caption's credit (Newspack's "Credit: <a href="/author/…">Name</a>"), the photographer's page. */
function linksOnlyInCredit(figure: Element): boolean {
  const links = [...queryAll(figure, 'a[href]')];
  return links.length > 0 && links.every((a) => closestOf(a, 'figcaption') !== null && !query(a, 'img') && isNamed(a, CREDIT_NAME, 3));
}
/**
 * Whether a box's links all lead where its one picture's link does, one of the story's own pages, its caption unlinked
 * (the picture and "9 fotografií" open the story's gallery, "…/A261206_143210/foto"), not a card for another story.
 */
function linksOnlyToItsPicture(box: Element, s: Stats): boolean {
  const picture = query(box, 'a[href] img');
  const href = picture && attributeOf(closestOf(picture, 'a[href]')!, 'href');
  return (
    !!href &&
    s.link * 4 <= s.text &&
    [...queryAll(box, 'a[href]')].every((a) => attributeOf(a, 'href') === href) &&
    leadsToOwnStory(property(box, 'ownerDocument'), href)
  );
}
/**
 * The box of one picture around a line, past the standfirst, when no `figure` holds it (a Czech portal's `div.opener-foto`:
 * picture, caption, credit): a few hundred characters, no heading, within three levels.
 */
function pictureBoxOf(el: Element, stats: Stats[], indexOf: Map<Element, number>): Element | null {
  for (let e = parentOf(el), up = 0; e && up < 3; e = parentOf(e), up += 1) {
    const s = stats[indexOf.get(e) ?? -1];
    if (!s || s.images === 0) continue;
    // One picture: its `img`, in a `picture` of sources or not (the stats count both elements), and not its copy for pages
    // without scripts (a parser without scripting, as the CLI's, reads a `noscript`'s markup as elements).
    const pictures = [...queryAll(e, 'img')].filter((img) => !closestOf(img, 'noscript')).length;
    // No player's box (a poster and its play button): its title is no caption.
    return pictures === 1 && s.text < 400 && !query(e, `${TEASER_HEADING}, button, video, iframe`) ? e : null;
  }
  return null;
}
