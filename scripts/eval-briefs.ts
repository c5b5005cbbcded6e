/**
 * `npm run eval:briefs`: top-1 accuracy and mean reciprocal rank of the brief ranking over the
 * project's own news-style test pages (tests/fixtures/briefs/cases.json), each with the passage a
 * knowledgeable reader would want first. Pages go through the same scan as the extension. Figures
 * are given per language, and per half: within each language, cases at even positions tune the
 * ranking, cases at odd positions are held out. `-- --alternatives` also measures the other
 * cross-language contexts (scripts/eval/alternatives.ts).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import index from '../data/commentary.json';
import { createRanker, type RankerOptions } from '../utils/brief';
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

export interface Figures {
  pages: number;
  top1: number;
  mrr: number;
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

/** The case's language, English unless marked. */
export const caseLanguage = (c: BriefCase): string => c.lang ?? 'en';

/**
 * The fixed split: within each language, the case at an even position (0, 2, …) is for tuning,
 * the one at an odd position is held out. Adding a case at the end never moves another.
 */
export function caseHalf(cases: readonly BriefCase[], i: number): 'tuning' | 'held-out' {
  const lang = caseLanguage(cases[i]!);
  const position = cases.slice(0, i).filter((c) => caseLanguage(c) === lang).length;
  return position % 2 === 0 ? 'tuning' : 'held-out';
}

/** Top-1 accuracy and MRR over the cases the filter keeps. */
export function figuresOf(
  cases: readonly BriefCase[],
  results: readonly CaseResult[],
  keep: (c: BriefCase, i: number) => boolean = () => true,
): Figures {
  const kept = results.filter((_, i) => keep(cases[i]!, i));
  const right = results.filter((r, i) => keep(cases[i]!, i) && r.first === cases[i]!.best).length;
  const mrr = kept.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0);
  return { pages: kept.length, top1: right / Math.max(kept.length, 1), mrr: mrr / Math.max(kept.length, 1) };
}

/** Runs every case through the page scan and the ranking. */
export function evaluateBriefs(
  cases: readonly BriefCase[],
  options: RankerOptions = {},
): { results: CaseResult[]; top1: number; mrr: number } {
  const ranker = createRanker(index.commentaries, options);
  const matcher = compileMatcher(DEFAULT_TOPICS);
  const results = cases.map((c) => {
    const { document } = parseHTML(casePage(c));
    const analysis = analyzePage(document, matcher);
    const topic = DEFAULT_TOPICS.find((t) => t.id === c.topic);
    if (!topic || !analysis.topics.some((t) => t.topicId === c.topic)) return { id: c.id, rank: 0, first: undefined };
    const context = contextFor(analysis, c.topic, findPageDate(document));
    const order = ranker.rank(topic, context, DEFAULT_TOPICS);
    return { id: c.id, rank: order.indexOf(c.best) + 1, first: ranker.brief(topic, context, 3, DEFAULT_TOPICS)[0]?.passageId };
  });
  return { results, ...figuresOf(cases, results) };
}

/** One row per language and half, for a table. */
export function figureRows(cases: readonly BriefCase[], results: readonly CaseResult[]): Array<Record<string, string | number>> {
  const languages = [...new Set(cases.map(caseLanguage))];
  return languages.flatMap((lang) =>
    (['all', 'tuning', 'held-out'] as const).map((half) => {
      const f = figuresOf(cases, results, (c, i) => caseLanguage(c) === lang && (half === 'all' || caseHalf(cases, i) === half));
      return { language: lang, half, pages: f.pages, 'top-1 %': +(f.top1 * 100).toFixed(1), MRR: +f.mrr.toFixed(3) };
    }),
  );
}

async function main() {
  const cases = loadCases();
  const { results, top1, mrr } = evaluateBriefs(cases);
  for (const [i, r] of results.entries()) {
    const mark = r.first === cases[i]!.best ? 'ok  ' : 'MISS';
    const half = caseHalf(cases, i) === 'tuning' ? 'T' : 'H';
    console.log(
      `${mark} ${half} ${r.id.padEnd(30)} rank ${r.rank || '-'}${r.first === cases[i]!.best ? '' : `  (first: ${r.first ?? 'none'})`}`,
    );
  }
  console.log(`${results.length} pages: top-1 accuracy ${(top1 * 100).toFixed(1)}%, mean reciprocal rank ${mrr.toFixed(3)}`);
  console.table(figureRows(cases, results));
  if (process.argv.includes('--alternatives')) {
    const { alternatives } = await import('./eval/alternatives');
    const rows = alternatives(index.commentaries as Commentary[]).map(({ name, options }) => {
      const run = evaluateBriefs(cases, options);
      const ja = (half?: string) =>
        figuresOf(cases, run.results, (c, i) => caseLanguage(c) === 'ja' && (!half || caseHalf(cases, i) === half));
      const en = figuresOf(cases, run.results, (c) => caseLanguage(c) === 'en');
      const [all, held] = [ja(), ja('held-out')];
      return {
        context: name,
        'en top-1 %': +(en.top1 * 100).toFixed(1),
        'en MRR': +en.mrr.toFixed(3),
        'ja top-1 %': +(all.top1 * 100).toFixed(1),
        'ja MRR': +all.mrr.toFixed(3),
        'ja held-out top-1 %': +(held.top1 * 100).toFixed(1),
        'ja held-out MRR': +held.mrr.toFixed(3),
      };
    });
    console.table(rows);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
