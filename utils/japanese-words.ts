/**
 * Japanese words a lexicon knows, by longest-match lookup: what the cross-language glossary
 * translates. The floor that needs no dictionary, character bigrams of CJK runs, is the shared
 * tokenizer's (`utils/tokenizer.ts`), as is the folding. Pure.
 */
import { fold, hasCjk } from './tokenizer';

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

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
    const folded = fold(w);
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
  const folded = fold(text);
  const found: FoundWord[] = [];
  let i = 0;
  while (i < folded.length) {
    const atStart = hasCjk(folded[i]!) || (LATIN_OR_DIGIT.test(folded[i]!) && !LATIN_OR_DIGIT.test(folded[i - 1] ?? ' '));
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
