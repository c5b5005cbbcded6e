/**
 * `npm run eval:briefs`: top-1 accuracy and mean reciprocal rank of the brief ranking over the
 * project's own news-style test pages (tests/fixtures/briefs/cases.json), each with the passage a
 * knowledgeable reader would want first. Pages go through the same scan as the extension.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import index from '../data/commentary.json';
import { createRanker } from '../utils/brief';
import type { Commentary } from '../utils/commentary';
import { analyzePage, contextFor } from '../utils/dom/analyze-page';
import { findPageDate } from '../utils/dom/page-text';
import { compileMatcher } from '../utils/matcher';
import { DEFAULT_TOPICS } from '../utils/topics';

export interface BriefCase {
  id: string;
  topic: string;
  best: string;
  date: string;
  lang?: string;
  headline: string;
  body: string[];
}

export interface CaseResult {
  id: string;
  /** 1-based rank of the expected passage among the candidates; 0 when it is not among them. */
  rank: number;
  /** The first excerpt the card shows. */
  first: string | undefined;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A case as the HTML page a reader would open. */
export function casePage(c: BriefCase): string {
  return `<!doctype html><html lang="${c.lang ?? 'en'}"><head><meta charset="utf-8"><title>${escape(c.headline)}</title>
<meta property="article:published_time" content="${c.date}T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${escape(c.headline)}</h1>${c.body.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`;
}

export function loadCases(file = 'tests/fixtures/briefs/cases.json'): BriefCase[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: BriefCase[] }).cases;
}

/** Runs every case through the page scan and the ranking. */
export function evaluateBriefs(cases: readonly BriefCase[]): { results: CaseResult[]; top1: number; mrr: number } {
  const ranker = createRanker(index.commentaries as Commentary[]);
  const matcher = compileMatcher(DEFAULT_TOPICS);
  const results = cases.map((c) => {
    const { document } = parseHTML(casePage(c));
    const analysis = analyzePage(document as unknown as Document, matcher);
    const topic = DEFAULT_TOPICS.find((t) => t.id === c.topic);
    if (!topic || !analysis.topics.some((t) => t.topicId === c.topic)) return { id: c.id, rank: 0, first: undefined };
    const context = contextFor(analysis, c.topic, findPageDate(document as unknown as Document));
    const order = ranker.rank(topic, context, DEFAULT_TOPICS);
    return { id: c.id, rank: order.indexOf(c.best) + 1, first: ranker.brief(topic, context, 3, DEFAULT_TOPICS)[0]?.passageId };
  });
  const top1 = results.filter((r, i) => r.first === cases[i]!.best).length / results.length;
  const mrr = results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / results.length;
  return { results, top1, mrr };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = loadCases();
  const { results, top1, mrr } = evaluateBriefs(cases);
  for (const [i, r] of results.entries()) {
    const mark = r.first === cases[i]!.best ? 'ok  ' : 'MISS';
    console.log(`${mark} ${r.id.padEnd(26)} rank ${r.rank || '-'}${r.first === cases[i]!.best ? '' : `  (first: ${r.first ?? 'none'})`}`);
  }
  console.log(`${results.length} pages: top-1 accuracy ${(top1 * 100).toFixed(1)}%, mean reciprocal rank ${mrr.toFixed(3)}`);
}
