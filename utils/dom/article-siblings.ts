/**
 * Which boxes beside the article's root are other stories or teasers, and which of the story's own blocks broken markup has
 * set after it (`article.ts` joins the rest of the root's siblings), and the run of teasers a candidate for the root stands in.
 */
import { TEASER_HEADING } from './article-furniture';
import { isBackMatter } from './back-matter';
import { isRepeated } from './like-items';
import { isSiteBox } from './article-notices';
import { isControlBox } from './article-controls';
import type { Stats } from './article-scores';
import { classWeight } from './class-words';
import { attributeOf, childrenOf, classOf, closestOf, parentOf, property, query, queryAll, tagOf, textOf } from './native';
import { leadsToOtherStory } from './page-address';
import { isStampLine } from './date-lines';
import { composedContains } from './shadow-roots';

/**
 * Whether `el` belongs to a story other than `story`: inside another article with an h1 of its
 * own, or holding another story's h1. Not the body of a story whose headline and lead sit in an
 * article of their own (the body in a `div` or an `article` of its own, without an h1).
 */
export function isAnotherStory(el: Element, story: Element, h1s: Element[]): boolean {
  const article = closestOf(el, 'article');
  const another = (h: Element) => !composedContains(story, h);
  return h1s.some(
    (h) =>
      another(h) && (composedContains(el, h) || (article !== null && !composedContains(article, story) && composedContains(article, h))),
  );
}

/** Whether every paragraph of a box sits in a teaser inside it, beside a heading that links elsewhere ("More posts"), not in the box itself (a story's part holding a related box). */
export function onlyTeasers(box: Element): boolean {
  return [...queryAll(box, 'p')].every((p) => {
    for (let a = parentOf(p); a && a !== box; a = parentOf(a)) if (query(a, TEASER_HEADING)) return true;
    return false;
  });
}

const HEADING = /^H[1-4]$/;
/**
 * Whether a box beside the story is another story's teaser under a label: its first child a short line of its own, no link
 * and no heading ("Next Story", "Nächster Artikel"), its second a heading whose whole text links to another page of the
 * site, or such a link holding a heading, or a box opening with such a heading when the box links there again (a news site's
 * box after the story: the next story's headline, standfirst and first lines, "Continue reading"). A part of the story opens with its subhead, linked or not, and no label
 * above it; a link with a fragment is an entry's permalink.
 */
export function opensWithOtherHeadline(box: Element): boolean {
  const [label, child] = [...childrenOf(box)];
  if (!label || !child || HEADING.test(tagOf(label)) || query(label, 'a, h1, h2, h3, h4, h5, h6, img') !== null) return false;
  const labelText = textOf(label).trim();
  if (!labelText || labelText.length > 40) return false;
  const first = property(child, 'firstElementChild');
  const heading = HEADING.test(tagOf(child))
    ? child
    : tagOf(child) === 'A'
      ? query(child, 'h1, h2, h3, h4')
      : first && HEADING.test(tagOf(first))
        ? first
        : null;
  const link = tagOf(child) === 'A' ? child : heading && query(heading, 'a[href]');
  if (!heading || !link || !textOf(heading).trim() || textOf(link).trim() !== textOf(heading).trim()) return false;
  const href = (attributeOf(link, 'href') ?? '').trim();
  // A box under the label opening with the heading: a teaser when it links there again ("Continue reading"); a story's part
  // may open with a subhead linking a profile, a document or an earlier story.
  if (heading === first && [...queryAll(box, 'a[href]')].filter((a) => attributeOf(a, 'href')?.trim() === href).length < 2) return false;
  return /^[^#?]/.test(href) && !href.includes('#') && leadsToOtherStory(property(box, 'ownerDocument'), href);
}

/** A block's kind: its tag and first two class words ("DIV frame frame-default"); none for one with fewer. */
const kindOf = (el: Element) => {
  const words = classOf(el).trim().split(/\s+/);
  return words.length >= 2 ? `${tagOf(el)} ${words[0]} ${words[1]}` : '';
};

/**
 * The story's own blocks that broken markup set after its root: a stray end tag in each block closes the root's container
 * early, so that each later block stands one level further out ("…</div></div>" once too often, as browsers parse it). Like
 * the root's last block in kind, they follow the root's parent and each ancestor's in turn, while every element after is one.
 */
export function* escapedParts(root: Element): Generator<Element> {
  const last = property(root, 'lastElementChild');
  const kind = last ? kindOf(last) : '';
  if (!kind) return;
  for (let a: Element | null = root, level = 0; a && tagOf(a) !== 'BODY' && level < 8; a = parentOf(a), level += 1)
    for (let n = property(a, 'nextElementSibling'); n; n = property(n, 'nextElementSibling')) {
      if (kindOf(n) !== kind) return;
      if (level > 0) yield n;
    }
}

/** Whether a block, or a box it wraps alone (a TYPO3 frame's inner boxes), is back matter: a contact box set as a frame of its own. */
export function backMatterWithin(block: Element): boolean {
  for (let e: Element | null = block; e; e = property(e, 'childElementCount') === 1 ? property(e, 'firstElementChild') : null)
    if (isBackMatter(e)) return true;
  return false;
}

/** The run of teasers a candidate stands in (its box or one of the three around it is one of them), or undefined. */
export function teaserRunOf(s: Stats, stats: Stats[]): Element | undefined {
  for (let p: Stats | undefined = s, n = 0; p && p !== stats[0] && n < 4; p = stats[p.parent], n += 1)
    if (p.text < 600 && isRepeated(p.el) && query(p.el, TEASER_HEADING) !== null) return parentOf(p.el) ?? undefined;
  return undefined;
}

/**
 * Whether a box beside the story is the site's own: its citation or sponsor box (`isSiteBox`), a control's box or an app promo
 * (`isControlBox`), a line dating the page under a stamp's label ("Zuletzt aktualisiert: 04. Dezember 2026" under a Joomla article's text), or a short
 * box of a paragraph or two with a link that its class or id names as furniture ("c-promo-whatsapp"), as the story's own
 * paragraphs beside it are not named (an update line's "update-banner" has no link).
 */
export const isSitesBox = (s: Stats) =>
  isSiteBox(s.el) ||
  isControlBox(s) ||
  (s.text < 80 && isStampLine(textOf(s.el).trim())) ||
  (s.link > 0 && s.text < 300 && s.paragraphs < 3 && classWeight(s.el) < 0);
