/**
 * Where a publisher speaks of what it prints: a press release's notes to editors, and the disclaimers
 * a blog or a magazine sets under a piece (the views are the author's, it is no legal advice).
 * `article-notices` counts the lines as stock lines (judged only as a short line standing alone); a contact box is `back-matter`'s.
 */
/**
 * A press release's note to editors, as a labelled line: its pictures free to use ("Pressefotos: © … – Abdruck honorarfrei …"), its
 * files to download, the broadcast it aired in; that a backgrounder follows; a police release's closing line that the accused are
 * presumed innocent.
 */
const PRESS_NOTE =
  /^(?:(?:hinweis (?:für|an) (?:die )?redaktion(?:en)?|notes? (?:to|for) editors|nota (?:per le|alle) redazioni|noot (?:voor|aan) de redactie)(?:\s*\((?:niet voor publicatie|not for publication|nicht zur veröffentlichung)\))?\s*(?::|$)|(?:ufficio stampa\s*[–—:-]\s*)?le (?:immagini|foto(?:grafie)?) (?:allegate|della conferenza stampa)\b[^.!?]{0,40}\bsono (?:liberamente utilizzabili|scaricabili)\b|(?:hinweis:\s*)?(?:die|den|das)\b[^.!?]{0,60}\bfinden sie (?:unten |hier )?im download-?bereich\s*\.|materiał (?:wyemitowano|został wyemitowany) w [^.]{0,80}\.\s*posłuchaj\b|diese (?:presseaussendung|pressemitteilung|presseinformation) (?:darf|kann)\b(?![^.]*\b(?:nicht|kein\w*)\b)[^.]{0,60}\b(?:honorarfrei|kostenfrei|frei)\b[^.]{0,30}\bverwendet werden|(?:an? |two |three )?backgrounders? (?:follows?|is attached|are attached)\.?$|(?:an? (?:criminal )?(?:complaint|indictment|charge|arrest) is (?:merely|only) an? (?:accusation|allegation)\.\s+)?(?:all )?(?:defendants|suspects|persons charged) are presumed innocent (?:unless and until|until) proven guilty(?: in a court of law| beyond a reasonable doubt)?\.?$|(?:presse)?fotos?\s*:?\s*©[^.]{0,80}\babdruck (?:honorarfrei|kostenfrei|frei)\b)/i;
/**
 * A disclaimer under a piece: the views are its author's, not the publisher's ("This post reflects the views of the author
 * and not necessarily those of …", "no refleja necesariamente la opinión de …"), or it is no professional advice
 * ("ersetzt keine Rechtsberatung", "does not constitute legal advice").
 */
const DISCLAIMER =
  /\b(?:(?:reflects?|represents?|are|is) (?:solely |only )?(?:the )?(?:personal )?(?:views?|opinions?) of (?:the|its|their) authors?\b[^.!?]{0,30}\bnot necessarily\b|no refleja(?:n)? necesariamente (?:la|las|el|los) (?:opini[oó]n|opiniones|posici[oó]n|punto de vista)|(?:dient|dienen) (?:lediglich |nur |ausschließlich )?der allgemeinen information und ersetz\w* keine (?:rechts|steuer|anlage|medizinische |ärztliche )?beratung|^(?:hinweis(?: der redaktion)?:\s*)?dieser (?:beitrag|artikel|text)\b[^.!?,]{0,80}\bersetzt keine (?:individuelle |persönliche )?(?:rechts|steuer|anlage)?beratung|^(?:this|the information (?:in|on) this|nothing (?:in|on) this) (?:article|post|blog post|page|site|content|information)\b[^.!?]{0,60}\b(?:does|do|shall) not constitute (?:legal|financial|investment|tax|medical) advice)/i;

/** A press office's leave to reprint, opening the line or after the office's name: "… Se autoriza la reproducción de esta nota …". */
const REPRINT =
  /^(?:[^.«»"“”„]{0,80}\.\s+)?se autoriza la reproducción (?:total o parcial )?de (?:esta|la presente|este|el presente) (?:nota|información|material|contenido|boletín|texto)\b/i;
/**
 * That the site's PDF files need Adobe's reader, in the words such a note opens with: a purpose clause on opening or viewing
 * the PDF files, then the reader needed ("To view PDF files you need Adobe Reader", "Zum Öffnen der PDF-Dateien benötigen
 * Sie …", 「PDF形式のファイルを開くには、Adobe Acrobat Reader DCが必要です」); not a story's sentence on the program.
 */
const PDF_READER = new RegExp(
  [
    '^(?:[※＊*・]\\s*)?(?:PDF|ＰＤＦ)[^。]{0,30}(?:開く|閲覧する|閲覧|ご覧(?:いただく|になる)|見る|表示する)(?:ため)?(?:には|場合(?:は|には))、?[^。]{0,40}(?:Adobe|アドビ)[^。]{0,60}(?:Reader|リーダー)[^。]{0,30}が必要(?:です|となります|になります)',
    '^(?:to (?:view|open|read)[^.]{0,40}\\bPDF\\b[^.]{0,40}\\byou (?:will )?need|you (?:will )?need [^.]{0,40}to (?:view|open|read)[^.]{0,30}\\bPDF\\b)[^.]{0,40}\\b(?:Adobe|Acrobat)\\b[^.]{0,20}\\bReader\\b',
    '^(?:the )?PDF (?:files|documents)(?: on this (?:page|site|website))?[^.]{0,20}\\b(?:require|need)s? (?:the (?:free )?)?(?:Adobe|Acrobat)\\b[^.]{0,20}\\bReader\\b',
    '^(?:zum (?:öffnen|lesen|anzeigen|ansehen)|um)\\b[^.]{0,40}PDF[^.]{0,40}\\bbenötigen Sie\\b[^.]{0,40}\\b(?:Adobe|Acrobat)\\b[^.]{0,20}\\bReader\\b',
  ].join('|'),
  'i',
);

/** Whether a line is a publisher's note on what it prints (see PRESS_NOTE, DISCLAIMER, REPRINT and PDF_READER). */
export const isPublisherNote = (text: string) =>
  PRESS_NOTE.test(text) || DISCLAIMER.test(text) || REPRINT.test(text) || PDF_READER.test(text);
