/**
 * Characters as the matcher sees them: which continue a word, which separate the words of an
 * alias, which are apostrophes and CJK; the canonical key of a text; and width folding (NFKC of
 * full- and half-width forms) with a map back to the original offsets. The CJK and word classes
 * and the folding itself are the shared tokenizer's (`utils/tokenizer.ts`), in the matcher's
 * variants.
 */
import { runToEnd } from '../steps';
import { MATCHING_CJK, MATCHING_WORD_CHAR, WORD_CHARACTERS, fold, regExp } from '../tokenizer';

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
/** Characters NFKC changes that news pages use: full-width ASCII, half-width katakana, ideographic space. */
const NEEDS_FOLDING = /[\u3000\uFF01-\uFFEF]/;

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

/** Text folded for matching, with the offset in the original text of each folded position. */
export interface Folded {
  text: string;
  /** `offsets[i]` is where folded position i starts in the original; length text.length + 1. */
  offsets?: number[];
}

/** Characters folded between two chances to yield. */
const FOLD_CHARS_PER_STEP = 32_768;

/**
 * The tokenizer's `fold`, applied only to the full- and half-width forms (and the ideographic
 * space) news pages use, keeping a map back to the original offsets: the page's text is folded
 * character by character on the scan's hot path, and folding the rest would move offsets for
 * nothing a news alias needs.
 */
export function foldWidth(text: string): Folded {
  return runToEnd(foldWidthSteps(text));
}

/** `foldWidth` in steps, for a page's whole text (see `Matcher.findSteps`). */
export function* foldWidthSteps(text: string): Generator<void, Folded> {
  if (!NEEDS_FOLDING.test(text)) return { text };
  const parts: string[] = [];
  const offsets: number[] = [];
  for (let at = foldSome(text, 0, parts, offsets); at < text.length; at = foldSome(text, at, parts, offsets)) yield;
  offsets.push(text.length);
  return { text: parts.join(''), offsets };
}

/**
 * Folds about FOLD_CHARS_PER_STEP characters of `text` from `from` into `parts` and `offsets`;
 * returns where to go on. A plain function called once per step, so V8 can optimise its loop.
 */
function foldSome(text: string, from: number, parts: string[], offsets: number[]): number {
  let out = '';
  const to = Math.min(text.length, from + FOLD_CHARS_PER_STEP);
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    let unit = text[i]!;
    // A half-width voiced mark belongs to the kana before it: ﾊﾞ folds to one character, バ.
    const nextCode = text.charCodeAt(i + 1);
    if (code >= 0xff61 && (nextCode === 0xff9e || nextCode === 0xff9f)) unit += text[i + 1]!;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) unit += text[i + 1]!;
    const folded = code === 0x3000 || (code >= 0xff01 && code <= 0xffef) ? fold(unit) : unit;
    for (let k = 0; k < folded.length; k += 1) offsets.push(i);
    out += folded;
    i += unit.length;
  }
  parts.push(out);
  return i;
}
