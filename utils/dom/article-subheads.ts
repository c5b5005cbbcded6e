/**
 * Subheads in boxes of their own: a theme's title wrapper around an `h2`, a live blog entry's
 * header holding its time, share links and title. Such a box reads as furniture (short, linked,
 * named "header"); its subhead is still the article's, unless it labels a part left out.
 * `article-furniture.ts` asks; read from the stats and the native `children` only, since a form's
 * named controls shadow its methods.
 */
import { HEADINGS, type Stats } from './article-scores';
import { UNLIKELY } from './class-words';
import { isFurnitureMarkup } from './furniture-markup';
import { INLINE_TAG_SET } from './tags';
import { attributeOf, childrenOf } from './native';
import { inArticle, subtreeEnd } from './article-region';

/** Subheads: headings below the headline. */
const SUBHEADS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** Link text a subhead's box may hold besides: a time, a share line. */
const MAX_OTHER_LINKS = 20;

/**
 * Whether a box left out as furniture holds a subhead of the article: a short box (not a form),
 * named as nothing unlikely (but for a `header`), with no list, picture or form field, little link
 * text (a time, a share line; not "More on …" links), no headline, and no heading that links
 * elsewhere (a teaser's). Walks the box without recursion: pages nest boxes thousands deep.
 */
export function holdsSubhead(s: Stats, stats: Stats[], indexOf: Map<Element, number>): boolean {
  if (s.headings === 0 || s.hidden || s.items > 0 || s.images > 0 || s.inputs > 0 || s.text >= 200 || s.tag === 'FORM') return false;
  if (s.link > MAX_OTHER_LINKS || actsAfterSubhead(s, stats, indexOf)) return false;
  if (namedUnlikely(s)) return false;
  let subheads = 0;
  const boxes = [s.el];
  for (let box = boxes.pop(); box; box = boxes.pop()) {
    for (const child of childrenOf(box)) {
      const c = stats[indexOf.get(child) ?? -1];
      if (!c || c.headings === 0) continue;
      if (c.tag === 'H1' || c.tag === 'FORM' || (HEADINGS.has(c.tag) && c.link > 0)) return false;
      if (SUBHEADS.has(c.tag)) subheads += 1;
      else if (namedUnlikely(c)) return false;
      else boxes.push(child);
    }
  }
  return subheads > 0;
}

/** Whether the first block of text after `box` (in page order) is text, not a heading, in the roots and not left out. */
export function introducesText(
  box: Element,
  roots: readonly Element[],
  excluded: Set<Element>,
  stats: Stats[],
  indexOf: Map<Element, number>,
): boolean {
  for (let i = subtreeEnd(stats, indexOf.get(box)!); i < stats.length; i += 1) {
    const s = stats[i]!;
    // Furniture markup next (a `nav` of further stories): the box labels it.
    if (s.hidden && isFurnitureMarkup(s.el, s.tag)) return false;
    if (s.hidden || !s.inline || INLINE_TAG_SET.has(s.tag)) continue;
    // Another heading next: a label over a list of teasers' titles, not a subhead over its section's text.
    if (HEADINGS.has(s.tag)) return false;
    return inArticle({ roots, excluded }, s.el);
  }
  return false;
}

/** Controls and furniture markup: a box holding one is a promo's or a widget's, not a subhead's. */
const ACTIONS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FORM', 'NAV', 'ASIDE', 'FOOTER']);

/**
 * Whether the box holds a control or furniture markup ("Sign up" as a button, a list of links in a
 * `nav`), or a link after its first subhead (a call to act, further stories under a label), not a
 * live blog entry's time before its title.
 */
function actsAfterSubhead(s: Stats, stats: Stats[], indexOf: Map<Element, number>): boolean {
  const at = indexOf.get(s.el)!;
  let subhead = false;
  for (let i = at + 1, end = subtreeEnd(stats, at); i < end; i += 1) {
    const d = stats[i]!;
    if (ACTIONS.has(d.tag)) return true;
    if (SUBHEADS.has(d.tag)) subhead = true;
    else if (subhead && d.tag === 'A' && d.link > 0) return true;
  }
  return false;
}

/**
 * Whether a box is named as seldom the article (a comment's "comment-meta"); a `header` element introduces its section
 * though its class says so ("block-header"), and so do Jimdo's "j-header" module and the TYPO3 Bootstrap Package's "frame-header"
 * box around a subhead.
 */
function namedUnlikely(s: Stats): boolean {
  if (!s.unlikelyHere) return false;
  const names = `${attributeOf(s.el, 'class') ?? ''} ${attributeOf(s.el, 'id') ?? ''}`;
  return (s.tag !== 'HEADER' && !/(?:^|\s)(?:j-header|frame-header)(?:\s|$)/.test(names)) || UNLIKELY.test(names.replace(/header/gi, ''));
}

/** Leaves out every part of `box` that neither is nor holds a subhead, into `out`. */
export function leaveOutAllBut(box: Element, stats: Stats[], indexOf: Map<Element, number>, out: Set<Element>): void {
  const boxes = [box];
  for (let b = boxes.pop(); b; b = boxes.pop()) {
    for (const child of childrenOf(b)) {
      const c = stats[indexOf.get(child) ?? -1];
      if (c && SUBHEADS.has(c.tag)) continue;
      if (c && c.headings > 0) boxes.push(child);
      else out.add(child);
    }
  }
}

/** Whether a box holds one subhead and no other text (a theme's title wrapper), however deep. */
export function isSubheadBox(el: Element, stats: Stats[], indexOf: Map<Element, number>): boolean {
  for (let box: Element | undefined = el; box;) {
    const s = stats[indexOf.get(box) ?? -1];
    if (!s || s.headings !== 1 || s.inline > 0 || s.link > 0 || s.images > 0) return false;
    let inner: Element | undefined;
    for (const child of childrenOf(box)) {
      if (stats[indexOf.get(child) ?? -1]?.text) {
        inner = child;
        break;
      }
    }
    const c = inner && stats[indexOf.get(inner)!]!;
    if (!c || c.text !== s.text) return false;
    if (SUBHEADS.has(c.tag)) return true;
    box = inner;
  }
  return false;
}
