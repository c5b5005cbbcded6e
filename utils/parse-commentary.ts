/**
 * Parses the text of a JFIR Commentary page (as saved from the site, one paragraph a line) into
 * commentary records. Used by the build step for the bundled index and, later, for the reader's
 * own imports, so it reports what it could not read instead of throwing.
 */
import { JFIR_COMMENTARY_URL, type Commentary, type Passage } from './commentary';
import { hasCjk } from './tokenizer';
import { groupPassages, splitSentences } from './passages';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = `(?:${MONTHS.join('|')})`;
/** "October 19,2021" or "October 19, 2021" alone on a line. */
const DATE_LINE = new RegExp(`^(${MONTH_NAME})\\s+(\\d{1,2}),\\s*(\\d{4})$`, 'i');
/** "2021年10月19日" (any digit width) alone on a line: the date line of a commentary written in Japanese. */
const JAPANESE_DATE_LINE = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日$/;
/** Lines where the page's furniture starts after the last commentary. */
const FURNITURE_START = /^(Latest Activities|Back number|About JFIR)$/i;
const CLOSING_NOTE =
  /\(This is the English translation of an article written by (.+?),? which originally appeared on (?:the )?(e-forum [“"](.+?)[”"](?: of JFIR)?) on ([^)]+?)\.?\)\s*(.*)$/s;
/**
 * The closing note of a commentary written in Japanese: "（筆者：佐藤花子・日本国際フォーラム上席研究員）",
 * name and affiliation parted by a comma or a space, else by the first "・" (so a name written
 * with "・", ジョン・スミス, needs a comma or space after it).
 */
const JAPANESE_CLOSING_NOTE = /\n*[（(](?:筆者|執筆者|執筆)\s*[:：]\s*([^）)]+)[）)]\s*(.*)$/s;
const JAPANESE_NOTE_LINE = /^[（(](?:筆者|執筆者|執筆)\s*[:：]/;

/** Name and affiliation of a Japanese closing note's "name・affiliation". */
function splitJapaneseByline(byline: string): Commentary['author'] {
  const text = byline.trim();
  const m = /[、,，]|\s+/.exec(text) ?? /・/.exec(text);
  if (!m) return { name: text, affiliation: '' };
  return { name: text.slice(0, m.index).trim(), affiliation: text.slice(m.index + m[0].length).trim() };
}
/** Words that open a sentence right after a run-in section heading ("… for Japan Since hosting …"). */
const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'After',
  'Since',
  'In',
  'On',
  'At',
  'As',
  'While',
  'When',
  'Although',
  'Though',
  'This',
  'These',
  'That',
  'It',
  'There',
  'For',
  'With',
  'We',
  'I',
  'However',
  'Today',
  'Now',
  'If',
]);

/** What the parser could not read, by code, with the commentary concerned (translated by the pages that show it). */
export type ParseWarning =
  | { code: 'parse_no_author'; args: [title: string] }
  | { code: 'parse_no_title' | 'parse_no_text'; args: [date: string] }
  | { code: 'parse_none_found'; args: [] };

export interface ParseResult {
  commentaries: Commentary[];
  warnings: ParseWarning[];
}

/** A parse warning in English, for the build and the command line. */
export function describeParseWarning({ code, args }: ParseWarning): string {
  switch (code) {
    case 'parse_no_author':
      return `"${args[0]}": no closing "This is the English translation…" note, so no author`;
    case 'parse_no_title':
      return `the commentary dated ${args[0]} has no title`;
    case 'parse_no_text':
      return `the commentary dated ${args[0]} has no text`;
    case 'parse_none_found':
      return 'no commentary found: expected a date line such as "October 19, 2021" or "2021年10月19日" followed by a title and text';
  }
}

/** Parses "October 19,2021" (or the first date of "March 31 & April 1, 2021") to `YYYY-MM-DD`. */
export function parseEnglishDate(text: string): string | undefined {
  const m = new RegExp(`(${MONTH_NAME})\\s+(\\d{1,2})\\b.*?(\\d{4})`, 'is').exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const day = Number(m[2]);
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== day ? undefined : iso;
}

/** Parses a Japanese date "2021年10月19日" (any digit width) to `YYYY-MM-DD`. */
export function parseJapaneseDate(text: string): string | undefined {
  const m = /(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== Number(m[3]) ? undefined : iso;
}

/** Lower-case ASCII slug of at most `maxWords` words. */
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, maxWords)
    .join('-');
}

/** A line is a body paragraph when it reads as prose, not as a stray name or menu entry. */
function isProse(line: string): boolean {
  // Japanese has no spaces between words: twenty characters are about a dozen words.
  if (JAPANESE_NOTE_LINE.test(line)) return true;
  const long = hasCjk(line) ? line.length >= 20 : line.split(/\s+/).length >= 12;
  return long && /[.?!。)”"」）]$/.test(line);
}

interface Section {
  heading?: string;
  text: string;
}

/**
 * Finds run-in numbered headings ("1. US foreign policy toward Afghanistan After the withdrawal …")
 * numbered 1, 2, 3 … in order, and cuts the body at them.
 */
export function splitSections(body: string): Section[] {
  const marker = /(?:^|(?<=[.?!”"]\s+))(\d{1,2})\.\s+/g;
  const cuts: Array<{ at: number; textStart: number; heading: string }> = [];
  let expected = 1;
  for (let m = marker.exec(body); m; m = marker.exec(body)) {
    if (Number(m[1]) !== expected) continue;
    const after = m.index + m[0].length;
    const words = body.slice(after, after + 200).split(' ');
    const end = words.findIndex((w, i) => i >= 2 && i <= 10 && SENTENCE_STARTERS.has(w));
    if (end < 0) continue;
    const heading = words.slice(0, end).join(' ');
    cuts.push({ at: m.index, textStart: after + heading.length + 1, heading });
    expected += 1;
  }
  if (cuts.length === 0) return [{ text: body }];
  const sections: Section[] = [];
  const lead = body.slice(0, cuts[0]!.at).trim();
  if (lead) sections.push({ text: lead });
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.at ?? body.length;
    sections.push({ heading: `${i + 1}. ${cut.heading}`, text: body.slice(cut.textStart, end).trim() });
  });
  return sections;
}

function parseClosingNote(body: string): {
  body: string;
  author?: Commentary['author'];
  firstAppeared?: Commentary['firstAppeared'];
  references?: string;
} {
  const ja = JAPANESE_CLOSING_NOTE.exec(body);
  if (ja) {
    const references = ja[2]!.trim();
    return {
      ...(references ? { references } : {}),
      body: body.slice(0, ja.index).trim(),
      author: splitJapaneseByline(ja[1]!),
    };
  }
  const m = CLOSING_NOTE.exec(body);
  if (!m) return { body };
  const [name, ...affiliation] = m[1]!.split(',').map((s) => s.trim());
  const dateText = m[4]!.trim();
  const references = m[5]!.trim();
  return {
    ...(references ? { references } : {}),
    body: body.slice(0, m.index).trim(),
    author: { name: name ?? '', affiliation: affiliation.join(', ') },
    firstAppeared: {
      venue: `${m[3]!.trim()}, JFIR e-forum`,
      date: parseEnglishDate(dateText) ?? '',
      dateText,
    },
  };
}

/** A short stable hash of a title that has no Latin letters to slug. */
function titleHash(title: string): string {
  let h = 0x811c9dc5;
  for (const ch of title) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36);
}

function buildCommentary(date: string, title: string, paragraphs: string[], warnings: ParseWarning[]): Commentary {
  const id = `${date}-${slugify(title) || `ja-${titleHash(title)}`}`;
  const closing = parseClosingNote(paragraphs.join('\n\n'));
  if (!closing.author) warnings.push({ code: 'parse_no_author', args: [title] });
  const sections = closing.body.split(/\n\n+/).flatMap(splitSections);
  const passages: Passage[] = [];
  for (const section of sections) {
    for (const text of groupPassages(splitSentences(section.text))) {
      passages.push({ id: `${id}#p${passages.length + 1}`, ...(section.heading ? { section: section.heading } : {}), text });
    }
  }
  return {
    id,
    title,
    date,
    author: closing.author ?? { name: '', affiliation: '' },
    firstAppeared: closing.firstAppeared ?? { venue: '', date: '', dateText: '' },
    sections: sections.flatMap((s) => (s.heading ? [s.heading] : [])),
    passages,
    url: JFIR_COMMENTARY_URL,
    ...(closing.references ? { references: closing.references } : {}),
  };
}

/**
 * Parses a JFIR Commentary page saved as text: a date line, the title on the next line, then
 * the body paragraphs, for each commentary; everything from "Latest Activities" on is furniture.
 */
export function parseCommentaryPage(text: string): ParseResult {
  const warnings: ParseWarning[] = [];
  const commentaries: Commentary[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  let current: { date: string; title?: string; paragraphs: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    if (current.title && current.paragraphs.length) {
      commentaries.push(buildCommentary(current.date, current.title, current.paragraphs, warnings));
    } else {
      warnings.push({ code: current.title ? 'parse_no_text' : 'parse_no_title', args: [current.date] });
    }
    current = undefined;
  };
  for (const line of lines) {
    if (FURNITURE_START.test(line)) break;
    if (!line) continue;
    if (DATE_LINE.test(line)) {
      flush();
      current = { date: parseEnglishDate(line) ?? '', paragraphs: [] };
      continue;
    }
    if (JAPANESE_DATE_LINE.test(line.normalize('NFKC'))) {
      flush();
      current = { date: parseJapaneseDate(line) ?? '', paragraphs: [] };
      continue;
    }
    if (!current) continue;
    if (current.title === undefined) current.title = line;
    else if (isProse(line)) current.paragraphs.push(line);
  }
  flush();
  if (commentaries.length === 0) warnings.push({ code: 'parse_none_found', args: [] });
  return { commentaries, warnings };
}
