/**
 * `npm run bench:components`: what reading web components' shadow roots costs. A story of 40
 * paragraphs beside N copies of one component (holding only a style sheet and an icon, or a
 * label too), in Chromium, fresh per page: the whole-page search for roots (first and again) and
 * a full scan (the fastest of five warm ones) before the roots are found and after. Medians over RUNS (default 3).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from '../tests/e2e/harness';

const RUNS = Number(process.env.RUNS ?? 3);
const bundle = execFileSync(
  join(ROOT, 'node_modules/.bin/esbuild'),
  [join(ROOT, 'scripts/bench/components-entry.ts'), '--bundle', '--format=iife', '--minify'],
  { encoding: 'utf8' },
);

function page(copies: number, label: boolean): string {
  const story = '<p>A paragraph of the story, with enough words, and commas, to read as prose.</p>'.repeat(40);
  const shadow = `<style>:host{display:inline-block}</style><svg viewBox="0 0 16 16"><path d="M0 0h16v16z"/></svg>${label ? '<span>Label</span>' : ''}`;
  return `<!doctype html><html><head><title>Components</title></head><body><main><article>${story}<p>The Taliban said so.</p></article>
${'<x-icon></x-icon>'.repeat(copies)}</main><script>customElements.define('x-icon', class extends HTMLElement {
connectedCallback() { if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '${shadow}'; } });</script></body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new'] });
const rows = [];
for (const [copies, label] of [
  [0, false],
  [1000, false],
  [10_000, false],
  [1000, true],
  [10_000, true],
] as const) {
  const results: Array<Record<string, number>> = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.route('https://components.test/', (route) => route.fulfill({ body: page(copies, label), contentType: 'text/html' }));
    await tab.goto('https://components.test/');
    await tab.addScriptTag({ content: bundle });
    results.push(await tab.evaluate(() => (globalThis as unknown as { benchComponents: () => Record<string, number> }).benchComponents()));
    await context.close();
  }
  const at = (key: string) => Number(median(results.map((r) => r[key]!)).toFixed(1));
  rows.push({
    components: copies,
    holding: label ? 'a label' : 'a style sheet',
    'roots found': at('found'),
    'search ms': at('search'),
    'search again ms': at('searchAgain'),
    'scan before ms': at('scanWithout'),
    'scan with roots ms': at('scanWith'),
  });
}
await browser.close();
console.table(rows);
console.log(
  `medians over ${RUNS} fresh pages each; a scan is the fastest of five warm ones, before the roots are found and after; a search is the page's first, then its second`,
);
