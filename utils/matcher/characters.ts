/**
 * Characters as the matcher sees them: which continue a word, which separate the words of an
 * alias, which are apostrophes and CJK; the canonical key of a text. The CJK and word classes are
 * the shared tokenizer's (`utils/tokenizer.ts`), in the matcher's variants; folding a page's text
 * is `width-fold.ts`.
 */
import { MATCHING_CJK, MATCHING_WORD_CHAR, WORD_CHARACTERS, regExp } from '../tokenizer';

/** A CJK character (the tokenizer's MATCHING_CJK): CJK aliases match as substrings, and end no word of another script. */
export const CJK = /* @__PURE__ */ regExp('u', '[', MATCHING_CJK, ']');
/** A character that continues a word of a space-separated script (the tokenizer's MATCHING_WORD_CHAR). */
const WORD_CHAR = new RegExp(`^${MATCHING_WORD_CHAR}$`, 'u');
/** The words of a text (global: reset `lastIndex` before use). */
export const WORD_RUN = new RegExp(`(?:${MATCHING_WORD_CHAR})+`, 'gu');
/** The first word of a text. */
export const FIRST_WORD = /* @__PURE__ */ regExp('u', '^(?:', MATCHING_WORD_CHAR, ')+');

/**
 * The characters that separate the words of an alias and are interchangeable inside it: white
 * space, no-break space, hyphen and the Unicode dashes. Written once; every separator rule uses it.
 */
const SEPARATOR_CLASS = '[\\s\\u00a0\\-\\u2010-\\u2015]';
/** One separator character. */
export const SEPARATOR = new RegExp(SEPARATOR_CLASS);
/** A run of separators, as regex source (an alias's separator matches any run). */
export const SEPARATOR_RUN_PATTERN = `${SEPARATOR_CLASS}+`;
const SEPARATOR_RUNS = new RegExp(SEPARATOR_RUN_PATTERN, 'g');
/** Separators at either end of a text. */
const EDGE_SEPARATORS = /* @__PURE__ */ regExp('g', '^', SEPARATOR_RUN_PATTERN, '|', SEPARATOR_RUN_PATTERN, '$');
export const APOSTROPHE = /['\u2019]/;
export const APOSTROPHE_PATTERN = `['\u2019]`;
/** Canonical key of an alias or of matched text: lower case, one space for any separator run. */
export function canonicalKey(text: string): string {
  return text
    .toLowerCase()
    .replace(SEPARATOR_RUNS, ' ')
    .replace(/\u2019/g, "'");
}

/** The words of an alias, split at its separator runs. */
export function separatedWords(text: string): string[] {
  return text.split(SEPARATOR_RUNS);
}

/** The text without separators at its start and end. */
export function trimSeparators(text: string): string {
  return text.replace(EDGE_SEPARATORS, '');
}

export const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * Word characters of the Latin script beyond ASCII (letters, Latin-1's digits and fractions,
 * combining accents), and characters news text puts next to words that are never word characters
 * (Latin-1's symbols and no-break space, General Punctuation's quotes and dashes, currency signs).
 * Classes without the `u` flag: English pages, names with accents, "Taliban’s" and "£5bn" are
 * then told apart without WORD_CHAR, whose Unicode classes cost a millisecond to compile.
 */
export const LATIN_WORD = '\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f';
export const NON_WORD_BEYOND_ASCII = '\u0080-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf';
// The class holds the combining marks U+0300–U+036F as a range, each matched on its own on purpose.
// eslint-disable-next-line no-misleading-character-class
const IS_LATIN_WORD = new RegExp(`[${LATIN_WORD}]`);
const IS_NON_WORD_BEYOND_ASCII = new RegExp(`[${NON_WORD_BEYOND_ASCII}]`);

/** Whether a character continues a word (WORD_CHAR), deciding the common cases without it. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
  if (IS_LATIN_WORD.test(ch)) return true;
  return !IS_NON_WORD_BEYOND_ASCII.test(ch) && WORD_CHAR.test(ch);
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /* @__PURE__ */ regExp('u', '[', WORD_CHARACTERS, ']');

/** The letters of a text, code point by code point. */
export function letters(text: string): string[] {
  return [...text].filter((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x80 ? isAsciiLetter(code) : LETTER.test(ch);
  });
}

/** Whether a text holds a letter or a digit: one without ("--", "…") can be no alias. */
export function hasLetterOrDigit(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}
