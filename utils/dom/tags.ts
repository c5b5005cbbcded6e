/**
 * Element names that the page readers share: what is never text a reader reads as prose (code,
 * form controls, foreign content) and what flows inline. Each set holds both cases: SVG and
 * MathML elements keep their lower-case names in `tagName`.
 */
import { attributeOf, parentOf, tagOf } from './native';

/** A set of element names holding each name in upper and lower case. */
export const bothCases = (tags: readonly string[]) => new Set(tags.flatMap((t) => [t.toLowerCase(), t.toUpperCase()]));

/** Never a mention, never article text: code, form controls, foreign content, a player's fallback, our own card host. */
export const SKIP_TAG_SET = bothCases([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'iframe',
  'object',
  // A player's fallback ("Your browser does not support HTML5 audio"), which browsers that play it never show.
  'audio',
  'video',
  'jfir-briefs',
]);

/** Shown though `aria-hidden`: a caption that the picture's alt text repeats for screen readers (as Le Monde marks its captions). */
const SEEN_WHEN_ARIA_HIDDEN = bothCases(['figcaption']);
/** Whether an element's `aria-hidden` hides it from the reader too (see SEEN_WHEN_ARIA_HIDDEN). */
export const ariaHides = (el: Element, tag = tagOf(el)) => attributeOf(el, 'aria-hidden') === 'true' && !SEEN_WHEN_ARIA_HIDDEN.has(tag);

/**
 * A custom element's tag name ("comment-thread", "newsletter-signup"), which names its part as a class does; null for
 * HTML's own and for AMP's components ("amp-carousel" holds a lead picture as readily as a gallery).
 */
export const customName = (tag: string): string | null => (tag.includes('-') && !/^amp-/i.test(tag) ? tag.toLowerCase() : null);

/** Elements that flow inline: text across them is one run, so "<b>Kuril</b> Islands" is found. */
export const INLINE_TAG_SET = bothCases([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'LABEL',
  'BIG',
  'TT',
  'STRIKE',
  'INS',
  'DEL',
]);

/** The nearest ancestor-or-self of `el` that is not an inline element: where a run of text ends. */
export function blockElementOf(el: Element): Element {
  let block = el;
  for (let parent = parentOf(block); INLINE_TAG_SET.has(tagOf(block)) && parent; parent = parentOf(block)) block = parent;
  return block;
}
