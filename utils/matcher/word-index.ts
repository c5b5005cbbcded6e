/**
 * The word index, for large alias sets: whole-word aliases looked up word by word. The text's
 * words are read with one small regex, and each is looked up among the aliases that start with
 * it. Its cost does not grow with the number of aliases, unlike one regex of them all, which V8
 * must compile on every page (about 60 ms for 2,000 aliases) and the trie that builds it.
 */
import { type AliasData, type AliasMention, matchAt } from './aliases';
import type { Source } from './breaks';
import { LATIN_WORD, NON_WORD_BEYOND_ASCII, WORD_RUN } from './characters';

/**
 * Indexes (into the aliases, so longest first) of the word-indexable aliases by first word. Plain
 * JSON, built by the background: a page then has nothing to assemble, however many aliases.
 */
export type WordIndex = Record<string, number[]>;

/** Whether the word index can find the alias: a whole-word alias starting with a non-CJK word. */
export const wordIndexable = (a: AliasData) => a.firstWord !== undefined;

/** The word index of the aliases (given longest first). */
export function buildWordIndex(aliases: readonly AliasData[]): WordIndex {
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

/** Word runs read between two chances to yield. */
const RUNS_PER_STEP = 2048;

/** The longest valid alias at the start of each word of the text (aliases sorted longest first), in text order. */
export function* scanWordsSteps(source: Source, index: WordIndex, aliases: readonly AliasData[]): Generator<void, AliasMention[]> {
  const out: AliasMention[] = [];
  /** Where the next step goes on, and the first join after the current run's start. */
  const state = { at: 0, join: 1 };
  while (scanWordsSome(source, index, aliases, out, state)) yield;
  return out;
}

/**
 * `scanWordsSteps`'s work for up to RUNS_PER_STEP word runs from `state.at`, added to `out`;
 * false at the text's end. A plain function called once per step (see `scanSome`).
 */
function scanWordsSome(
  source: Source,
  index: WordIndex,
  aliases: readonly AliasData[],
  out: AliasMention[],
  state: { at: number; join: number },
): boolean {
  const { text, joinStarts, breaks } = source;
  const lookUp = (word: string, start: number) => {
    const key = word.toLowerCase();
    // Own keys only: a word such as "constructor" must not find Object.prototype's.
    const hit =
      Object.hasOwn(index, key) &&
      matchAt(
        source,
        start,
        index[key]!.map((i) => aliases[i]!),
      );
    if (hit) out.push(hit);
  };
  const lookUpRun = (run: string, start: number) => {
    if (!NEEDS_WORD_RUN.test(run)) return lookUp(run, start);
    WORD_RUN.lastIndex = 0;
    for (let w = WORD_RUN.exec(run); w; w = WORD_RUN.exec(run)) lookUp(w[0], start + w.index);
  };
  // Asking `breaks` for every word cost more than the lookups: only runs that straddle a join do.
  let { join } = state;
  ROUGH_WORD_RUN.lastIndex = state.at;
  for (let n = 0; n < RUNS_PER_STEP; n += 1) {
    const m = ROUGH_WORD_RUN.exec(text);
    if (!m) return false;
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
  state.at = ROUGH_WORD_RUN.lastIndex;
  state.join = join;
  return true;
}
