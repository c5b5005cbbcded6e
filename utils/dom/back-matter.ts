/**
 * What a page sets under a piece, as boxes rather than lines: a scholarly page's back matter (references, acknowledgements),
 * a press release's contact box, and the funders' logos a funded project's page must show.
 * `article-furniture` leaves such a box out; `article` does not join it to the story.
 */
import { attributeOf, childrenOf, property, query, queryAll, tagOf, textOf } from './native';

/**
 * A scholarly page's back matter, by a heading a story's subhead does not take: references, acknowledgements, a data
 * availability statement, a press release's notes to editors. Not "Notes" or "Sources", which a report or a fact check keeps as its text, nor "Funding",
 * "Keywords" or "Conflicts of interest", which a news story's subheads may be; nor a press release's company profile
 * (会社概要), which the fixture sets' readers judged both ways (mix14, mix87).
 */
const BACK_MATTER =
  /^(?:about the authors?|kontakt für rückfragen|pressekontakt|hinweis(?:e)? an die redaktion(?:en)?|notes? (?:to|for) editors|media contacts?|zum autor|zur autorin|über (?:den autor|die autorin)|à propos de l['’]auteur|sobre (?:el autor|la autora)|references|bibliography|works cited|acknowledge?ments?|data availability(?: statement)?|author contributions|ethics declarations|einzelnachweise|literaturverzeichnis|参考文献|謝辞|(?:執筆者|著者|筆者)(?:プロフィール|紹介)?|この記事を書いた(?:人|記者)|この記事の(?:執筆者|著者|筆者|ライター)(?:について|情報)?)\s*[:：]?$/i;

/**
 * A press release's contact label ("Für Rückfragen:", a Swiss office's "Adresse für Rückfragen", 「この記事に関するお問い合わせ先」), and the address or number its box
 * gives (or a Japanese one's contact form). A bare 「お問い合わせ先」 only over the office's own extension (内線), or over a short box of a number and an e-mail
 * address (an office's, measured as a reader sees it, without the markup's indentation): a story's table of hotlines is so headed too.
 */
const CONTACT_LABEL =
  /^(?:(?:kontakt |adresse )?für rückfragen|rückfragehinweis|pressekontakt|ansprechpartner(?:in)?|media contacts?|(?:media|press) enquiries|presseanfragen|contacto de prensa|contatti stampa|[■【]?(?:(?:この(?:記事|ページ|リリース)|本(?:件|リリース|ニュースリリース|発表)|報道(?:機関)?)に(?:関する|ついての)|報道関係者(?:様|の方)?からの)お?問い?合わ?せ先?】?)\s*[:：]?$/i;
const BARE_JAPANESE_LABEL = /^[■【]?お?問い?合わ?せ先?】?\s*[:：]?$/;
const CONTACT =
  /@|＠|\b(?:tel(?:efon)?|phone|fon)\b|電話|内線|ＴＥＬ|問い?合わ?せフォーム|(?<![\d-])(?:\+\d{1,3}[ -]?|\(?0)\d{1,4}\)?[ -]?\d{2,4}[ -]?\d{2,4}(?![\d-])/i;
/** Whether a box that `label` opens (its bold first line) is a press release's contact box: the label and an address or number. */
export const opensContactBox = (label: string, box: string) =>
  (CONTACT_LABEL.test(label) && CONTACT.test(box)) ||
  (BARE_JAPANESE_LABEL.test(label) &&
    (box.includes('内線') || (box.includes('@') && /TEL|電話/i.test(box) && box.replace(/\s+/g, ' ').trim().length < 300)));

/**
 * A contact box's own heading ("Contact", "Kontakt"), over a box of short lines with a number or an address to write to;
 * not a story's section so headed, told in sentences, nor a service article's list after it (an address's lines may
 * stand in one paragraph, broken by `<br>`).
 */
const CONTACT_HEADING =
  /^(?:contacts?|contact (?:us|the (?:clerk|office|council|team|editors?|newsroom|press office|media team))|kontakt|contacto|contatti)\s*:?$/i;
const isContactBox = (el: Element) =>
  query(el, 'a[href^="tel:" i], a[href^="mailto:" i]') !== null &&
  [...queryAll(el, 'p, li')].every((line) => textOf(line).trim().length < 120 * (1 + queryAll(line, 'br').length));

/**
 * A line naming the European fund that co-financed the work ("Programa cofinanciado por la Unión Europea …", "Dit project is
 * mede gefinancierd door … het Europees Sociaal Fonds+."). Case-sensitive: "EU", not the French "eu".
 */
const EU_FUNDED =
  /(?:[Cc]o-?financ|[Cc]ofinanc|[Cc]o-?funded|gefinancierd|[Kk]ofinanziert|gefördert|[Ff]unded|[Ff]inanc(?:é|ed|iad)|finanziert|[Dd]ofinansow|[Ww]spółfinansow)[^.]{0,120}(?:[Ee]urop|\bEU\b|\bUE\b|\bESF\b|\bEFRE\b|\bFEDER\b|\bERDF\b|\bEFRO\b|\bFSE\b|\bEOG\b|\bEEA\b|Interreg)/;
/** A funder's logo, by its file's name or its text ("logo-esf-plus.png", alt "Cofinanciado por la Unión Europea"). */
const LOGO =
  /logo|\b(?:co-?funded|funded by|co-?financed|cofinanciado|cofinanziato|cofinancé|(?:mede)?gefinancierd|kofinanziert|gefördert)\b/i;
/** Whether a box is a funding note: a short line naming a European fund, beside the funders' logos; not a picture's caption. */
function isFundingNote(el: Element): boolean {
  const raw = textOf(el);
  // Measured without the markup's indentation, which can be most of a small box's text.
  const text = raw.length < 3000 ? raw.replace(/\s+/g, ' ') : raw;
  return (
    text.length < 300 &&
    EU_FUNDED.test(text) &&
    tagOf(el) !== 'FIGURE' &&
    !query(el, 'figcaption, [class*="caption"]') &&
    [...queryAll(el, 'img')].some((img) => LOGO.test(`${attributeOf(img, 'src') ?? ''} ${attributeOf(img, 'alt') ?? ''}`))
  );
}

/**
 * A table's label: its first row, when that row is a single cell of a line (`<tr><td><b>お問い合わせ先</b></td></tr>`) or
 * opens with bold words, not a layout table's cell holding the page.
 */
function tableLabel(table: Element): string {
  const row = query(table, 'tr');
  const cell = row && property(row, 'childElementCount') === 1 ? property(row, 'firstElementChild') : null;
  if (!cell || query(cell, 'table, p, div')) return '';
  // Or the bold words opening a cell that holds the whole box (`<td><font><b>【お問い合わせ先】</b><br>…`).
  const bold = query(cell, 'b, strong');
  const label = bold ? textOf(bold).trim() : '';
  if (label && textOf(cell).trim().startsWith(label)) return label;
  return property(cell, 'childElementCount') <= 2 ? textOf(cell).trim() : '';
}

/** The bold words a box opens with, after an icon: its first element, or that element's first child (`<font><b>執筆者紹介</b><br>…`). */
export function boldLead(el: Element): Element | null {
  let first = property(el, 'firstElementChild');
  while (first && /^(?:svg|img|i)$/i.test(tagOf(first)) && !textOf(first).trim()) first = property(first, 'nextElementSibling');
  return first && (/^(?:B|STRONG)$/.test(tagOf(first)) ? first : query(first, ':scope > b:first-child, :scope > strong:first-child'));
}

/** Whether a bold label of back matter opens a box (an old layout's author cell: 「<font><b>執筆者紹介</b><br><b>井坂 康介</b>…」). */
function opensWithBackMatterLabel(el: Element): boolean {
  const bold = boldLead(el);
  // On a line of its own, not an interview's speaker label (「<b>筆者</b>：…」).
  const after = bold && property(bold, 'nextElementSibling');
  const ownLine = !!after && tagOf(after) === 'BR' && !textOf(property(bold, 'nextSibling') ?? after).trim();
  return ownLine && textOf(el).trim().startsWith(textOf(bold).trim()) && BACK_MATTER.test(textOf(bold).trim());
}

/** Whether a bold contact label opens a box or paragraph of addresses (`<span><b>Für Rückfragen:</b><br>… Telefon …`). */
export function opensWithContactLabel(el: Element): boolean {
  const label = boldLead(el);
  // A label, its colon or a line break after it: not a sentence's bold subject ("<b>Ansprechpartnerin</b> für … ist …").
  const after = label && property(label, 'nextSibling');
  const ends = !!label && (/[:：]$/.test(textOf(label).trim()) || (after !== null && tagOf(after as Element) === 'BR'));
  return ends && textOf(el).trim().startsWith(textOf(label).trim()) && opensContactBox(textOf(label).trim(), textOf(el));
}

/** Headings that may label back matter: a government page sets its contact label as an h5 ("Adresse für Rückfragen"). */
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** Whether one of a box's first two children is, or opens with, a heading 「記者プロフィール」 (beside the reporter's picture). */
const opensWithReporterHeading = (el: Element) => {
  const first = property(el, 'firstElementChild');
  return [first, first && property(first, 'nextElementSibling')].some((child) => {
    const h = child && (HEADING_TAGS.has(tagOf(child)) ? child : property(child, 'firstElementChild'));
    return !!h && HEADING_TAGS.has(tagOf(h)) && /^記者(?:プロフィール|紹介)$/.test(textOf(h).trim());
  });
};
/**
 * Whether a part is back matter: headed as such (its first element is or opens with such a heading, or such a heading stands
 * just before it), a contact box or a funding note.
 */
export function isBackMatter(el: Element): boolean {
  if (isFundingNote(el)) return true;
  if (tagOf(el) === 'TABLE') {
    const label = tableLabel(el);
    if (label && (BACK_MATTER.test(label) || opensContactBox(label, textOf(el)))) return true;
    // A row of a portrait's cell and a cell that such a label opens.
    if (queryAll(el, 'tr').length === 1 && [...queryAll(el, 'td')].some(opensWithBackMatterLabel)) return true;
  }
  const first = property(el, 'firstElementChild');
  // A box's label set as a line of its own (`<p class="profileTitle">筆者プロフィール</p>`) heads it too.
  // Or a `div` of words alone (`<div class="profile-card-title">この記事を書いた人</div>`).
  // Or a title box around one such line (`<div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div>`).
  const only = first && property(first, 'childElementCount');
  const leaf =
    first &&
    (tagOf(first) === 'P' ||
      (tagOf(first) === 'DIV' && (only === 0 || (only === 1 && tagOf(property(first, 'firstElementChild')!) === 'P'))));
  if (leaf && (BACK_MATTER.test(textOf(first).trim()) || opensContactBox(textOf(first).trim(), textOf(el)))) return true;
  // El País's author box, "Sobre la firma" over a link to the author's page (the words alone head a story's part on a signing).
  if (leaf && /^sobre la firma$/i.test(textOf(first).trim()) && query(el, 'a[href*="/autor/"], a[href*="/author/"]') !== null) return true;
  // A reporter's box under 「記者プロフィール」 that links to the reporter's page (a story's section introducing its reporters links none).
  if (opensWithReporterHeading(el) && query(el, 'a[href*="/author"], a[href*="/reporter"], a[href*="/writer"]') !== null) return true;
  if (opensWithContactLabel(el)) return true;
  if (opensWithBackMatterLabel(el)) return true;
  const heading = first && (HEADING_TAGS.has(tagOf(first)) ? first : property(first, 'firstElementChild'));
  const before = property(el, 'previousElementSibling');
  const text = (h: Element | null) => (h && HEADING_TAGS.has(tagOf(h)) ? textOf(h).trim() : '');
  if (heading === first && CONTACT_HEADING.test(text(heading)) && isContactBox(el)) return true;
  // A researcher's profile under 「研究者紹介」 as the box's own first heading (a release may head its own section on the team so).
  if (heading === first && /^研究者(?:プロフィール|紹介)$/.test(text(heading))) return true;
  // A box of contact tables under contact labels only, one opening it (「お問い合わせ先」, 「報道に関するお問い合わせ先」).
  const headings = [...childrenOf(el)].filter((c) => HEADING_TAGS.has(tagOf(c))).map((h) => textOf(h).trim());
  if (
    headings.length >= 2 &&
    first !== null &&
    HEADING_TAGS.has(tagOf(first)) &&
    headings.some((h) => CONTACT_LABEL.test(h)) &&
    headings.every((h) => CONTACT_LABEL.test(h) || BARE_JAPANESE_LABEL.test(h)) &&
    CONTACT.test(textOf(el))
  )
    return true;
  return [heading, before].some((h) => BACK_MATTER.test(text(h)) || (text(h) !== '' && opensContactBox(text(h), textOf(el))));
}
