/**
 * One compiled matcher for every enabled alias. Pure: works on strings, never on the DOM.
 *
 * Rules, in order of how a reader sees them:
 * - Leftmost-longest: "Haqqani network" wins over "Haqqani" at the same place.
 * - Whole words for space-separated scripts, with Unicode-aware boundaries (`\b` is ASCII-only):
 *   "Taliban" does not match in "Talibanization", "Putin" not in "input". Possessives need no alias.
 * - Spaces, hyphens and dashes inside an alias are interchangeable ("Japan–U.S.", "Kim Jong Un"),
 *   and so are straight and curly apostrophes.
 * - Case-smart: an alias written with capitals needs its capitals, or ALL CAPS ("Afghan" matches
 *   "AFGHAN" but not the "afghan" blanket, "My Number" not "My number is"), except on generic
 *   words after a name ("Kuril Islands" matches "Kuril islands"); an all-lowercase alias matches any case.
 * - CJK aliases match as substrings; full-width and half-width forms fold (NFKC) with offsets kept.
 * - Exclusions: a topic's exclusion phrase suppresses that topic's matches inside it.
 */
import { aliasSpec, type Topic } from './topics';

export interface Match {
  topicId: string;
  /** The alias as the topic lists it. */
  alias: string;
  /** UTF-16 offsets into the text given to `find`. */
  start: number;
  end: number;
}

/**
 * Where a text was joined from pieces (a page's text nodes, see `PageText`), and which joins are
 * block breaks. A break stands for a character that is neither a word character nor a separator:
 * no match runs across it, and a word ends at it. A page can then join its text nodes with
 * nothing between them, and ask the DOM about a join only where a match could reach it.
 */
export interface Joins {
  /** Where each piece starts in the text, ascending: the text can break only there. */
  readonly starts: readonly number[];
  /** Whether the text breaks between blocks where piece `i` (from 1) starts; may be asked again for the same `i`. */
  breaksBefore(i: number): boolean;
}

export interface Matcher {
  /** All non-overlapping matches, in text order; `joins` tells where the text breaks between blocks. */
  find(text: string, joins?: Joins): Match[];
  /** Number of aliases compiled. */
  readonly size: number;
  /**
   * The combined alias regex, for benchmarks that compare the matcher with one bare regex pass.
   * With the word index (large alias sets) it holds only the aliases the index cannot take.
   */
  readonly pattern: RegExp | undefined;
}


const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * A character that continues a word of a space-separated script. CJK characters do not: Japanese
 * runs "DPRKと" together without spaces, and that is still a whole-word "DPRK".
 */
const WORD_CHAR_SOURCE = String.raw`(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー])[\p{L}\p{N}\p{M}_]`;
const WORD_CHAR = new RegExp(`^${WORD_CHAR_SOURCE}$`, 'u');
const WORD_RUN = new RegExp(`(?:${WORD_CHAR_SOURCE})+`, 'gu');
const FIRST_WORD = new RegExp(`^(?:${WORD_CHAR_SOURCE})+`, 'u');
const SEPARATOR = /[\s\u00a0\-\u2010-\u2015]/;
const APOSTROPHE = /['\u2019]/;
const SEPARATOR_PATTERN = String.raw`[\s\u00a0\-\u2010-\u2015]+`;
const APOSTROPHE_PATTERN = `['\u2019]`;
/** Characters NFKC changes that news pages use: full-width ASCII, half-width katakana, ideographic space. */
const NEEDS_FOLDING = /[\u3000\uFF01-\uFFEF]/;

/** Canonical key of an alias or of matched text: lower case, one space for any separator run. */
function canonicalKey(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\-\u2010-\u2015]+/g, ' ').replace(/\u2019/g, "'");
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** The regex tokens of an alias: one per character, with separators and apostrophes as classes. */
function tokens(normalized: string): string[] {
  const out: string[] = [];
  for (const ch of normalized.toLowerCase()) {
    if (SEPARATOR.test(ch)) {
      if (out.at(-1) !== SEPARATOR_PATTERN) out.push(SEPARATOR_PATTERN);
    } else if (APOSTROPHE.test(ch)) out.push(APOSTROPHE_PATTERN);
    else out.push(escapeChar(ch));
  }
  return out;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** An alias ends here. */
  end?: boolean;
}

function trieInsert(root: TrieNode, toks: string[]): void {
  let node = root;
  for (const t of toks) {
    let next = node.children.get(t);
    if (!next) node.children.set(t, (next = { children: new Map() }));
    node = next;
  }
  node.end = true;
}

/**
 * Regex source for a trie: shared prefixes are written once, so the engine rejects most
 * positions on the first character however many aliases there are. Longer alternatives come
 * first, which makes the greedy engine pick the longest alias. Word boundaries are checked
 * afterwards in JS: lookarounds at every alias end made the pattern (and its compile time, paid
 * on every page) grow tenfold.
 */
function trieSource(node: TrieNode): string {
  const alternatives = [...node.children].map(([tok, child]) => tok + trieSource(child));
  if (node.end) alternatives.push('');
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * Word characters of the Latin script beyond ASCII (letters, Latin-1's digits and fractions,
 * combining accents), and characters news text puts next to words that are never word characters
 * (Latin-1's symbols and no-break space, General Punctuation's quotes and dashes, currency signs).
 * Classes without the `u` flag: English pages, names with accents, "Taliban’s" and "£5bn" are
 * then told apart without WORD_CHAR, whose Unicode classes cost a millisecond to compile.
 */
const LATIN_WORD = '\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f';
const NON_WORD_BEYOND_ASCII = '\u0080-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf';
const IS_LATIN_WORD = new RegExp(`[${LATIN_WORD}]`);
const IS_NON_WORD_BEYOND_ASCII = new RegExp(`[${NON_WORD_BEYOND_ASCII}]`);

/** Whether a character continues a word (WORD_CHAR), deciding the common cases without it. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
  if (IS_LATIN_WORD.test(ch)) return true;
  return !IS_NON_WORD_BEYOND_ASCII.test(ch) && WORD_CHAR.test(ch);
}

const LETTER = /\p{L}/u;

function letters(text: string): string[] {
  return [...text].filter((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x80 ? isAsciiLetter(code) : LETTER.test(ch);
  });
}

/**
 * Words that news text capitalises or not at will after a name: "Kuril Islands" and "Kuril
 * islands", "Haqqani Network" and "Haqqani network". An alias's capital on one of these (after
 * its first word) is not required.
 */
const LOOSE_CASE_WORDS = new Set([
  'islands', 'island', 'network', 'group', 'alliance', 'games', 'olympics', 'treaty', 'declaration',
  'province', 'agency', 'card', 'paralympics', 'security',
]);

/** The case rule for one alias against the text it matched case-insensitively. */
export function caseAllowed(alias: string, matched: string, caseSensitive: boolean): boolean {
  const want = letters(alias);
  const got = letters(matched);
  if (caseSensitive) return want.join('') === got.join('');
  if (alias === alias.toLowerCase()) return true;
  if (got.length > 0 && matched === matched.toUpperCase()) return true;
  let i = 0;
  for (const [w, word] of alias.split(/[\s\u00a0\-\u2010-\u2015]+/).entries()) {
    const loose = w > 0 && LOOSE_CASE_WORDS.has(word.toLowerCase());
    for (const ch of letters(word)) {
      if (!loose && ch !== ch.toLowerCase() && got[i] !== got[i]?.toUpperCase()) return false;
      i += 1;
    }
  }
  return true;
}

/** Text folded for matching, with the offset in the original text of each folded position. */
interface Folded {
  text: string;
  /** `offsets[i]` is where folded position i starts in the original; length text.length + 1. */
  offsets?: number[];
}

/** NFKC-folds full-width and half-width forms; keeps a map back to the original offsets. */
export function foldWidth(text: string): Folded {
  if (!NEEDS_FOLDING.test(text)) return { text };
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let unit = text[i]!;
    // A half-width voiced mark belongs to the kana before it: ﾊﾞ folds to one character, バ.
    const nextCode = text.charCodeAt(i + 1);
    if (code >= 0xff61 && (nextCode === 0xff9e || nextCode === 0xff9f)) unit += text[i + 1]!;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) unit += text[i + 1]!;
    const folded = code === 0x3000 || (code >= 0xff01 && code <= 0xffef) ? unit.normalize('NFKC') : unit;
    for (let k = 0; k < folded.length; k += 1) offsets.push(i);
    out += folded;
    i += unit.length;
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** The first index in [lo, hi) of an ascending list whose value is at least `value`, or hi. */
function firstAtLeast(sorted: readonly number[], value: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The joins of a folded text: each piece starts at the first folded position at or after its original start. */
function foldedJoins(joins: Joins, offsets: readonly number[]): Joins {
  return { starts: joins.starts.map((start) => firstAtLeast(offsets, start, 0, offsets.length)), breaksBefore: (i) => joins.breaksBefore(i) };
}

/** The first offset in [from, to] where the text breaks between blocks, or -1. */
type BreakFinder = (from: number, to: number) => number;

/**
 * A `BreakFinder` over joins. The matcher asks in text order (once per word with the word index),
 * so the search steps on from where the last one ended, and searches anew only when asked about
 * an earlier place (the next pass).
 */
function breakFinder({ starts, breaksBefore }: Joins): BreakFinder {
  /** The first join at or after the last `from` asked. */
  let next = 1;
  return (from, to) => {
    if (next > 1 && starts[next - 1]! >= from) next = firstAtLeast(starts, from, 1, next - 1);
    while (next < starts.length && starts[next]! < from) next += 1;
    for (let i = next; i < starts.length && starts[i]! <= to; i += 1) if (breaksBefore(i)) return starts[i]!;
    return -1;
  };
}

/**
 * An alias made ready for matching, as plain data (see `MatcherData`). Everything a page would
 * otherwise work out per alias with Unicode regexes is worked out here, once, by the background.
 */
interface AliasData {
  topicId: string;
  /** The alias as the topic lists it. */
  alias: string;
  /** NFKC form used for matching and case checks. */
  normalized: string;
  caseSensitive: boolean;
  substring: boolean;
  /** Whether the alias begins and ends with a word character (then it needs a word boundary there). */
  wordStart: boolean;
  wordEnd: boolean;
  /** The alias's first word, lower case, when the word index can find it (see `WordIndex`). */
  firstWord?: string;
}

function aliasData(topicId: string, raw: ReturnType<typeof aliasSpec>): AliasData | undefined {
  const normalized = raw.text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (!normalized) return undefined;
  const substring = raw.substring ?? CJK.test(normalized);
  const chars = [...normalized];
  const firstWord = substring ? undefined : FIRST_WORD.exec(normalized)?.[0].toLowerCase();
  return {
    topicId,
    alias: raw.text,
    normalized,
    caseSensitive: raw.caseSensitive ?? false,
    substring,
    wordStart: isWordChar(chars[0]),
    wordEnd: isWordChar(chars.at(-1)),
    ...(firstWord ? { firstWord } : {}),
  };
}

/** `normalized` in lower case, code point by code point, for `spelledAt`; made when first needed. */
const lowerCache = new WeakMap<AliasData, string[]>();
function lowerOf(a: AliasData): string[] {
  let lower = lowerCache.get(a);
  if (!lower) lowerCache.set(a, (lower = [...a.normalized.toLowerCase()]));
  return lower;
}

/** The source of one regex matching any of the aliases, longest first, as a trie. */
function regexSource(aliases: readonly AliasData[]): string | undefined {
  if (aliases.length === 0) return undefined;
  const root: TrieNode = { children: new Map() };
  for (const a of aliases) trieInsert(root, tokens(a.normalized));
  return trieSource(root);
}

interface Lookups {
  /** Aliases by canonical key of their text. */
  byKey: Map<string, AliasData[]>;
  /** Aliases by their lower-cased first character, longest first, for the fallback. */
  byFirst: Map<string, AliasData[]>;
}

interface Scanner {
  regex: RegExp;
  /**
   * First characters (canonical key) of the aliases that can start inside a word (substring
   * aliases, or ones that begin with punctuation). A hit inside a word with any other first character
   * cannot be an alias: "isis" in "crisis", which is on most news pages.
   */
  startsInsideWords: Set<string>;
  /** The lookups from matched text to aliases, made at the first match: most pages have none. */
  lookups(): Lookups;
}

/** The combined regex and the lookups from matched text to aliases (given longest first). */
function buildScanner(aliases: readonly AliasData[], source: string | undefined): Scanner | undefined {
  if (aliases.length === 0 || source === undefined) return undefined;
  let lookups: Lookups | undefined;
  const add = (map: Map<string, AliasData[]>, key: string, a: AliasData) => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  return {
    // No `u` flag: the pattern holds only literal characters and simple classes, and is faster without it.
    regex: new RegExp(source, 'gi'),
    startsInsideWords: new Set(aliases.filter((a) => a.substring || !a.wordStart).map((a) => canonicalKey(a.normalized[0]!))),
    lookups() {
      if (!lookups) {
        lookups = { byKey: new Map(), byFirst: new Map() };
        for (const a of aliases) {
          add(lookups.byKey, canonicalKey(a.normalized), a);
          add(lookups.byFirst, a.normalized[0]!.toLowerCase(), a);
        }
      }
      return lookups;
    },
  };
}

/** A text to scan, with where it was joined and where it breaks between blocks (see `Joins`). */
interface Source {
  text: string;
  joinStarts: readonly number[];
  breaks: BreakFinder | undefined;
}

/** Whether `text[i]`, next to the offset `edge`, is a word character in the same block (no break at `edge`). */
function wordCharAt({ text, breaks }: Source, i: number, edge: number): boolean {
  return isWordChar(text[i]) && !(breaks && breaks(edge, edge) >= 0);
}

/** Whether `start` to `end` runs across a block break. */
function crossesBreak({ breaks }: Source, start: number, end: number): boolean {
  return breaks !== undefined && end - start > 1 && breaks(start + 1, end - 1) >= 0;
}

/** Whole-word aliases need a non-word character (or the text's or block's edge) on each side. */
function boundariesOk(a: AliasData, source: Source, start: number, end: number): boolean {
  if (a.substring) return true;
  if (a.wordStart && wordCharAt(source, start - 1, start)) return false;
  return !(a.wordEnd && wordCharAt(source, end, end));
}

interface Hit {
  a: AliasData;
  start: number;
  end: number;
}

/**
 * Finds leftmost-longest matches that pass the boundary and case rules. When the longest alias
 * at a place fails them (rare), the other aliases starting with the same character are tried
 * there, longest first, before moving on.
 */
function scan(source: Source, scanner: Scanner, everyStart = false): Hit[] {
  const out: Hit[] = [];
  const { text } = source;
  const { regex } = scanner;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const start = m.index;
    const matched = m[0];
    const end = start + matched.length;
    if (wordCharAt(source, start - 1, start) && !scanner.startsInsideWords.has(canonicalKey(matched[0]!))) {
      regex.lastIndex = start + 1;
      continue;
    }
    const { byKey, byFirst } = scanner.lookups();
    // Across a block break the regex's hit is no alias; a shorter one before the break may be.
    const found = crossesBreak(source, start, end)
      ? undefined
      : byKey.get(canonicalKey(matched))?.find((a) => boundariesOk(a, source, start, end) && caseAllowed(a.normalized, matched, a.caseSensitive));
    const hit = found ? { a: found, start, end } : matchAt(source, start, byFirst.get(matched[0]!.toLowerCase()) ?? []);
    if (hit) out.push(hit);
    // `everyStart`: the longest hit at each start, overlapping ones too, for merging with the word index.
    regex.lastIndex = hit && !everyStart ? Math.max(hit.end, start + 1) : start + 1;
  }
  return out;
}

/**
 * Whole-word aliases looked up word by word: the text's words are read with one small regex,
 * and each is looked up among the aliases that start with it. Its cost does not grow with the
 * number of aliases, unlike one regex of them all, which V8 must compile on every page (about
 * 60 ms for 2,000 aliases) and the trie that builds it.
 */
type WordIndex = Record<string, number[]>;

/** Whether the word index can find the alias: a whole-word alias starting with a non-CJK word. */
const wordIndexable = (a: AliasData) => a.firstWord !== undefined;

/**
 * Indexes (into `aliases`, so longest first) of the word-indexable aliases by first word. Plain
 * JSON, built by the background: a page then has nothing to assemble, however many aliases.
 */
function buildWordIndex(aliases: readonly AliasData[]): WordIndex {
  const index: WordIndex = {};
  aliases.forEach((a, i) => {
    if (a.firstWord === undefined) return;
    if (Object.hasOwn(index, a.firstWord)) index[a.firstWord]!.push(i);
    else index[a.firstWord] = [i];
  });
  return index;
}

/**
 * Runs of characters that may be word characters: all but ASCII's and NON_WORD_BEYOND_ASCII's
 * non-word ones. Without the `u` flag, several times faster than WORD_RUN over a whole page. Only
 * a run holding a character beyond ASCII and LATIN_WORD (Greek, Japanese, a rare symbol) is split
 * into words by WORD_RUN afterwards.
 */
const ROUGH_WORD_RUN = new RegExp(`[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f${NON_WORD_BEYOND_ASCII}]+`, 'g');
const NEEDS_WORD_RUN = new RegExp(`[^\\w${LATIN_WORD}]`);

/** The longest valid alias at the start of each word of the text (aliases sorted longest first). */
function scanWords(source: Source, index: WordIndex, aliases: readonly AliasData[]): Hit[] {
  const out: Hit[] = [];
  const { text, joinStarts, breaks } = source;
  const lookUp = (word: string, start: number) => {
    const key = word.toLowerCase();
    // Own keys only: a word such as "constructor" must not find Object.prototype's.
    const hit = Object.hasOwn(index, key) && matchAt(source, start, index[key]!.map((i) => aliases[i]!));
    if (hit) out.push(hit);
  };
  const lookUpRun = (run: string, start: number) => {
    if (!NEEDS_WORD_RUN.test(run)) return lookUp(run, start);
    WORD_RUN.lastIndex = 0;
    for (let w = WORD_RUN.exec(run); w; w = WORD_RUN.exec(run)) lookUp(w[0], start + w.index);
  };
  /** The first join after the current run's start: asking `breaks` for every word cost more than the lookups. */
  let join = 1;
  ROUGH_WORD_RUN.lastIndex = 0;
  for (let m = ROUGH_WORD_RUN.exec(text); m; m = ROUGH_WORD_RUN.exec(text)) {
    const end = m.index + m[0].length;
    while (join < joinStarts.length && joinStarts[join]! <= m.index) join += 1;
    if (!(joinStarts[join]! < end)) {
      lookUpRun(m[0], m.index);
      continue;
    }
    // A run joined across a block break is two words.
    let from = m.index;
    for (let at = breaks!(from + 1, end - 1); at >= 0; at = breaks!(at + 1, end - 1)) {
      lookUpRun(text.slice(from, at), from);
      from = at;
    }
    lookUpRun(text.slice(from, end), from);
  }
  return out;
}

/** Leftmost-longest among hits from several lookups, each the longest at its start. */
function leftmostLongest(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  let end = 0;
  for (const h of hits) {
    if (h.start < end) continue;
    out.push(h);
    end = h.end;
  }
  return out;
}

/** Whether a text character is an alias character (given in lower case) in some case. */
function sameLetter(aliasChar: string, textChar: string): boolean {
  return textChar === aliasChar || textChar.toLowerCase() === aliasChar || textChar.toUpperCase() === aliasChar.toUpperCase();
}

/**
 * How many UTF-16 units of `text` from `start` spell the alias: any case, any run of separators
 * for a separator, either apostrophe for one; -1 if they do not. The same rules as the alias's
 * tokens in the combined regex, checked in JS: a regex per alias cost a compile on each page
 * where it was first needed, and Unicode classes made that several milliseconds.
 */
function spelledAt(text: string, start: number, lower: readonly string[]): number {
  let i = start;
  let afterSeparator = false;
  for (const ch of lower) {
    if (SEPARATOR.test(ch)) {
      if (afterSeparator) continue;
      const from = i;
      while (i < text.length && SEPARATOR.test(text[i]!)) i += 1;
      if (i === from) return -1;
      afterSeparator = true;
      continue;
    }
    afterSeparator = false;
    const code = text.codePointAt(i);
    if (code === undefined) return -1;
    const got = String.fromCodePoint(code);
    if (APOSTROPHE.test(ch) ? !APOSTROPHE.test(got) : !sameLetter(ch, got)) return -1;
    i += got.length;
  }
  return i - start;
}

/** The first (longest) of the candidate aliases spelled at `start` that passes the boundary and case rules. */
function matchAt(source: Source, start: number, candidates: readonly AliasData[]): Hit | undefined {
  const { text } = source;
  for (const a of candidates) {
    const length = spelledAt(text, start, lowerOf(a));
    if (length < 0) continue;
    const end = start + length;
    if (crossesBreak(source, start, end) || !boundariesOk(a, source, start, end)) continue;
    if (caseAllowed(a.normalized, text.slice(start, end), a.caseSensitive)) return { a, start, end };
  }
  return undefined;
}

/** From this many aliases on, whole-word aliases go through the word index instead of the one regex. */
export const WORD_INDEX_FROM = 400;

/**
 * A matcher as JSON-safe data: the aliases made ready (NFKC, options, longest first) and the
 * regex sources built from them. The background prepares it once per settings change and sends
 * it to each page, whose content script then only has to assemble the lookups (`matcherFrom`).
 */
export interface MatcherData {
  aliases: AliasData[];
  exclusions: AliasData[];
  /** From WORD_INDEX_FROM aliases on, whole-word aliases go through this index; the regex holds the others. */
  wordIndex?: WordIndex;
  aliasSource?: string;
  exclusionSource?: string;
}

/** Prepares the aliases and exclusions of the given topics. `wordIndexFrom` (tests) moves the switch to the word index. */
export function prepareMatcher(topics: readonly Topic[], { wordIndexFrom = WORD_INDEX_FROM } = {}): MatcherData {
  const aliases: AliasData[] = [];
  const exclusions: AliasData[] = [];
  const seen = new Set<string>();
  for (const topic of topics) {
    for (const alias of topic.aliases) {
      const data = aliasData(topic.id, aliasSpec(alias));
      const key = data && `${topic.id}\u0000${data.normalized}\u0000${data.caseSensitive}\u0000${data.substring}`;
      if (data && key && !seen.has(key)) {
        seen.add(key);
        aliases.push(data);
      }
    }
    for (const phrase of topic.exclusions ?? []) {
      const data = aliasData(topic.id, { text: phrase });
      if (data) exclusions.push(data);
    }
  }
  // Longest first, so that every lookup tries longer aliases before shorter ones.
  const byLength = (list: AliasData[]) => list.sort((a, b) => b.normalized.length - a.normalized.length);
  byLength(aliases);
  byLength(exclusions);
  const useWords = aliases.length >= wordIndexFrom;
  const aliasSource = regexSource(useWords ? aliases.filter((a) => !wordIndexable(a)) : aliases);
  const exclusionSource = regexSource(exclusions);
  return {
    aliases,
    exclusions,
    ...(useWords ? { wordIndex: buildWordIndex(aliases) } : {}),
    ...(aliasSource ? { aliasSource } : {}),
    ...(exclusionSource ? { exclusionSource } : {}),
  };
}

/** Compiles the aliases and exclusions of the given topics into one matcher (both ways find the same matches). */
export function compileMatcher(topics: readonly Topic[], options: { wordIndexFrom?: number } = {}): Matcher {
  return matcherFrom(prepareMatcher(topics, options));
}

/** The matcher for prepared data (see `prepareMatcher`). */
export function matcherFrom(data: MatcherData): Matcher {
  const { aliases, exclusions } = data;
  const { wordIndex } = data;
  const aliasScanner = buildScanner(wordIndex ? aliases.filter((a) => !wordIndexable(a)) : aliases, data.aliasSource);
  const exclusionScanner = buildScanner(exclusions, data.exclusionSource);

  return {
    size: aliases.length,
    pattern: aliasScanner?.regex,
    find(original: string, given?: Joins): Match[] {
      if ((!aliasScanner && !wordIndex) || !original) return [];
      const folded = foldWidth(original);
      const joins = given && folded.offsets ? foldedJoins(given, folded.offsets) : given;
      const source: Source = { text: folded.text, joinStarts: joins?.starts ?? [], breaks: joins && breakFinder(joins) };
      const hits = wordIndex
        ? leftmostLongest([...scanWords(source, wordIndex, aliases), ...(aliasScanner ? scan(source, aliasScanner, true) : [])])
        : scan(source, aliasScanner!);
      const excluded = exclusionScanner ? scan(source, exclusionScanner) : [];
      const toOriginal = (i: number) => folded.offsets?.[i] ?? i;
      return hits
        .filter((h) => !excluded.some((x) => x.a.topicId === h.a.topicId && x.start <= h.start && h.end <= x.end))
        .map((h) => ({ topicId: h.a.topicId, alias: h.a.alias, start: toOriginal(h.start), end: toOriginal(h.end) }));
    },
  };
}
