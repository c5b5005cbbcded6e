/**
 * What follows a story's last paragraph: lines of links that lead elsewhere, and closing notes in
 * which the site speaks, set apart in italics or bold and pointing elsewhere (a reprint note with
 * its link, "Sign up here", "Contact us at …@…", "More at www.…"), an editor's line, what follows a release's end
 * mark. Judged on the article's blocks in reading order (`furnitureIn`).
 */
import { HEADINGS, type Stats } from './article-scores';
import { closestOf, containsOf, parentOf, queryAll, textOf } from './native';

const EMPHASIS = 'em,strong,i,b';
/** A paragraph's worth of text: the story's last paragraph has at least this much. */
const PARAGRAPH = 100;
/** At most this many closing notes, holding at most this share of the article's text: more is the story's own. */
const MAX_NOTES = 4;
const MAX_NOTES_SHARE = 0.2;
/** A closing note is a line or two; a longer block is the story's (a footnote on its method, a notice it quotes). */
const MAX_NOTE_TEXT = 400;

const isLinks = (s: Stats) => s.inlineLink >= s.inline;
/** Text after a line's link or address that ends it: punctuation, a closing bracket or an arrow. */
const LINE_END = /^[\s.!?:;,)\]»”"'→>-]*$/u;
/**
 * Whether a line ends by pointing the reader on: a link or a web or e-mail address as its last
 * words ("… Sign up <a>here</a>", "More at www.…", "Write to us at …@….")). A story's line with a
 * link in its sentence ("the spokesman <a>wrote on X</a> that …") goes on after it.
 */
function pointsOnward(el: Element): boolean {
  const text = textOf(el).trim();
  const links = queryAll(el, 'a[href]');
  const last = links[links.length - 1];
  if (last) {
    const after = text.slice(text.lastIndexOf(textOf(last).trim()) + textOf(last).trim().length);
    if (LINE_END.test(after)) return true;
  }
  const address = /(?:https?:\/\/|\bwww\.|\S+@[\w-]+\.)\S*$/u.exec(text.replace(/[\s.!?:;,)\]»”"'→>-]+$/u, ''));
  return address !== null;
}
const visibleLength = (el: Element) => textOf(el).replace(/\s+/g, '').length;

/** The share of a block's text set in emphasis (`em`, `strong`, `i`, `b`), outermost emphasis counted once. */
function emphasisShare(el: Element): number {
  const total = visibleLength(el);
  if (!total) return 0;
  let inside = 0;
  for (const e of queryAll(el, EMPHASIS)) {
    const parent = parentOf(e);
    const outer = parent && closestOf(parent, EMPHASIS);
    if (!outer || !containsOf(el, outer)) inside += visibleLength(e);
  }
  return inside / total;
}

/** Where the story's last paragraph is among `blocks` (-1 when none): running text that is not only links, and passes `also`. */
function lastParagraph(blocks: readonly Stats[], also: (s: Stats) => boolean = () => true): number {
  let last = blocks.length - 1;
  while (
    last >= 0 &&
    (HEADINGS.has(blocks[last]!.tag) || isLinks(blocks[last]!) || blocks[last]!.inline < PARAGRAPH || !also(blocks[last]!))
  )
    last -= 1;
  return last;
}

/** A label line ("Mehr Themen:", "Read more:"): a few words that end in a colon, no link. */
const isLabel = (s: Stats) => s.inline <= 25 && !s.inlineLink && /[:：]$/.test(textOf(s.el).trim());

/**
 * After the story's last paragraph, lines that are only links lead elsewhere (further stories,
 * "More on this"), and so does a heading or label line ("More topics:") that introduces nothing
 * else. A heading followed by text of its own is the story's (a short closing section), and so is
 * anything before that paragraph.
 */
function trailingLinks(blocks: readonly Stats[], excluded: Set<Element>): void {
  const last = lastParagraph(blocks);
  if (last < 0) return;
  // From the end back: whether the blocks up to the next heading (or the end) are all links.
  let onlyLinks = true;
  for (let i = blocks.length - 1; i > last; i -= 1) {
    const s = blocks[i]!;
    if (HEADINGS.has(s.tag) || isLabel(s)) {
      if (onlyLinks) excluded.add(s.el);
      onlyLinks = true;
    } else if (isLinks(s)) excluded.add(s.el);
    else onlyLinks = false;
  }
}

/**
 * After the story's last paragraph in plain text, a few short lines set wholly in italics or bold
 * that point elsewhere (a link, a web or e-mail address) are the site's closing notes. Story text
 * set in emphasis points nowhere: a bold kicker, an interview's last question, an update, a
 * caption, a verse.
 */
function closingNotes(blocks: readonly Stats[], excluded: Set<Element>): void {
  const shares = new Map<Stats, number>();
  const emphasis = (s: Stats) => shares.get(s) ?? shares.set(s, emphasisShare(s.el)).get(s)!;
  const last = lastParagraph(blocks, (s) => emphasis(s) < 0.5);
  if (last < 0) return;
  const notes = blocks
    .slice(last + 1)
    .filter((s) => !HEADINGS.has(s.tag) && !isLinks(s) && s.inline < MAX_NOTE_TEXT && emphasis(s) >= 0.9 && pointsOnward(s.el));
  const total = blocks.reduce((n, s) => n + s.inline, 0);
  if (notes.length <= MAX_NOTES && notes.reduce((n, s) => n + s.inline, 0) <= total * MAX_NOTES_SHARE)
    for (const s of notes) excluded.add(s.el);
}

/** Who edited the story, in a line of its own: "Edited by Bryan Betts", "Editing by Jane Doe and Tom Lee". */
const EDITED_BY = /^(?:[Ee]dited|[Ee]diting|[Cc]opy[- ]?edited) by:?\s+\p{Lu}[\p{L}.'’-]*(?:,?\s(?:and\s)?\p{Lu}[\p{L}.'’-]*){0,5}\.?$/u;

/** A credit of the work a review is about: its director, writer, cast, translator, publisher or rating. */
const WORK_CREDIT = /^(?:directed|written|produced|translated|illustrated|narrated|published) by\b|^(?:starring|rated|running time)\b/i;

/** After the story's last paragraph, its editor's line (a book list's "Edited by …" lines head its entries, before their text). */
function editorsLine(blocks: readonly Stats[], excluded: Set<Element>): void {
  // The last in plain text: a note in italics may follow the editor's line (a correction).
  const last = lastParagraph(blocks, (s) => emphasisShare(s.el) < 0.5);
  if (last < 0) return;
  const after = blocks.slice(last + 1);
  // Not one of a film's or book's credits after a review ("Directed by …", "Written by …", "Edited by …").
  if (after.some((s) => WORK_CREDIT.test(textOf(s.el).trim()))) return;
  for (const s of after) if (!HEADINGS.has(s.tag) && s.inline < 120 && EDITED_BY.test(textOf(s.el).trim())) excluded.add(s.el);
}

/** A line that opens a sender's or site's portrait: "About the Global Midwives Fund", "Über das Portal …", "À propos d'Amnesty"; its name. */
const ABOUT =
  /^(?:about|über|[àa] propos|acerca|sobre)\s+(?:(?:d[eu]|des)\s+|d['’])?(?:(?:the|die|der|das|den|l[ae]|les|el|los|las)\s+|l['’])?(\S[^.?!]*)$/i;
/** At most this share of the article's text follows such a line: more is the story's own closing section. */
const MAX_ABOUT_SHARE = 0.35;

/**
 * A press release's boilerplate: from a heading or a line in bold that opens "About …", at the
 * article's end, everything after it (the sender's portrait, its media contact, the wire's source line).
 */
function aboutSection(blocks: readonly Stats[], excluded: Set<Element>): void {
  const total = blocks.reduce((n, s) => n + s.inline, 0);
  let after = 0;
  for (let i = blocks.length - 1; i > 0; i -= 1) {
    const s = blocks[i]!;
    after += s.inline;
    if (after > total * MAX_ABOUT_SHARE) return;
    // The portrait names the sender the line names, near its start ("The Global Midwives Fund is …"): not a story's
    // subhead opening the word ("Über 200 Festnahmen", "About 3,000 homes still dark", "Sobre el terreno, …").
    const name = s.inline <= 120 ? ABOUT.exec(textOf(s.el).trim())?.[1]?.toLowerCase() : undefined;
    const next = blocks[i + 1];
    const portrait = name && next ? textOf(next.el).trim().slice(0, 100).toLowerCase() : '';
    if (name && name.length <= 70 && portrait.includes(name) && (HEADINGS.has(s.tag) || emphasisShare(s.el) >= 0.9)) {
      for (const rest of blocks.slice(i)) excluded.add(rest.el);
      return;
    }
  }
}

/** A press release's end mark on a line of its own: "###", "-30-", "ENDS", "– Ende –" (not a story's "* * *" between sections). */
const END_MARK = /^(?:#\s?#\s?#|[-–—]\s?30\s?[-–—]|[-–—]?\s?ends?\s?[-–—]?|[-–—]\s?ende\s?[-–—])$/i;

/** A line only a sender writes under a release: an address or number to call, a note to editors, a portrait's label. */
const SENDERS_LINE =
  /@|\b(?:media|press) (?:contact|enquiries|inquiries|queries)\b|\b(?:tel|phone)\b|^(?:about|über|à propos|notes? to editors|hinweis)\b/i;

/** After a release's end mark near the article's end, the mark and everything after it: the sender's boilerplate, its notes to editors. */
function afterEndMark(blocks: readonly Stats[], excluded: Set<Element>): void {
  const total = blocks.reduce((n, s) => n + s.inline, 0);
  let after = 0;
  for (let i = blocks.length - 1; i > 0; i -= 1) {
    const s = blocks[i]!;
    // After it, a few lines of the sender's (set apart in italics or bold, a note to editors, an address to write to), not an
    // essay's last section after a "###" scene break.
    const rest = blocks.slice(i + 1);
    const senders = (b: Stats) => emphasisShare(b.el) >= 0.5 || SENDERS_LINE.test(textOf(b.el));
    // A council's "Notes to editors" heading may open a longer list of them.
    const notes = rest.length <= 12 && /^notes? to editors\b/i.test(textOf(rest[0]?.el ?? s.el).trim());
    if (s.inline < 12 && END_MARK.test(textOf(s.el).trim()) && (rest.length <= 3 || notes) && (!rest.length || rest.some(senders))) {
      for (const rest of blocks.slice(i)) excluded.add(rest.el);
      return;
    }
    after += s.inline;
    if (after > total * MAX_ABOUT_SHARE) return;
  }
}

/** What follows the story's last paragraph and is not the story (see the module's comment), added to `excluded`. */
export function storyEnding(blocks: readonly Stats[], excluded: Set<Element>): void {
  trailingLinks(blocks, excluded);
  closingNotes(blocks, excluded);
  editorsLine(blocks, excluded);
  aboutSection(blocks, excluded);
  afterEndMark(blocks, excluded);
}
