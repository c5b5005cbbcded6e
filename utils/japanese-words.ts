/**
 * Japanese text into words for ranking: character bigrams of CJK runs (the floor, needing no
 * dictionary), and longest-match lookup of the words a lexicon knows. Pure, and kept apart from
 * the ranking so that matching and search can share it (one tokenizer for words, CJK bigrams and
 * folding).
 */

/** Han, Hiragana and Katakana, with the long-vowel mark: the characters ranking and search read as bigrams. */
const CJK_CLASS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー`;
/** A run of CJK characters (global: for `matchAll` and `replace`). */
export const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'gu');
/** One CJK character. */
export const CJK_CHARACTER = new RegExp(`[${CJK_CLASS}]`, 'u');
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** True when the text holds any Japanese (or other CJK) character. */
export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

/** Character bigrams of one CJK run; a single character stands for itself. */
export function cjkBigrams(run: string): string[] {
  if (run.length === 1) return [run];
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i += 1) out.push(run.slice(i, i + 2));
  return out;
}

/** A set of words with the length of its longest, for longest-match lookup. */
export interface Lexicon {
  has(word: string): boolean;
  readonly maxLength: number;
}

/** A lexicon of the given words, NFKC-folded as the text they are looked up in will be. */
export function createLexicon(words: Iterable<string>): Lexicon {
  const set = new Set<string>();
  let maxLength = 0;
  for (const w of words) {
    const folded = w.normalize('NFKC');
    if (!folded) continue;
    set.add(folded);
    maxLength = Math.max(maxLength, folded.length);
  }
  return { has: (w) => set.has(w), maxLength };
}

/** A word the lexicon knows, where it starts in the NFKC-folded text. */
export interface FoundWord {
  word: string;
  index: number;
}

/**
 * The lexicon's words in the text, left to right, longest first at each place and never
 * overlapping ("北方領土問題" is one word when the lexicon has it, else "北方領土" then "問題").
 * A word may start only at a CJK character or at the start of a Latin or digit run, so "IT企業"
 * is found in "IT企業" but "T企業" is never tried.
 */
export function lexiconWords(text: string, lexicon: Lexicon): FoundWord[] {
  const folded = text.normalize('NFKC');
  const found: FoundWord[] = [];
  let i = 0;
  while (i < folded.length) {
    const atStart = HAS_CJK.test(folded[i]!) || (LATIN_OR_DIGIT.test(folded[i]!) && !LATIN_OR_DIGIT.test(folded[i - 1] ?? ' '));
    let length = 0;
    if (atStart) {
      for (let n = Math.min(lexicon.maxLength, folded.length - i); n >= 1; n -= 1) {
        if (lexicon.has(folded.slice(i, i + n))) {
          length = n;
          break;
        }
      }
    }
    if (length) {
      found.push({ word: folded.slice(i, i + length), index: i });
      i += length;
    } else i += 1;
  }
  return found;
}
