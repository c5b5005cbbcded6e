/**
 * Short text that is still the story's, which the furniture rules would otherwise take for a label or a meta line: a
 * one-line paragraph of a story written a box per paragraph, and words inside a sentence that a class names as meta.
 */
import { MIN_PARAGRAPH, textWeight, type Stats } from './article-scores';
import { INLINE_TAG_SET } from './tags';
import { attributeOf, classOf, parentOf, property, tagOf, textOf } from './native';

/** Text that ends as a sentence or a line of dialogue does. */
const SENTENCE_END = /[.!?…。！？」』”"’)）]$/;
/** Like boxes looked at on each side of a short one for a paragraph's worth of text. */
const NEAR_BOXES = 3;
/**
 * Whether a short box is one line of a story written a box per paragraph (serial fiction, some CMS pages: "They both took
 * one."): a sentence without links, near a like box (same tag, class and style) that holds a paragraph's worth of text.
 */
export function isShortParagraph(s: Stats): boolean {
  if (s.tag !== 'DIV' || s.link > 0 || !SENTENCE_END.test(textOf(s.el).trim())) return false;
  // The box is the outermost of the divs wrapping only this one ("<div style><div dir><span>…").
  let el = s.el;
  for (
    let up = parentOf(el), n = 0;
    up && tagOf(up) === 'DIV' && property(up, 'childElementCount') === 1 && n < 2;
    up = parentOf(up), n += 1
  )
    el = up;
  // Bare divs are any page's scaffolding (comments, labels, filing lines); a story's paragraph boxes carry a class or a style.
  if (!classOf(el) && !attributeOf(el, 'style')) return false;
  const like = (o: Element | null): o is Element =>
    o !== null && tagOf(o) === 'DIV' && classOf(o) === classOf(el) && attributeOf(o, 'style') === attributeOf(el, 'style');
  for (const next of [(o: Element) => property(o, 'previousElementSibling'), (o: Element) => property(o, 'nextElementSibling')]) {
    let o = next(el);
    // Weighted, so that a Japanese paragraph of 50 characters counts as one.
    for (let n = 0; n < NEAR_BOXES && like(o); o = next(o), n += 1) if (textWeight(textOf(o)) >= 4 * MIN_PARAGRAPH) return true;
  }
  return false;
}

/**
 * Whether an inline element is words inside a sentence of its paragraph: a paragraph much longer
 * than it, and running text right before it (NYT's `<a class="meta-loc">Sudan</a>` in
 * "… its position on Sudan and …"), which a byline's class words do not make a meta line.
 */
export function inSentence(s: Stats, stats: Stats[]): boolean {
  if (!INLINE_TAG_SET.has(s.tag) || s.parent < 0 || stats[s.parent]!.inline < s.text + 80) return false;
  // Words before it that run on, not a sentence or a label closed before a credit ("… parcours. <span>AFP</span>", "Photo: <span>…").
  const before = property(s.el, 'previousSibling');
  return before !== null && property(before, 'nodeType') === 3 && /\p{L}[^.!?。:：|/·•–—]*$/u.test(textOf(before));
}

/** A paragraph that is one remark in quotation marks, as a story quotes its people (「…」, “…”, „…“, «…»). */
const QUOTED_REMARK = /^(?:「[^]*」|“[^]*”|„[^]*[“”]|«[^]*»|"[^]*")$/;
/**
 * Whether a box that a class names for comments is the story's quoted remarks: no links, form fields or heading of its own, the
 * story going on after it, and most of its text in paragraphs that are each one quotation (a match report's 「監督コメント」 box
 * under its subhead); readers' comments end a story, under their own "Top comments".
 */
export function isQuotedRemarks(s: Stats): boolean {
  if (s.link > 0 || s.inputs > 0 || s.headings > 0 || s.text < 2 * MIN_PARAGRAPH || !/comment(?!ary)/i.test(classOf(s.el))) return false;
  if (!property(s.el, 'nextElementSibling')) return false;
  let quoted = 0;
  for (let child = property(s.el, 'firstElementChild'); child; child = property(child, 'nextElementSibling'))
    if (tagOf(child) === 'P' && QUOTED_REMARK.test(textOf(child).trim())) quoted += textWeight(textOf(child).trim());
  return quoted * 3 >= s.text * 2;
}
