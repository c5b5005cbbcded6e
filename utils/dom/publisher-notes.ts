/**
 * Where a publisher speaks of what it prints: a press release's notes to editors, and the disclaimers
 * a blog or a magazine sets under a piece (the views are the author's, it is no legal advice).
 * `article-notices` counts the lines as stock lines (judged only as a short line standing alone); a contact box is `back-matter`'s.
 */
/** A press release's note to editors, as a labelled line: its pictures free to use, its files to download, the broadcast it aired in. */
const PRESS_NOTE =
  /^(?:(?:hinweis für (?:die )?redaktion(?:en)?|notes? (?:to|for) editors|nota (?:per le|alle) redazioni)\s*(?::|$)|(?:ufficio stampa\s*[–—:-]\s*)?le (?:immagini|foto(?:grafie)?) (?:allegate|della conferenza stampa)\b[^.!?]{0,40}\bsono (?:liberamente utilizzabili|scaricabili)\b|(?:hinweis:\s*)?(?:die|den|das)\b[^.!?]{0,60}\bfinden sie (?:unten |hier )?im download-?bereich\s*\.|materiał (?:wyemitowano|został wyemitowany) w [^.]{0,80}\.\s*posłuchaj\b)/i;
/**
 * A disclaimer under a piece: the views are its author's, not the publisher's ("This post reflects the views of the author
 * and not necessarily those of …", "no refleja necesariamente la opinión de …"), or it is no professional advice
 * ("ersetzt keine Rechtsberatung", "does not constitute legal advice").
 */
const DISCLAIMER =
  /\b(?:(?:reflects?|represents?|are|is) (?:solely |only )?(?:the )?(?:personal )?(?:views?|opinions?) of (?:the|its|their) authors?\b[^.!?]{0,30}\bnot necessarily\b|no refleja(?:n)? necesariamente (?:la|las|el|los) (?:opini[oó]n|opiniones|posici[oó]n|punto de vista)|(?:dient|dienen) (?:lediglich |nur |ausschließlich )?der allgemeinen information und ersetz\w* keine (?:rechts|steuer|anlage|medizinische |ärztliche )?beratung|^(?:this|the information (?:in|on) this|nothing (?:in|on) this) (?:article|post|blog post|page|site|content|information)\b[^.!?]{0,60}\b(?:does|do|shall) not constitute (?:legal|financial|investment|tax|medical) advice)/i;

/** A press office's leave to reprint, opening the line or after the office's name: "… Se autoriza la reproducción de esta nota …". */
const REPRINT =
  /^(?:[^.«»"“”„]{0,80}\.\s+)?se autoriza la reproducción (?:total o parcial )?de (?:esta|la presente) (?:nota|información)\b/i;
/**
 * That the site's PDF files need Adobe's reader, told to the reader ("To view PDF files you need Adobe Reader",
 * 「PDF形式のファイルを開くには、Adobe Acrobat Reader DCが必要です」), not a story's sentence about the program.
 */
const PDF_READER_JA =
  /(?:PDF|ＰＤＦ)[^。]{0,60}(?:には|ためには|場合[はに])[^。]{0,60}(?:Adobe|アドビ)[^。]{0,60}(?:Reader|リーダー)[^。]{0,30}必要/;
const ADOBE_READER = /\b(?:Adobe|Acrobat)\b[^.!?]{0,30}\bReader\b/;
const TO_THE_READER =
  /\b(?:you|your|sie|vous|usted|u|je)\b|^(?:to (?:view|open|read)|zum (?:öffnen|lesen|anzeigen|ansehen)|um |pour |para |om )/i;
const isPdfReaderNote = (text: string) =>
  PDF_READER_JA.test(text) ||
  (/\bPDF/.test(text) &&
    ADOBE_READER.test(text) &&
    /\b(?:need|requir|benötig|erforderlich|nécessaire|necesit|nodig)/i.test(text) &&
    TO_THE_READER.test(text));

/** Whether a line is a publisher's note on what it prints (see PRESS_NOTE, DISCLAIMER, REPRINT and PDF_READER_JA). */
export const isPublisherNote = (text: string) =>
  PRESS_NOTE.test(text) || DISCLAIMER.test(text) || REPRINT.test(text) || isPdfReaderNote(text);
