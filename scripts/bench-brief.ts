/**
 * `npm run bench:brief`: time to compute a brief (as the background does, index already built),
 * p50/p95 over the contexts of the eval pages, for the bundled index and for a synthetic index of
 * 5,000 passages made by recombining the real passages' sentences (stated in the output). Beside
 * it, in the same run, a plain baseline without ranking: the first three passages that mention
 * the topic. English and Japanese pages are timed apart (a Japanese context is also rendered in
 * English first), and so is the start-up: building the ranker, and the translator a first
 * Japanese brief builds.
 */
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import index from '../data/commentary.json';
import { createRanker, type PageContext } from '../utils/brief';
import type { Commentary } from '../utils/commentary';
import { createTranslator, GLOSSARY, topicRenderings } from '../utils/cross-language';
import { analyzePage, contextFor } from '../utils/dom/analyze-page';
import { findPageDate } from '../utils/dom/page-text';
import { compileMatcher } from '../utils/matcher';
import { DEFAULT_TOPICS, type Topic } from '../utils/topics';
import { syntheticIndex } from './bench/synthetic';
import { caseLanguage, casePage, loadCases } from './eval-briefs';

const REPEATS = Number(process.env.REPEATS ?? 20);
const real = index.commentaries as Commentary[];

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function measure(commentaries: Commentary[], contexts: ReadonlyArray<{ topic: Topic; context: PageContext }>) {
  const ranker = createRanker(commentaries);
  // The same ranking without the English rendering of a Japanese context: what it costs, side by side.
  const monolingual = createRanker(commentaries, { translatorFor: () => ({ translate: () => [] }) });
  const baselineHits = new Map<string, string[]>();
  const baseline = (topic: Topic) => {
    let ids = baselineHits.get(topic.id);
    if (!ids) {
      const matcher = compileMatcher([topic]);
      ids = commentaries.flatMap((c) => c.passages.filter((p) => matcher.find(p.text).length).map((p) => p.id));
      baselineHits.set(topic.id, ids);
    }
    return ids.slice(0, 3);
  };
  // Warm-up: the background keeps per-topic mention counts after the first brief for a topic.
  for (const { topic, context } of contexts) {
    ranker.brief(topic, context, 3, DEFAULT_TOPICS);
    monolingual.brief(topic, context, 3, DEFAULT_TOPICS);
    baseline(topic);
  }
  const ours: number[] = [];
  const withoutRendering: number[] = [];
  const plain: number[] = [];
  for (let r = 0; r < REPEATS; r += 1) {
    for (const { topic, context } of contexts) {
      let t0 = performance.now();
      ranker.brief(topic, context, 3, DEFAULT_TOPICS);
      ours.push(performance.now() - t0);
      t0 = performance.now();
      monolingual.brief(topic, context, 3, DEFAULT_TOPICS);
      withoutRendering.push(performance.now() - t0);
      t0 = performance.now();
      baseline(topic);
      plain.push(performance.now() - t0);
    }
  }
  return { ours, withoutRendering, plain };
}

/** Median of `runs` timings of `work`. */
function medianOf(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return percentile(times, 0.5);
}

function main() {
  const matcher = compileMatcher(DEFAULT_TOPICS);
  const contexts = loadCases().map((c) => {
    const { document } = parseHTML(casePage(c));
    const analysis = analyzePage(document, matcher);
    return {
      lang: caseLanguage(c),
      topic: DEFAULT_TOPICS.find((t) => t.id === c.topic)!,
      context: contextFor(analysis, c.topic, findPageDate(document)),
    };
  });
  const rows = [
    { name: 'bundled index', commentaries: real },
    { name: 'synthetic 5,000 passages (recombined real sentences)', commentaries: syntheticIndex(5000) },
  ].flatMap(({ name, commentaries }) =>
    ['en', 'ja'].map((lang) => {
      const { ours, withoutRendering, plain } = measure(
        commentaries,
        contexts.filter((c) => c.lang === lang),
      );
      const passages = commentaries.reduce((n, c) => n + c.passages.length, 0);
      return {
        index: name,
        pages: lang,
        passages,
        'ranked p50 ms': +percentile(ours, 0.5).toFixed(3),
        'ranked p95 ms': +percentile(ours, 0.95).toFixed(3),
        'without rendering p50 ms': +percentile(withoutRendering, 0.5).toFixed(3),
        'without rendering p95 ms': +percentile(withoutRendering, 0.95).toFixed(3),
        'baseline p50 ms': +percentile(plain, 0.5).toFixed(4),
        'baseline p95 ms': +percentile(plain, 0.95).toFixed(4),
      };
    }),
  );
  console.table(rows);
  console.log(`${contexts.length} page contexts × ${REPEATS} repeats per index; target: ranked p95 ≤ 10 ms at 5,000 passages`);
  const aliases = topicRenderings(DEFAULT_TOPICS);
  console.table([
    { 'start-up step': 'ranker over the bundled index', 'median ms': +medianOf(21, () => createRanker(real)).toFixed(3) },
    {
      'start-up step': `translator (${GLOSSARY.length} glossary entries + ${aliases.length} aliases)`,
      'median ms': +medianOf(21, () => createTranslator([...GLOSSARY, ...aliases])).toFixed(3),
    },
  ]);
}

main();
