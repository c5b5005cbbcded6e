/**
 * Aliases made ready for matching (`AliasData`, worked out once by the background), and the test
 * of one alias at one place of a text: spelled there (any case, any separator run), whole words
 * where it needs them, not across a block break, and the case rule.
 */
import { aliasSpec } from '../topics';
import { fold } from '../tokenizer';
import { japaneseWordEdgesOk } from './japanese-words';
import { type Source, crossesBreak, wordCharAt } from './breaks';
import { caseAllowed, sameLetter } from './case-rules';
import { APOSTROPHE, CJK, FIRST_WORD, SEPARATOR, hasLetterOrDigit, isWordChar, trimSeparators } from './characters';

/**
 * An alias made ready for matching, as plain data (see `MatcherData`). Everything a page would
 * otherwise work out per alias with Unicode regexes is worked out here, once, by the background.
 */
export interface AliasData {
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
  /** A Japanese alias matched inside text by default (not by its `substring` option): its hits must sit on word edges (`japanese-words.ts`). */
  japaneseWords?: true;
  /** The alias's first word, lower case, when the word index can find it (see `WordIndex`). */
  firstWord?: string;
}

/**
 * The alias ready for matching, or undefined for one that can match nothing a reader means: empty,
 * or without a letter or digit ("--", "…", which would match every dash). Separators at its ends
 * are dropped: they would only make the regex retry every run of white space or dashes.
 */
export function aliasData(topicId: string, raw: ReturnType<typeof aliasSpec>): AliasData | undefined {
  const normalized = trimSeparators(fold(raw.text).trim().replace(/\s+/g, ' '));
  if (!normalized || !hasLetterOrDigit(normalized)) return undefined;
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
    ...(raw.substring === undefined && substring ? { japaneseWords: true as const } : {}),
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

/** A mention as the matcher first sees it: one alias (not yet its topic) at offsets of the text being scanned. */
export interface AliasMention {
  a: AliasData;
  start: number;
  end: number;
}

/** Whole-word aliases need a non-word character (or the text's or block's edge) on each side. */
export function boundariesOk(a: AliasData, source: Source, start: number, end: number): boolean {
  if (a.substring) return !a.japaneseWords || japaneseWordEdgesOk(source, start, end);
  if (a.wordStart && wordCharAt(source, start - 1, start)) return false;
  return !(a.wordEnd && wordCharAt(source, end, end));
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
export function matchAt(source: Source, start: number, candidates: readonly AliasData[]): AliasMention | undefined {
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
