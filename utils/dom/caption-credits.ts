/**
 * Picture credits. A credit line of its own ("Foto: …", an agency's name in a caption) is
 * `isCredit`'s (article-furniture), with the patterns here. A credit written into the end of a
 * caption's text ("… angekommen. (Foto: Privat)", "… Klemmer. Foto: GdP/Hagen Immel", "…
 * Shiffrin. © AFP / JEFF PACHOUD", "… getarnt. (mlharing / iStock.com)") is found here with where
 * in that text node it starts: the caption is the article's, its credit is not.
 */
import { attributeOf, property, queryAll, textOf } from './native';
import { inArticle, type ArticleRegion } from './article-region';

/** A credit's label ("Foto:", "Bildquelle:", "Photo credit:", "Imagen:", "Źródło:"), as a pattern's source. */
const CREDIT_LABEL = '(?:fot|photo|bild|quelle|source|imagen|cr[ée]dit|fuente|image|źródło)\\w*(?:\\s+credit)?\\s*:';
/** An agency's or stock library's name, as a pattern's source. */
const AGENCY_NAME =
  '(?:getty\\w*|afp|dpa|reuters|epa|imago|istock(?:\\.com)?|shutterstock|keystone|unsplash|ap|pap|ansa|efe|anp|belga|apa|kyodo|xinhua)';

/**
 * A credit line of its own (`isCredit`): "Foto: …", "Quelle: …", "(crédito: …)", "(© …)", also after a caption's stray full stop
 * (". Imagen: Télam"); or, in a caption, an agency's or stock library's name.
 */
export const CREDIT_LINE = new RegExp(`^[\\s.,;:|–—-]*\\(?(?:${CREDIT_LABEL}|fot\\.\\s|©)`, 'i');
export const AGENCY_LINE = new RegExp(`^${AGENCY_NAME}\\b`, 'i');
/** Where a credit may open: the text's start, or after a sentence's end or a separator. */
const OPENING = new RegExp(`(?:^|[.!?…)"”»]\\s+|\\s[|–—]\\s+)(\\(?\\s*(?:${CREDIT_LABEL}|©))`, 'giu');
/** In brackets, an agency's or library's name after a photographer's: "(mlharing / iStock.com)", "(Foto: X/dpa)". */
const BRACKETED_AGENCY = new RegExp(`\\([^()]*[/|]\\s*${AGENCY_NAME}\\b[^()]*\\)\\s*$`, 'iu');
/** A credit is a line's end: at most this long (white space collapsed, as a reader sees it), and no second sentence in it. */
const MAX_CREDIT = 80;
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where a caption's text starts its closing credit, or undefined when it ends in none. */
export function creditStart(text: string): number | undefined {
  const bracketed = BRACKETED_AGENCY.exec(text);
  if (bracketed && shown(bracketed[0]).length <= MAX_CREDIT) return bracketed.index;
  for (const m of text.matchAll(OPENING)) {
    const start = m.index + m[0].length - m[1]!.length;
    const rest = shown(text.slice(start));
    if (rest.length <= MAX_CREDIT && !/[.!?]\s+\p{Lu}/u.test(rest) && (!rest.startsWith('(') || /\)$/.test(rest))) return start;
  }
  return undefined;
}

/** Captions: a figure's, or an element named as one ("caption", "image-description", "bildunterschrift"). */
const CAPTIONS =
  'figcaption, [class*="caption" i], [class*="imagedescription" i], [class*="image-description" i], [class*="bildunterschrift" i]';

/** The last text node with text in an element (its credit, when it ends in one). */
function lastTextOf(el: Node): Text | undefined {
  for (let n = property(el, 'lastChild'); n; n = property(n, 'previousSibling')) {
    const type = property(n, 'nodeType');
    if (type === 3 && textOf(n).trim()) return n as Text;
    if (type === 1) {
      const inner = lastTextOf(n);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * The text nodes of the article's captions that end in a credit, each with where its credit
 * starts (`ArticleRegion.creditTails`); undefined when none does.
 */
export function captionCredits(region: ArticleRegion): Map<Text, number> | undefined {
  let tails: Map<Text, number> | undefined;
  for (const root of region.roots)
    for (const caption of queryAll(root, CAPTIONS)) {
      // A caption is short; a box merely named so (a gallery's "captions" wrapper) is not one.
      if (textOf(caption).length > 600 || attributeOf(caption, 'hidden') !== null || !inArticle(region, caption)) continue;
      const node = lastTextOf(caption);
      const start = node && creditStart(textOf(node));
      if (node && start !== undefined) (tails ??= new Map()).set(node, start);
    }
  return tails;
}
