/**
 * Word edges for Japanese aliases, which match inside text because Japanese puts no spaces between
 * words: a hit whose first character ends a word that began before it ("国後", Kunashiri, in 帰国後,
 * "after returning home") or whose last character begins a word that runs on past it ("イスラム国"
 * in イスラム国際, "Islamic international") is no mention. A hit that begins a longer word is one
 * (国後島, Kunashiri Island). The words are ICU's dictionary words (`Intl.Segmenter`), asked only
 * where a hit's kanji touches another kanji in its block, over a few characters around it.
 */
import { type Source } from './breaks';

/**
 * Kanji (and the iteration mark 々). A word boundary is in doubt only between two kanji: kana next
 * to a hit is a particle or an ending ("国後に", "to Kunashiri", however the dictionary joins
 * "後に", "later"), and a change between katakana and kanji ends a word ("イスラム国が").
 */
const KANJI = /[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Characters each side of a hit given to the segmenter: more than any dictionary word it would find there. */
const WINDOW = 8;

let segmenter: Intl.Segmenter | null | undefined;
/** The word segmenter, made at the first hit that needs it (it loads a dictionary: ~10 ms once); null where the engine has none. */
function japaneseSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  return segmenter;
}

/** Where the block holding offset `at` starts, at most `limit` before it (`Source.breaks` tells block breaks apart). */
function blockStart({ breaks }: Source, at: number, limit: number): number {
  let start = limit;
  if (!breaks) return start;
  for (let b = breaks(start, at); b >= 0 && b <= at; b = b < at ? breaks(b + 1, at) : -1) start = b;
  return start;
}

/** Where the block holding the text before offset `at` ends, at most `limit` after it. */
function blockEnd({ breaks }: Source, at: number, limit: number): number {
  const b = breaks ? breaks(at, limit) : -1;
  return b >= 0 ? b : limit;
}

/**
 * Hits whose edges are looked up per text: 10–20 µs each (a segmenter call on a few characters;
 * on a whole text V8's segmenter is far slower, so texts are never segmented whole). Past them, on a
 * page that repeats a word thousands of times, hits stand as they would without the check.
 */
export const MAX_EDGE_LOOKUPS = 4096;

/** Per text: the last hit asked about and its verdict (a failing hit is asked again by the fallback to shorter aliases), and the lookups made. */
interface Asked {
  start: number;
  end: number;
  ok: boolean;
  lookups: number;
}
const asked = new WeakMap<Source, Asked>();

/** Whether a Japanese alias's hit from `start` to `end` begins and ends on word edges (see the module's comment). */
export function japaneseWordEdgesOk(source: Source, start: number, end: number): boolean {
  let state = asked.get(source);
  if (!state) asked.set(source, (state = { start: -1, end: -1, ok: true, lookups: 0 }));
  if (state.start === start && state.end === end) return state.ok;
  state.start = start;
  state.end = end;
  state.ok = state.lookups >= MAX_EDGE_LOOKUPS || onWordEdges(source, start, end, state);
  return state.ok;
}

/** `japaneseWordEdgesOk` itself, counting its lookups in `state`. */
function onWordEdges(source: Source, start: number, end: number, state: Asked): boolean {
  const { text } = source;
  const from = blockStart(source, start, Math.max(0, start - WINDOW));
  const to = blockEnd(source, end, Math.min(text.length, end + WINDOW));
  const before = from < start && KANJI.test(text[start]!) && KANJI.test(text[start - 1]!);
  const after = end < to && KANJI.test(text[end - 1]!) && KANJI.test(text[end]!);
  const words = (before || after) && japaneseSegmenter();
  if (!words) return true;
  state.lookups += 1;
  try {
    for (const { index, segment } of words.segment(text.slice(from, to))) {
      const wordStart = from + index;
      const wordEnd = wordStart + segment.length;
      if (wordStart >= end) break;
      // A word that takes the hit's first character into the word before (帰国|後), or its last into
      // the word after (イスラム|国家). One that takes more keeps the alias's own word whole with a
      // prefix or suffix (日米|同盟軍): the dictionary's compounds are no edge.
      if ((before && wordStart < start && wordEnd === start + 1) || (after && wordStart === end - 1 && wordEnd > end)) return false;
    }
  } catch {
    // An engine whose segmenter fails: the hit stands, as without one.
  }
  return true;
}
