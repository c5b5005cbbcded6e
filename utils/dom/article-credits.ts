/**
 * Who made the article, not the article: bylines, meta lines and picture credits. A byline or
 * credit line of its own ("By …", "Foto: …", an agency's name in a caption) is told by
 * `isByline` and `isCredit`; a credit written into the end of a caption's text ("… angekommen.
 * (Foto: Privat)", "… Klemmer. Foto: GdP/Hagen Immel", "… Shiffrin. © AFP / JEFF PACHOUD", "…
 * getarnt. (mlharing / iStock.com)") by `captionCredits`, with where in that text node it
 * starts: the caption is the article's, its credit is not.
 */
import { attributeOf, closestOf, parentOf, property, query, queryAll, tagOf, textOf } from './native';
import { inArticle, subtreeEnd, type ArticleRegion } from './article-region';
import type { Stats } from './article-scores';
import { INLINE_TAG_SET } from './tags';

/** Class or id words of a byline, an author's bio or a meta line (date, reading time): not a standfirst. */
const BYLINE =
  /author|byline|reporter[-_]?(?:desc|info|bio|name|profile)|(?:\b|_)(?:bio|meta|date)|updated|published|publish-?(?:time|date)|reading|read-?time|credit|tooltip/i;

/** Whether a block, or one of the few boxes around it, has a class or id that `words` match (the body's name the page). */
export function isNamed(el: Element, words: RegExp, levels: number): boolean {
  for (let e: Element | null = el, n = 0; e && n < levels && tagOf(e) !== 'BODY'; e = parentOf(e), n += 1)
    if (words.test(`${attributeOf(e, 'class') ?? ''} ${attributeOf(e, 'id') ?? ''}`)) return true;
  return false;
}

/** Whether a block, or one of the few boxes around it, is named as a byline, bio or meta line. */
export const isByline = (el: Element, levels = 4): boolean => isNamed(el, BYLINE, levels);

/**
 * A credit's label ("Foto:", "Bildquelle:", "Photo credit:", "Imagen:", "Źródło:", "Opracowanie:", "Supplied:", 「写真：」), as a pattern's source:
 * whole words, since a German explainer's items open the same way ("Bildung: …", "Photovoltaik: …"). 「写真：」
 * credits a name or an agency only when no sentence follows (a caption may open 「写真：満開の桜の下を歩く花見客＝１０日、…」).
 */
const CREDIT_LABEL =
  '(?:(?:fot(?:os?|ograf(?:ie|in)?|oğraf)?|photo(?:s|graph(?:s|y|er)?)?|bild(?:er|quelle|nachweis|rechte|ergalerie)?|quellen?(?:angaben?)?|sources?|imag(?:es?|en|enes)|cr[ée]dit(?:os?|s)?|fuentes?|źródło(?:\\s+informacji)?|opracowanie|supplied|(?:uutisen |jutun )?kuv(?:a|at))(?:\\s+credit)?\\s*:|(?:写真|画像)[:：](?![^、。＝]*[、。＝]))';
/** An agency's or stock library's name, as a pattern's source. */
const AGENCY_NAME =
  '(?:getty\\w*|afp|dpa|reuters|epa|imago|istock(?:\\.com)?|shutterstock|keystone|unsplash|ap|pap|ansa|efe|anp|belga|apa|kyodo|xinhua|kcna|yonhap)';

/** Whose text and whose pictures: "Tekst: Katarzyna Zielonka, fot. Marek Nowak / UM …", "Text: …, Fotos: …". */
const TEXT_AND_PHOTOS =
  '(?:tekst|text|texte|texto|testo)\\s*:[^:.]{3,60}[,;|/]\\s*(?:fot\\.\\s|(?:fot(?:os?|ografie)?|zdjęcia|photos?|bild(?:er)?)\\s*:)';
/** A German compound naming which picture, then the copyright sign: "Rubriklistenbild: © …", "Titelbild: © …" (a "Leitbild:" item has none). */
const NAMED_PICTURE_COPYRIGHT = '[a-zäöüß]{2,24}(?:bild|foto)\\s*:\\s*©';
/**
 * A credit line: "Foto: …", "Quelle: …", "(crédito: …)", "(© …)", 「（写真：…）」, also after a caption's stray full stop
 * (". Imagen: Télam"); or, in a caption, an agency's or stock library's name.
 */
const CREDIT_LINE = new RegExp(`^[\\s.,;:|–—-]*[(（]?(?:${CREDIT_LABEL}|fot\\.\\s|©|${TEXT_AND_PHOTOS}|${NAMED_PICTURE_COPYRIGHT})`, 'i');
/** In a caption, a line naming the photographer: "Photographs by Yelena Markova for The Ledger" (not "Photo by photo, …"). */
const PHOTOS_BY = /^(?:Photo(?:graph)?s?|Pictures?) (?:by|courtesy of) \p{Lu}/u;
/** A credit line of its own, wherever it stands: "Photo courtesy of Tamarack County Sheriff's Office". */
const COURTESY = /^(?:Photos?|Images?|Pictures?) courtesy of \p{Lu}[^.!?]*$/u;
/** An agency's name alone or as a credit ("EPA/Stringer", "AFP via Getty Images", "Kyodo News"), not a caption naming a title ("EPA Administrator …"). */
const AGENCY_LINE = new RegExp(`^${AGENCY_NAME}(?:$|\\s*[^\\s\\w]|\\s+(?:via|photo|images?|foto|pool|news)\\b)`, 'i');

/**
 * A photographer's name and the outlet's, as a caption's second line: "Álvaro Pinilla / El Heraldo del Henares", "Judy Eddy/WENN.com";
 * the outlet named so (a press word or a web address), not a place's two names ("Parc Bute / Bute Park").
 */
const NAME_SLASH_OUTLET =
  /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|de[l]?|la|of|the|der|di)){0,5}$/u;
/** Words naming an outlet, or a web address. */
const OUTLET =
  /\.(?:com|net|org|[a-z]{2})\b|\b(?:agency|agencia|agence|agentur|press[e]?|prensa|news|noticias|nachrichten|photos?|fotos?|images|bild|herald|heraldo|times|zeitung|diario|register|post|journal|gazette|gaceta|gazzetta|tribune|tribuna|courier|kurier|observer|mail|express|chronicle|crónica|correo|periódico|giornale|corriere|dagblad|avis|tidning|gazeta)\b/i;

/** A name alone (two to four capitalised words): in a caption, after the caption's sentence, its photographer ("Jordi Alemany Urkiza"). */
const NAME_ALONE = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}$/u;
/** Whether a line is the last of a caption's lines, a name alone after the caption's sentence in a line of its own (a `span`; not a quote card's speaker). */
const namesPhotographer = (el: Element, t: string) => {
  const before = property(el, 'previousElementSibling');
  return (
    NAME_ALONE.test(t) &&
    property(el, 'nextElementSibling') === null &&
    before !== null &&
    INLINE_TAG_SET.has(tagOf(before)) &&
    /[.!?]$/.test(textOf(before).trim()) &&
    !isNamed(el, /quote|zitat|testimonial|cite/i, 3) &&
    tagOf(parentOf(el) ?? el) === 'FIGCAPTION'
  );
};
/** Whether a short line of the article is a picture credit or a source line rather than the article's text. */
export function isCredit(s: Stats, el: Element): boolean {
  if (s.text === 0 || s.text > 80 || s.text !== s.inline || s.headings > 0) return false;
  const t = textOf(el).trim();
  const agency = AGENCY_LINE.test(t) && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 6; // "Keystone/EPA/Stringer", no sentence
  if (CREDIT_LINE.test(t) || COURTESY.test(t)) return true;
  // Or, in a caption, an agency's name, a photographer's line or a line named as the caption's source or author ("media__caption--source",
  // "image-copyright", "ArticleImage_author"); a figcaption named for its author ("caption--with-author") is the caption itself.
  const named = tagOf(el) === 'FIGCAPTION' ? /source|copyright/i : /source|copyright|author/i;
  // A name line after the caption's own text in its box (not the caption itself).
  const nameLine = NAME_SLASH_OUTLET.test(t) && OUTLET.test(t.slice(t.indexOf('/'))) && property(el, 'previousElementSibling') !== null;
  if (!agency && !nameLine && !PHOTOS_BY.test(t) && !isNamed(el, named, 1) && !namesPhotographer(el, t)) return false;
  return closestOf(el, 'figure, figcaption') !== null || isNamed(el, /caption/i, 3);
}

/** A box without links holding a line named as a caption, beside a picture: the caption's and its credit's box. */
export const isCaptionBox = (s: Stats, ld: number) =>
  s.images === 0 &&
  ld === 0 &&
  s.text < 400 &&
  query(s.el, '[itemprop="caption"], [class*="caption"]') !== null &&
  query(parentOf(s.el) ?? s.el, 'img') !== null;

/**
 * Leaves out the credit lines inside a part taken into the article after its furniture was judged (the lead picture,
 * a standfirst), and with `bylines` its short byline ("… Las Croabas. <span class="credit">By U.S. CUSTOMS …</span>").
 */
export function leaveOutCredits(part: Element, stats: Stats[], indexOf: Map<Element, number>, excluded: Set<Element>, bylines = false) {
  const at = indexOf.get(part)!;
  for (let j = at + 1, end = subtreeEnd(stats, at); j < end; j += 1) {
    const s = stats[j]!;
    // A caption is no byline, whatever its box is named ("figure__meta", Chorus's `span.e-image__meta` around it).
    const caption = tagOf(s.el) === 'FIGCAPTION' || query(s.el, 'figcaption') !== null;
    if (isCredit(s, s.el) || (bylines && s.text < 100 && isByline(s.el, 1) && !caption)) excluded.add(s.el);
  }
}

/** Where a credit may open: the text's start, or after a sentence's end or a separator. */
const OPENING = new RegExp(`(?:^|[.!?…)"”»]\\s+|\\s[|–—]\\s+)(\\(?\\s*(?:${CREDIT_LABEL}|©))`, 'giu');
/**
 * In brackets, an agency's or library's name after a photographer's: "(mlharing / iStock.com)", "(Foto: X/dpa)"; in square
 * brackets, anywhere in them: "[File: Mohsen Karimi/AFP]", "[Reuters]".
 */
const BRACKETED_AGENCY = new RegExp(
  `(?:\\([^()]*[/|]\\s*${AGENCY_NAME}\\b[^()]*\\)|\\[[^[\\]]*\\b${AGENCY_NAME}\\b[^[\\]]*\\])\\s*$`,
  'iu',
);
/**
 * In brackets, a Japanese photographer's or provider's credit closing a caption: 「（根室支局 山内祐介撮影）」, 「（同社提供）」;
 * not when or where it was taken, which is the caption's own (「（12月4日撮影）」, 「（7日午前撮影）」, 「（4日、根室市で撮影）」), whoever took it then
 * (「（2026年10月、筆者撮影）」).
 */
const BRACKETED_JA_CREDIT =
  /[（(](?![写画][真像][:：])(?![^（）()。]{0,30}(?:(?:[\d０-９][年月日時分]代?(?:午前|午後|朝|昼|夕方?|夜|未明)?|[昨今先本][年月日]|当時|以前|頃|ごろ)(?:[、，,]\s*[^（）()。、，,]{1,16})?|で)撮影[）)])[^（）()。]{1,30}(?:撮影|提供)[）)]\s*$/u;
/** A credit is a line's end: at most this long (white space collapsed, as a reader sees it), and no second sentence in it. */
const MAX_CREDIT = 80;
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where a caption's text starts its closing credit, or undefined when it ends in none. */
export function creditStart(text: string): number | undefined {
  const bracketed = BRACKETED_AGENCY.exec(text);
  if (bracketed && shown(bracketed[0]).length <= MAX_CREDIT) return bracketed.index;
  const japanese = BRACKETED_JA_CREDIT.exec(text);
  if (japanese) return japanese.index;
  // A wire's link to license the picture, the caption's last words ("Purchase Licensing Rights, opens new tab").
  if (/^\s*purchase licensing rights\b/i.test(text)) return 0;
  for (const m of text.matchAll(OPENING)) {
    const start = m.index + m[0].length - m[1]!.length;
    const rest = shown(text.slice(start));
    if (rest.length <= MAX_CREDIT && !/[.!?]\s+\p{Lu}/u.test(rest) && (!rest.startsWith('(') || /\)$/.test(rest))) return start;
  }
  return undefined;
}

/** Elements named as a caption ("caption", "image-description", "bildunterschrift", "cutline", "imgtxt"). */
export const NAMED_CAPTIONS =
  '[class*="caption" i], [class*="imagedescription" i], [class*="image-description" i], [class*="bildunterschrift" i], [class*="cutline" i], [class~="imgtxt" i]';
/** Captions: a figure's, or an element named as one. */
const CAPTIONS = `figcaption, ${NAMED_CAPTIONS}`;

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
  for (const root of region.roots) {
    const named = new Set(queryAll(root, CAPTIONS));
    for (const caption of [...named, ...linesUnderPictures(root)]) {
      // A caption is short; a box merely named so (a gallery's "captions" wrapper) is not one.
      if (textOf(caption).length > 600 || attributeOf(caption, 'hidden') !== null || !inArticle(region, caption)) continue;
      const node = lastTextOf(caption);
      const start = node && creditStart(textOf(node));
      // A line under a picture, not named a caption, ends in a credit only behind its label ("… 2026. Foto: …"), not in any brackets.
      const labelled = named.has(caption) || (start !== undefined && !!node && CREDIT_LINE.test(textOf(node).slice(start)));
      if (node && start !== undefined && labelled) (tails ??= new Map()).set(node, start);
    }
  }
  return tails;
}

/** Paragraphs right under a paragraph that holds a picture alone: an editor's caption, set without markup. */
function linesUnderPictures(root: Element): Element[] {
  const lines: Element[] = [];
  for (const img of queryAll(root, 'p > img, p > a > img')) {
    const picture = closestOf(img, 'p')!;
    const next = property(picture, 'nextElementSibling');
    if (!textOf(picture).trim() && next && tagOf(next) === 'P' && textOf(next).length < 300) lines.push(next);
  }
  return lines;
}

/** Whether a line is a picture's caption or in its figure (an embed's figure, with no picture or caption, holds its consent notice). */
export function inCaption(el: Element): boolean {
  const figure = closestOf(el, 'figure, figcaption');
  return figure !== null && (tagOf(figure) === 'FIGCAPTION' || query(figure, 'img, picture, figcaption') !== null);
}

/**
 * Whether an element sits in a picture's figure beside its `figcaption`, not in it (a press portal's download button and reuse
 * note under the caption), nor in a quotation the figure holds.
 */
export function besideCaption(el: Element): boolean {
  const figure = closestOf(el, 'figure, figcaption');
  return (
    figure !== null &&
    tagOf(figure) === 'FIGURE' &&
    query(figure, ':scope > figcaption') !== null &&
    query(figure, 'img, picture') !== null &&
    closestOf(el, 'blockquote') === null
  );
}

/** Whether a box holds the story's one captioned picture, unlinked (TYPO3's "textpic-gallery"; a lightbox's gallery is not so). */
export const isLonePicture = (el: Element) =>
  queryAll(el, 'figure').length === 1 && query(el, 'figure > figcaption') !== null && query(el, 'a') === null;
