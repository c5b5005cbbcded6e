/**
 * Lines in which a publisher qualifies what it prints: a press release's notes to editors, and the disclaimers a blog or
 * a magazine sets under a piece (the views are the author's, it is no legal advice). `article-notices` counts them as
 * stock lines; like those, they are judged only as a short line standing alone.
 */
/** A press release's note to editors: its pictures free to use, its files to download, the broadcast it aired in. */
const PRESS_NOTE =
  /^(?:hinweis für (?:die )?redaktion(?:en)?\b|notes? (?:to|for) editors\b|nota (?:per le|alle) redazioni\b|(?:ufficio stampa\s*[–—:-]\s*)?le (?:immagini|foto(?:grafie)?)\b[^.!?]{0,60}\bsono (?:liberamente utilizzabili|scaricabili)\b|(?:hinweis:\s*)?(?:die|den|das)\b[^.!?]{0,60}\bfinden sie (?:unten |hier )?im download-?bereich\b|materiał (?:wyemitowano|został wyemitowany) w\b)/i;
/**
 * A disclaimer under a piece: the views are its author's, not the publisher's ("This post reflects the views of the author
 * and not necessarily those of …", "no refleja necesariamente la opinión de …"), or it is no professional advice
 * ("ersetzt keine Rechtsberatung", "does not constitute legal advice").
 */
const DISCLAIMER =
  /\b(?:(?:reflects?|represents?|are|is) (?:solely |only )?(?:the )?(?:personal )?(?:views?|opinions?) of (?:the|its|their) authors?\b[^.!?]{0,30}\bnot necessarily\b|no refleja(?:n)? necesariamente (?:la|las|el|los) (?:opini[oó]n|opiniones|posici[oó]n|punto de vista)|(?:dient|dienen) (?:lediglich |nur |ausschließlich )?der allgemeinen information und ersetz\w* keine (?:rechts|steuer|anlage|medizinische |ärztliche )?beratung|(?:does|do) not constitute (?:legal|financial|investment|tax|medical) advice)/i;

/** Whether a line is a publisher's note on what it prints (see PRESS_NOTE and DISCLAIMER). */
export const isPublisherNote = (text: string) => PRESS_NOTE.test(text) || DISCLAIMER.test(text);
