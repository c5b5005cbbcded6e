/**
 * `npm run bench:scan`: the content script's scan on the ten largest pages of
 * ../shared/corpus/news-pages in Debian Chromium, measured side by side in one run against
 * (a) the floor, a native SHOW_TEXT walk plus one pass of the same compiled regex, and
 * (b) mark.js `mark(aliases)`, the way highlighter extensions use it; plus our scan with 2,000
 * aliases, the longest main-thread task while scanning, and the content script's size.
 * Each measurement gets a fresh load of the page, in a browser context of its own (a renderer of its
 * own, where nothing compiled before is reused; see `corpusBrowser`): the floor (then its second pass); our first scan
 * (our code compiling as it runs, as a reader meets it), our rescan (code warm, against the floor's
 * second pass), the sliced scan and mark.js; and a first scan with 2,000 aliases. Page scripts are
 * stripped so that every load sees the same static DOM. Medians over RUNS rounds. ONLY=page,page
 * limits the run to those of the ten (for comparing two versions of a change side by side).
 * The pages are served cross-origin isolated (COOP and COEP headers), so that `performance.now()`
 * counts 5 µs steps: without isolation Chromium coarsens it to 100 µs, a tenth or more of a first
 * scan on a page without mentions, and ratios of such readings are biased, not just noisy. The
 * corpus comes from one origin and nothing else loads, so the pages are the same either way.
 * COI=0 measures with the coarse timers, to compare with figures taken before.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, ROOT } from '../tests/e2e/harness';
import { CORPUS, ISOLATED, corpusBrowser, runScript } from './bench/corpus-browser';
import { preparedScan } from './bench/scan-prepared';
import { DEFAULT_TOPICS, type Topic } from '../utils/topics';

/** Even, so that the floor's load and ours go first equally often. */
const RUNS = Number(process.env.RUNS ?? 6);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** 2,000 aliases: the defaults plus made-up two-word names, each spelling a distinct number. */
function manyAliasTopics(): Topic[] {
  const syllables = ['ka', 'ri', 'mo', 'dan', 'su', 'lei', 'ton', 'ber', 'ga', 'zu', 'hin', 'ol', 'ma', 'ne', 'sky', 'vo'];
  const word = (n: number) => {
    let w = '';
    do {
      w += syllables[n % 16];
      n = Math.floor(n / 16);
    } while (n > 0);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const base = DEFAULT_TOPICS.reduce((n, t) => n + t.aliases.length, 0);
  const extra = Array.from({ length: 2000 - base }, (_, i) => `${word(i * 7 + 3)} ${word(i + 100)}`);
  const perTopic = Math.ceil(extra.length / 20);
  return [
    ...DEFAULT_TOPICS,
    ...Array.from({ length: 20 }, (_, i) => ({
      id: `bench-${i}`,
      label: { en: `Bench ${i}`, ja: `Bench ${i}` },
      aliases: extra.slice(i * perTopic, (i + 1) * perTopic),
      color: i % 12,
    })),
  ];
}

async function main() {
  if (!existsSync(CORPUS)) {
    console.error(`bench:scan needs the corpus at ${CORPUS}`);
    process.exitCode = 2;
    return;
  }
  const pages = readdirSync(CORPUS)
    .filter((d) => existsSync(join(CORPUS, d, 'source.html')))
    .map((d) => ({ name: d, size: statSync(join(CORPUS, d, 'source.html')).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 10)
    .filter((p) => !process.env.ONLY || process.env.ONLY.split(',').includes(p.name));
  // esbuild's CLI: its JS API never settles when called under tsx's module loader.
  const ours = execFileSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [join(ROOT, 'scripts/bench/scan-entry.ts'), '--bundle', '--format=iife', '--minify'],
    {
      encoding: 'utf8',
    },
  );
  const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const defaults = [...DEFAULT_TOPICS];
  const many = manyAliasTopics();
  const aliases = defaults.flatMap((t) => t.aliases.map((a) => (typeof a === 'string' ? a : a.text)));
  const [preparedDefaults, preparedMany] = [preparedScan(defaults), preparedScan(many)];

  const { freshPage, origin, close } = await corpusBrowser(process.env.COI === '0' ? {} : ISOLATED);
  let page = await freshPage();
  const rows: Array<Record<string, number | string>> = [];
  for (const { name, size } of pages) {
    const m = {
      ours: [] as number[],
      rescan: [] as number[],
      floor: [] as number[],
      floorAgain: [] as number[],
      many: [] as number[],
      mark: [] as number[],
      longest: [] as number[],
    };
    let mentions = 0;
    let matches = 0;
    /** A fresh load of the page with our bundle (and mark.js), then one call; a string, since tsx would wrap a function with helpers the page lacks. */
    const onFreshPage = async <T>(call: string): Promise<T> => {
      page = await freshPage();
      await page.goto(`${origin}/${name}/source.html`, { waitUntil: 'load' });
      await runScript(page, ours);
      await runScript(page, markJs);
      return await page.evaluate(call);
    };
    for (let run = 0; run < RUNS; run += 1) {
      const floorRun = () => onFreshPage<{ first: number; again: number }>(`jfirBench.floorRun(${preparedDefaults})`);
      const oursRun = () =>
        onFreshPage<{ ours: number; rescan: number; mentions: number; matches: number; mark: number; longest: number }>(
          `jfirBench.oursRun(${preparedDefaults}, ${JSON.stringify(aliases)})`,
        );
      // Alternate which load goes first, in case one leaves the browser warmer for the next.
      const oursFirst = run % 2 === 1;
      const r = oursFirst ? await oursRun() : undefined;
      const f = await floorRun();
      const { ours: first, rescan, mark, longest, mentions: found, matches: possible } = r ?? (await oursRun());
      m.floor.push(f.first);
      m.floorAgain.push(f.again);
      m.ours.push(first);
      m.rescan.push(rescan);
      m.mark.push(mark);
      m.longest.push(longest);
      mentions = found;
      matches = possible;
      m.many.push(await onFreshPage<number>(`jfirBench.firstScan(${preparedMany})`));
    }
    const row = {
      page: name,
      kB: Math.round(size / 1024),
      matches,
      mentions,
      'ours ms': +median(m.ours).toFixed(2),
      'floor ms': +median(m.floor).toFixed(2),
      'ours/floor': +median(m.ours.map((o, i) => o / m.floor[i]!)).toFixed(2),
      'rescan/floor': +median(m.rescan.map((o, i) => o / m.floorAgain[i]!)).toFixed(2),
      'mark.js/ours': +median(m.mark.map((k, i) => k / m.ours[i]!)).toFixed(0),
      '2000 aliases/default': +median(m.many.map((k, i) => k / m.ours[i]!)).toFixed(2),
      'longest task ms': +Math.max(...m.longest).toFixed(0),
    };
    rows.push(row);
    console.error(`measured ${name}`);
  }
  const isolated = await page.evaluate<boolean>('crossOriginIsolated');
  await close();
  console.table(rows);
  console.log(`timers: ${isolated ? 'cross-origin isolated (5 µs)' : 'not isolated (100 µs)'}`);
  const col = (k: string, of = rows) => median(of.map((r) => r[k] as number));
  // Grouped by what our own scan finds on each page, not by name: the target holds where the matcher
  // finds nothing (nothing beyond reading the text may run); where it finds a possible mention, the
  // article finder runs and its cost is reported, with or without a mention a reader sees.
  const groups = [
    { name: 'no possible mention (target ≤ 1.5)', of: rows.filter((r) => r.matches === 0) },
    { name: 'possible mentions, none shown (article finder runs)', of: rows.filter((r) => r.matches !== 0 && r.mentions === 0) },
    { name: 'mentions shown (article finder runs)', of: rows.filter((r) => r.mentions !== 0) },
  ];
  for (const { name, of } of groups)
    if (of.length)
      console.log(
        `${name}: ${of.length} pages (${of.map((r) => r.page).join(', ')}), ours/floor median ${col('ours/floor', of).toFixed(2)}×, ours − floor median ${median(of.map((r) => (r['ours ms'] as number) - (r['floor ms'] as number))).toFixed(2)} ms`,
      );
  console.log(
    `medians over ${rows.length} pages, ${RUNS} runs each: ours/floor ${col('ours/floor').toFixed(2)}× (first scan after the page loads, our code compiling as it runs), rescan/floor ${col('rescan/floor').toFixed(2)}×, mark.js/ours ${col('mark.js/ours').toFixed(0)}× (target ≥ 100), 2000 aliases/default ${col('2000 aliases/default').toFixed(2)}× (target ≤ 1.5), longest task of the sliced scan ${Math.max(...rows.map((r) => r['longest task ms'] as number))} ms (target none over 50; 0 = no long task)`,
  );
  const content = join(EXTENSION_DIR, 'content-scripts/content.js');
  if (existsSync(content)) {
    const js = readFileSync(content);
    const hasCommentary = js.includes('Hyakka-Seiho') || js.includes('SUGITA');
    console.log(
      `content script: ${js.length} bytes minified, ${gzipSync(js).length} gzipped (target ≤ 20480), commentary text inside: ${hasCommentary ? 'YES' : 'no'}`,
    );
  } else console.log('content script: not built (run npm run build)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
