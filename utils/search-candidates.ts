/**
 * A cheap candidate filter in front of fuse.js: fuse.js scans every document on every keystroke,
 * a cost that grows with the index (`npm run bench:search` measures it), so a word index first
 * picks the few hundred passages that can match, and fuse.js ranks only those. Pure.
 *
 * Words match by prefix (typing "Kur" finds "Kurils"); a word with no prefix match falls back to
 * the vocabulary words sharing half its trigrams ("olympcs" finds "olympics"); Japanese and other
 * CJK text is indexed by character bigrams. Query words are ANDed, as in fuse's extended search.
 */
import type { SearchDoc } from './search';
import { lowerBound } from './sorted';
import { CJK_CHARACTER, WORD_CHARACTERS, fold, wordsAndBigrams } from './tokenizer';

const LATIN_WORDS = new RegExp(`[${WORD_CHARACTERS}]+`, 'gu');
/** A word in the title, topics, section or author counts this much more than one in the text. */
const HEAD_WEIGHT = 3;

export interface CandidateIndex {
  /**
   * Document indexes that can match `query`, best first, at most `max`, among those `accept`
   * allows (the reader's filters); undefined when the query has nothing to filter on (only
   * one-letter words or exclusions), so every document is a candidate.
   */
  candidates(query: string, max: number, accept?: (doc: number) => boolean): number[] | undefined;
}

function trigrams(word: string): Set<string> {
  const padded = ` ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  return out;
}

/** Latin words (without CJK) and CJK bigrams of a text, lower-cased and NFKC-folded. */
function keys(text: string): { words: string[]; grams: string[] } {
  return wordsAndBigrams(fold(text).toLowerCase(), LATIN_WORDS);
}

/** Indexes the documents' words and bigrams with a per-document weight. */
export function buildCandidateIndex(docs: readonly SearchDoc[]): CandidateIndex {
  const postings = new Map<string, Map<number, number>>();
  const add = (key: string, doc: number, weight: number) => {
    let list = postings.get(key);
    if (!list) postings.set(key, (list = new Map()));
    if ((list.get(doc) ?? 0) < weight) list.set(doc, weight);
  };
  docs.forEach((d, i) => {
    for (const [text, weight] of [
      [`${d.title} ${d.topics.join(' ')} ${d.section} ${d.author}`, HEAD_WEIGHT],
      [d.text, 1],
    ] as const) {
      const { words, grams } = keys(text);
      for (const w of words) add(w, i, weight);
      for (const g of grams) add(g, i, weight);
    }
  });
  const vocabulary = [...postings.keys()].filter((k) => !CJK_CHARACTER.test(k)).sort();

  /** Vocabulary words starting with `prefix` (binary search over the sorted list). */
  const withPrefix = (prefix: string): string[] => {
    const out: string[] = [];
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i += 1)
      out.push(vocabulary[i]!);
    return out;
  };
  /** Vocabulary words sharing at least half of the word's trigrams: typo tolerance. */
  const similar = (word: string): string[] => {
    const mine = trigrams(word);
    return vocabulary.filter((v) => {
      if (Math.abs(v.length - word.length) > 3) return false;
      let shared = 0;
      for (const t of trigrams(v)) if (mine.has(t)) shared += 1;
      return shared / mine.size >= 0.5;
    });
  };
  /** Documents (with weights) holding any of the keys. */
  const union = (list: readonly string[]) => {
    const docsOf = new Map<number, number>();
    for (const k of list) for (const [doc, w] of postings.get(k) ?? []) docsOf.set(doc, Math.max(docsOf.get(doc) ?? 0, w));
    return docsOf;
  };

  return {
    candidates(query, max, accept) {
      const sets: Array<Map<number, number>> = [];
      for (const raw of query.split(/\s+/)) {
        // Exclusions narrow nothing here; fuse applies them. Extended-search operators are not words.
        if (!raw || raw.startsWith('-') || raw.startsWith('!')) continue;
        const { words, grams } = keys(raw.replace(/^['=^]|[$"]$|^"/g, ''));
        for (const g of grams.length ? [grams] : []) {
          // Every bigram of a Japanese word must be there.
          let docs = union([g[0]!]);
          for (const next of g.slice(1)) {
            const more = union([next]);
            docs = new Map([...docs].filter(([d]) => more.has(d)));
          }
          sets.push(docs);
        }
        for (const w of words) {
          if (w.length < 2) continue;
          let found = union(withPrefix(w));
          if (found.size === 0 && w.length >= 4) found = union(similar(w));
          sets.push(found);
        }
      }
      if (sets.length === 0) return undefined;
      sets.sort((a, b) => a.size - b.size);
      const [smallest, ...rest] = sets;
      const scored: Array<[number, number]> = [];
      for (const [doc, w] of smallest!) {
        let score = w;
        let everywhere = true;
        for (const s of rest) {
          const ws = s.get(doc);
          if (ws === undefined) {
            everywhere = false;
            break;
          }
          score += ws;
        }
        if (everywhere && (!accept || accept(doc))) scored.push([doc, score]);
      }
      return scored
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, max)
        .map(([doc]) => doc);
    },
  };
}
