/**
 * The one tokenizer of the core: the character classes that decide what a word and a CJK run are,
 * the one folding (NFKC), and text split into words and CJK bigrams. Matching
 * (`utils/matcher/characters.ts`), ranking (`utils/terms.ts`), search (`utils/search-candidates.ts`)
 * and the lexicon (`utils/japanese-words.ts`) all build on it. Where their semantics legitimately
 * differ, the difference is a named variant here, with the reason beside it. Pure.
 *
 * Classes are regex source (the inside of `[...]`, `u` flag), so that each reader builds the one
 * regex it needs; the content script then carries only the matcher's.
 */

/** Han, Hiragana and Katakana: the scripts Japanese (and Chinese) write without spaces between words. */
export const HAN_KANA = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';

/**
 * The prolonged sound mark ー (U+30FC). Its script is Common, so HAN_KANA misses it, yet it is part
 * of a katakana word ("パーティー"): every variant below that reads Japanese words adds it.
 */
export const LONG_VOWEL_MARK = 'ー';

/**
 * CJK as ranking and search read it: HAN_KANA and ー, taken as runs and cut into bigrams. Hangul is
 * not in it: Korean writes spaces between words, so ranking and search read it as words of
 * WORD_CHARACTERS (`eval:briefs` is tuned on that, and its figures would move).
 */
export const BIGRAM_CJK = HAN_KANA + LONG_VOWEL_MARK;

/**
 * CJK as the matcher reads it: HAN_KANA and Hangul. An alias in these scripts matches as a
 * substring, and a character of them ends a word of another script ("DPRKと" is a whole-word
 * "DPRK"). Hangul is in it, unlike BIGRAM_CJK: Korean attaches particles to a noun without a space
 * ("북한은"), so a Korean alias must match inside such a word, as a Japanese one does. ー is not
 * (an alias of ー alone is no CJK alias), but MATCHING_WORD_CHAR excludes it too.
 */
export const MATCHING_CJK = `${HAN_KANA}\\p{Script=Hangul}`;

/** Letters and digits: the characters of a word for ranking and search. */
export const WORD_CHARACTERS = '\\p{L}\\p{N}';

/**
 * One character that continues a word for the matcher: a letter, digit, combining mark or `_`, but
 * no MATCHING_CJK character and no ー (Japanese runs "DPRKと" together without spaces, and that is
 * still a whole-word "DPRK"). Marks and `_` never end a word there (no alias is found inside
 * "Hokkaido\u0304an" written with a combining macron); ranking and search split at both
 * (WORD_CHARACTERS: NFKC composes most marks first, and `eval:briefs` is tuned on their words).
 */
export const MATCHING_WORD_CHAR = `(?![${MATCHING_CJK}${LONG_VOWEL_MARK}])[${WORD_CHARACTERS}\\p{M}_]`;

/**
 * A regex of `parts` joined. Written as `/* @__PURE__ *\/ regExp(...)` at a module's top level, a
 * regex the bundle never uses is dropped whole, whereas `new RegExp` of a template literal leaves
 * the template behind as a stray expression (bytes in the content script).
 */
export function regExp(flags: string, ...parts: string[]): RegExp {
  return new RegExp(parts.join(''), flags);
}

/** A run of CJK characters as ranking and search read it (global: for `matchAll` and `replace`). */
export const CJK_RUN = /* @__PURE__ */ regExp('gu', '[', BIGRAM_CJK, ']+');
/** One CJK character as ranking and search read it. */
export const CJK_CHARACTER = /* @__PURE__ */ regExp('u', '[', BIGRAM_CJK, ']');
const HAS_CJK = /* @__PURE__ */ regExp('u', '[', HAN_KANA, ']');

/** True when the text holds any Japanese (or Chinese) character. */
export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

/** CJK text as a Japanese site may write a line: HAN_KANA, the long-vowel mark, CJK punctuation (「」【】。) and full-width forms. */
const JAPANESE_LINE_TEXT = /* @__PURE__ */ regExp('u', '[', BIGRAM_CJK, '\\u3000-\\u303f\\uff00-\\uffef]');

/** True when a line holds text a Japanese site's notice needs (`japanese-notices`): any CJK character, punctuation included. */
export function hasJapaneseLineText(text: string): boolean {
  return JAPANESE_LINE_TEXT.test(text);
}

/**
 * Characters that sit inside words and show nothing: the soft hyphen (German and Swiss sites
 * hyphenate every long word with it: "Af\u00adgha\u00adni\u00adstan"), the word joiner and the
 * zero-width no-break space (a stray byte-order mark). NFKC keeps them. The zero-width space is
 * not one of them: pages also put it between words, as a place to break a line.
 */
const INVISIBLE_IN_WORDS = /[\u00ad\u2060\ufeff]/g;

/**
 * The one folding: Unicode NFKC, which makes full-width ASCII plain ASCII, half-width katakana
 * full-width (ﾊﾞ to バ) and the ideographic space a space, without the invisible characters inside
 * words (INVISIBLE_IN_WORDS). Ranking, search and the lexicon fold a whole text; the matcher folds
 * only the characters news pages need folded, keeping a map back to the page's offsets
 * (`foldWidth` in `utils/matcher/width-fold.ts`), with this function.
 */
export function fold(text: string): string {
  // Dropped first: a soft hyphen between a kana and its voiced mark would keep them apart.
  return text.replace(INVISIBLE_IN_WORDS, '').normalize('NFKC');
}

/** Character bigrams of one CJK run; a single character stands for itself. */
export function cjkBigrams(run: string): string[] {
  if (run.length === 1) return [run];
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i += 1) out.push(run.slice(i, i + 2));
  return out;
}

/**
 * A folded text into words (outside CJK runs, as `word` finds them, global) and the bigrams of its
 * CJK runs: what ranking and search index. The caller folds, and lower-cases where it wants to.
 */
export function wordsAndBigrams(folded: string, word: RegExp): { words: string[]; grams: string[] } {
  return {
    words: Array.from(folded.replace(CJK_RUN, ' ').matchAll(word), (m) => m[0]),
    grams: Array.from(folded.matchAll(CJK_RUN), (m) => cjkBigrams(m[0])).flat(),
  };
}
