/**
 * Sentence splitting and passage grouping for commentary text: sentence-aware, never cutting
 * a quotation or a "(1) … (2) …" list between two passages.
 */

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'pres',
  'pm',
  'st',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'jr',
  'sr',
  'inc',
  'co',
  'corp',
  'ltd',
  'fig',
  'p',
  'pp',
  'vol',
]);

/**
 * Splits English (or Japanese) prose into sentences. A boundary is a `.`, `?`, `!` or `。`
 * (optionally followed by closing quotes or brackets) followed by white space and an
 * upper-case letter, digit, opening quote or bracket, and not preceded by a known abbreviation.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.?!])(["”’)\]]*)\s+|。[」』)]*/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const after = m.index + m[0].length;
    const terminator = m[1];
    if (terminator !== undefined) {
      // A parenthesis opens a sentence only as a list item "(2) …"; "(Kimura, 1992.)" is a citation.
      if (!/^(?:[\p{Lu}\p{N}“"‘'[「『]|\(\d)/u.test(text.slice(after, after + 2))) continue;
      if (terminator === '.' && endsWithAbbreviation(text.slice(start, m.index))) continue;
    }
    const sentence = text.slice(start, after).trim();
    if (sentence) sentences.push(sentence);
    start = after;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  // Initials such as "V. Kistanov" or "U.S." never end a sentence in this prose.
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * True when the text leaves a double quotation open. Single quotes are not counted: "’" is
 * also the apostrophe of "Japan’s".
 */
function hasOpenQuotation(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '“' || ch === '「' || ch === '『') depth += 1;
    else if ((ch === '”' || ch === '」' || ch === '』') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** Highest "(n)" list item number in the text, 0 when there is none. */
function lastListItem(text: string): number {
  let last = 0;
  for (const m of text.matchAll(/\((\d{1,2})\)/g)) last = Math.max(last, Number(m[1]));
  return last;
}

/** Sentences joined as written: with a space in English, none after a Japanese full stop. */
function joinSentences(sentences: string[]): string {
  return sentences.reduce((text, s) => (!text ? s : /[。」』]$/.test(text) ? text + s : `${text} ${s}`), '');
}

export interface PassageOptions {
  /** A passage is closed once it has at least this many words (default 70). */
  minWords?: number;
  /**
   * A passage is closed at this many words even inside a quotation or list, so that a quotation
   * mark missing in the source cannot swallow the rest of the text (default 2.5 × minWords).
   */
  maxWords?: number;
}

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * About how many words a sentence holds: its space-separated words, and for Japanese, which has
 * no spaces, one word per two characters.
 */
export function wordCount(sentence: string): number {
  const cjk = sentence.match(CJK_CHARACTER)?.length ?? 0;
  if (cjk === 0) return sentence.split(/\s+/).length;
  const rest = sentence.replace(CJK_CHARACTER, ' ').trim();
  return Math.ceil(cjk / 2) + (rest ? rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0);
}

/**
 * Groups sentences into passages of a few sentences each. A passage never ends inside an
 * open quotation, nor between the items of a "(1) … (2) …" list.
 */
export function groupPassages(sentences: string[], options: PassageOptions = {}): string[] {
  const minWords = options.minWords ?? 70;
  const maxWords = options.maxWords ?? minWords * 2.5;
  const passages: string[] = [];
  let current: string[] = [];
  let words = 0;
  sentences.forEach((sentence, i) => {
    current.push(sentence);
    words += wordCount(sentence);
    const text = joinSentences(current);
    const next = sentences[i + 1];
    const listGoesOn = next !== undefined && lastListItem(text) > 0 && lastListItem(next) > lastListItem(text);
    if (words >= maxWords || (words >= minWords && !hasOpenQuotation(text) && !listGoesOn)) {
      passages.push(text);
      current = [];
      words = 0;
    }
  });
  if (current.length) {
    const tail = joinSentences(current);
    // A short tail reads better joined to the passage before it than standing alone.
    const last = passages.at(-1);
    if (last !== undefined && words < minWords / 3) passages[passages.length - 1] = joinSentences([last, tail]);
    else passages.push(tail);
  }
  return passages;
}
