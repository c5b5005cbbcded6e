/**
 * `npm run bench:search`: per-keystroke latency of the popup's search (fuse.js, as the popup
 * builds it) for 50 realistic queries typed character by character, over the bundled index and
 * synthetic indexes of 5,000 and 20,000 passages (recombined real sentences). Beside it, in the
 * same run, MiniSearch over the same documents, and recall@5 of MiniSearch against fuse.js.
 */
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import index from '../data/commentary.json';
import type { Commentary } from '../utils/commentary';
import { buildSearchDocs, createSearcher, FUSE_OPTIONS } from '../utils/search';
import { DEFAULT_TOPICS } from '../utils/topics';
import { syntheticIndex } from './bench/synthetic';

/** What readers type: names, places, half-remembered phrases, Japanese, extended syntax. */
export const QUERIES = [
  'Kurils',
  'Northern Territories',
  'Jack Ma',
  'Haqqani',
  'frozen assets',
  'refugees Pakistan',
  'Good Neighbor Treaty',
  'Digital Agency',
  'hanko',
  'Albright',
  'DDR',
  'Olympics cancel',
  'peace treaty',
  'Suga Russia',
  'Putin constitution',
  'ISIS-K',
  'Kim Jong-il',
  'abduction',
  'GAFA antitrust',
  'Baradar',
  'Qatar',
  'Biden midterm',
  'civil war',
  'poppy',
  'Gromyko',
  'Navalny',
  'Fiona Hill',
  'KGB',
  'Singapore summit',
  '1956 declaration',
  'Etorofu',
  'Shikotan',
  'Brezhnev',
  'Xi Jinping',
  'platformers',
  'My Number',
  'Tokyo Games',
  'IOC',
  'Greek team',
  'insight diplomacy',
  'Hakamada',
  'Watanabe',
  'Tokiwa',
  '北方領土',
  'タリバン',
  '習近平',
  'アリババ',
  '日米同盟',
  '"peace treaty" -Abe',
  'Ant Group',
];

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function measure(name: string, commentaries: Commentary[]) {
  const fuse = createSearcher(commentaries, DEFAULT_TOPICS);
  const docs = buildSearchDocs(commentaries, DEFAULT_TOPICS).map((d, id) => ({ ...d, id, topics: d.topics.join(' ') }));
  const mini = new MiniSearch({
    fields: ['title', 'topics', 'section', 'author', 'text'],
    storeFields: ['commentaryId'],
    searchOptions: { boost: { title: 3, topics: 2.5, section: 1.5, author: 1.5 }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(docs);
  const miniTop = (q: string) => {
    const ids: string[] = [];
    for (const r of mini.search(q)) {
      const id = r['commentaryId'] as string;
      if (!ids.includes(id)) ids.push(id);
      if (ids.length === 5) break;
    }
    return ids;
  };
  const fuseTimes: number[] = [];
  const miniTimes: number[] = [];
  const alone = new Fuse(buildSearchDocs(commentaries, DEFAULT_TOPICS), FUSE_OPTIONS);
  const aloneTop = (q: string) => [...new Set(alone.search(q).map((r) => r.item.commentaryId))].slice(0, 5);
  let recall = 0;
  let filteredRecall = 0;
  let counted = 0;
  for (const q of QUERIES) {
    for (let k = 1; k <= q.length; k += 1) {
      const prefix = q.slice(0, k);
      let t0 = performance.now();
      fuse.search(prefix, {}, 20);
      fuseTimes.push(performance.now() - t0);
      t0 = performance.now();
      miniTop(prefix);
      miniTimes.push(performance.now() - t0);
    }
    const expected = fuse.search(q, {}, 5).map((r) => r.commentary.id);
    if (expected.length) {
      const got = new Set(miniTop(q));
      recall += expected.filter((id) => got.has(id)).length / expected.length;
      counted += 1;
    }
    const unfiltered = aloneTop(q);
    const ours = new Set(expected);
    filteredRecall += unfiltered.length ? unfiltered.filter((id) => ours.has(id)).length / unfiltered.length : 1;
  }
  return {
    index: name,
    passages: docs.length,
    keystrokes: fuseTimes.length,
    'fuse p50 ms': +percentile(fuseTimes, 0.5).toFixed(2),
    'fuse p95 ms': +percentile(fuseTimes, 0.95).toFixed(2),
    'MiniSearch p50 ms': +percentile(miniTimes, 0.5).toFixed(2),
    'MiniSearch p95 ms': +percentile(miniTimes, 0.95).toFixed(2),
    'MiniSearch recall@5 vs fuse': +(recall / Math.max(counted, 1)).toFixed(2),
    'filtered recall@5 vs fuse alone': +(filteredRecall / QUERIES.length).toFixed(2),
  };
}

const sizes = (process.env.SIZES ?? '5000,20000').split(',').map(Number);
const rows = [
  measure('bundled', index.commentaries),
  ...sizes.map((n) => measure(`synthetic ${n} (recombined real sentences)`, syntheticIndex(n))),
];
console.table(rows);
console.log(
  `${QUERIES.length} queries typed a character at a time; target: fuse p95 ≤ 16 ms per keystroke at 5,000 passages. ` +
    'From 400 passages on, a word index picks at most 80 candidates for fuse.js (utils/search-candidates.ts); ' +
    '"filtered recall@5 vs fuse alone" compares the top 5 commentaries with what fuse.js alone finds over every passage.',
);
