/**
 * `npm run eval:article`: how well the extension finds a page's main text, on the 884 pages of
 * ../shared/corpus/article-snippets, by trafilatura's definitions (precision = `with` snippets read
 * as article ÷ all snippets read as article, recall = `with` read ÷ all `with`), with the pages
 * where no `with` snippet is read. Per half of the fixed split (tuning / held-out) and whole. Beside
 * "none", the same count over the pages whose static HTML holds main text at all (a few hold it only
 * in script data their own scripts render, which no method run here can read; `staticTextHoldsMain`).
 * Beside ours, in the same run on the same pages: Mozilla Readability's `textContent`; and, on linkedom, ours with
 * the snippets in captions and the headline left unscored (article by this project's rule, not by most annotators').
 * Measured on linkedom (the brief CLI's path: parse5 builds the tree, linkedom the DOM) and in Chromium (real layout; the same detection
 * code bundled with esbuild and run in the page, page scripts stripped). CHROMIUM=held-out runs
 * Chromium on the held-out half only, CHROMIUM=0 skips it, LINKEDOM=0 skips linkedom; LIMIT=n takes the first n pages,
 * HALF=tuning one half only, READABILITY=0 leaves Readability out (while tuning),
 * VERBOSE=1 lists the pages where ours found no main text.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from '../tests/e2e/harness';
import { findArticle } from '../utils/dom/article';
import {
  halfOf,
  loadSnippetPages,
  normalize,
  pageHtml,
  scorePage,
  staticTextHoldsMain,
  summarize,
  type PageScore,
  type SnippetPage,
} from './bench/article-corpus';
import { articleText } from './bench/article-text';
import { parsePage, withoutScripts } from './page-html';

type Method = 'ours' | 'readability';
interface Row {
  page: SnippetPage;
  /** The static HTML holds main text (see staticTextHoldsMain). */
  staticMain: boolean;
  scores: Record<Method, PageScore>;
  /** Ours, with the snippets in a picture's caption or in the headline left unscored (linkedom only, see `byRule`). */
  byRule?: PageScore;
}

/** Four places, so that a figure just under a target is not printed as meeting it (0.9296 is not 0.930). */
const fmt = (s: ReturnType<typeof summarize>) =>
  `P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}  F ${s.f.toFixed(4)}  (TP ${s.tp} FP ${s.fp} FN ${s.fn})` +
  `  none ${s.none}/${s.pages} (${((100 * s.none) / (s.pages || 1)).toFixed(1)}%)`;

/** Readability's rows are left out when READABILITY=0 rather than printed as zeros. */
const METHODS: Method[] = process.env.READABILITY === '0' ? ['ours'] : ['ours', 'readability'];

function report(where: string, rows: Row[]) {
  console.log(`\n${where}`);
  if (process.env.VERBOSE) {
    const none = rows.filter((r) => r.scores.ours.truePositives === 0 && r.scores.ours.falseNegatives > 0);
    console.log(`  ours found no main text on: ${none.map((r) => r.page.file).join(' ')}`);
  }
  for (const half of ['tuning', 'held-out', 'whole'] as const) {
    const inHalf = rows.filter((r) => half === 'whole' || halfOf(r.page) === half);
    if (!inHalf.length) continue;
    const staticMain = inHalf.filter((r) => r.staticMain);
    for (const method of METHODS) {
      const rest = summarize(staticMain.map((r) => r.scores[method]));
      console.log(
        `  ${half.padEnd(8)} ${method.padEnd(11)} ${fmt(summarize(inHalf.map((r) => r.scores[method])))}` +
          `; none where the static HTML holds main text ${rest.none}/${rest.pages} (${((100 * rest.none) / (rest.pages || 1)).toFixed(1)}%)`,
      );
    }
    const byRule = inHalf.flatMap((r) => (r.byRule ? [r.byRule] : []));
    if (byRule.length) console.log(`  ${half.padEnd(8)} ours, captions and headline unscored ${fmt(summarize(byRule))}`);
  }
}

function readabilityText(doc: Document): string {
  try {
    return new Readability(doc).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function linkedomRows(pages: SnippetPage[]): Row[] {
  return pages.map((page) => {
    const html = pageHtml(page);
    const ours = articleText(parsePage(html));
    const theirs = process.env.READABILITY === '0' ? '' : readabilityText(parsePage(html));
    return {
      page,
      staticMain: staticTextHoldsMain(page, html),
      scores: { ours: scorePage(page, ours), readability: scorePage(page, theirs) },
      byRule: scorePage(byRule(page, parsePage(html)), ours),
    };
  });
}

/**
 * The page's snippets less those in a picture's caption or in the headline we find. This project counts both as
 * article (README, "How detection behaves"); the corpus's annotators mostly judged captions not main text. Scored
 * beside the plain figures so that the part of our false positives that is this difference of rule shows.
 */
function byRule(page: SnippetPage, doc: Document): SnippetPage {
  const headline = findArticle(doc).headline;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const byRuleArticle = (snippet: string) => {
    const start = normalize(snippet).slice(0, 25);
    const node = texts.find((t) => normalize(t.data).includes(start));
    return !!node && (!!node.parentElement?.closest('figure, figcaption') || !!headline?.contains(node));
  };
  return { ...page, with: page.with.filter((s) => !byRuleArticle(s)), without: page.without.filter((s) => !byRuleArticle(s)) };
}

/**
 * Page scripts are stripped here, so a page that keeps html, body or main hidden until its scripts have
 * run (an anti-flicker or loading style) would stay hidden: it is shown as those scripts would show
 * it, for ours and Readability alike. The extension reads such a page again once it is shown
 * (`live-updates`); the fixture `anti-flicker.html` tests that in the browser.
 */
const SHOW_HIDDEN_PAGE = `for (const el of [document.documentElement, document.body, document.querySelector('main')])
  if (el && !el.checkVisibility({ visibilityProperty: true })) {
    el.style.setProperty('display', 'block', 'important');
    el.style.setProperty('visibility', 'visible', 'important');
  }`;

async function chromiumRows(pages: SnippetPage[]): Promise<Row[]> {
  const bundle = execFileSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [join(ROOT, 'scripts/bench/article-entry.ts'), '--bundle', '--format=iife', '--minify'],
    {
      encoding: 'utf8',
    },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const tab = await browser.newPage({ javaScriptEnabled: true });
  let current = '';
  await tab.route('**/*', (route) =>
    route.request().url() === 'http://article.test/page'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current })
      : route.abort(),
  );
  const rows: Row[] = [];
  for (const page of pages) {
    const html = pageHtml(page);
    const staticMain = staticTextHoldsMain(page, html);
    current = withoutScripts(html);
    try {
      await tab.goto('http://article.test/page', { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await tab.evaluate(SHOW_HIDDEN_PAGE);
      await tab.evaluate(bundle);
      const { ours, readability } = await tab.evaluate<{ ours: string; readability: string }>('jfirArticle.texts()');
      rows.push({ page, staticMain, scores: { ours: scorePage(page, ours), readability: scorePage(page, readability) } });
    } catch (error) {
      console.error(`${page.file}: ${String(error).slice(0, 200)}`);
      rows.push({ page, staticMain, scores: { ours: scorePage(page, ''), readability: scorePage(page, '') } });
    }
  }
  await browser.close();
  return rows;
}

async function main() {
  const all = loadSnippetPages();
  if (!all) {
    console.error('eval:article needs ../shared/corpus/article-snippets');
    process.exitCode = 2;
    return;
  }
  const inHalf = process.env.HALF ? all.filter((p) => halfOf(p) === process.env.HALF) : all;
  const pages = process.env.LIMIT ? inHalf.slice(0, Number(process.env.LIMIT)) : inHalf;
  const t0 = performance.now();
  if (process.env.LINKEDOM !== '0') {
    report(`linkedom (brief CLI path), ${pages.length} pages`, linkedomRows(pages));
    console.error(`linkedom: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  const mode = process.env.CHROMIUM ?? 'all';
  if (mode === '0') return;
  const inChromium = mode === 'held-out' ? pages.filter((p) => halfOf(p) === 'held-out') : pages;
  const t1 = performance.now();
  report(`Chromium (built detection code in the page, real layout), ${inChromium.length} pages`, await chromiumRows(inChromium));
  console.error(`Chromium: ${((performance.now() - t1) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
