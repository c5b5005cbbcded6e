/**
 * `npm run sweep:reader`: the 884 real pages of the article-snippets corpus (../shared, see its
 * README), each read as a reader would with the shipped build (`.output/chrome-mv3`, so run
 * `wxt build` first): two topics of the reader's own, then the page, its scripts stripped
 * (`withoutScripts`, and a `<meta http-equiv="refresh">` dropped, so every page is static),
 * served under a listed news host with the corpus test's static-page CSP.
 *
 * The topics (rule in `scripts/sweep/aliases.ts`, never looking at what the extension marks): a
 * with-alias, a capitalised name mid-sentence in a `with` snippet, and a without-alias, a word
 * found on the page only where the `without` snippets are. They are stored as the extension
 * stores a reader's settings on this device (`settings` with `settings$: { v: 2 }` in
 * `storage.local`, `settingsArea: "local"`), the built-in topics staying on.
 *
 * Per page: whether the with-alias is marked inside text of a `with` snippet holding it
 * (reader-visible recall), whether the without-alias is marked (a leak), the number of marks, and
 * invariants: (a) the DOM equals an untouched control copy on 127.0.0.2 byte for byte, and the
 * extension added no element; (b) no mark inside a form control, editor, hidden element, nav or
 * aside (`FORBIDDEN`) or invisible; (c) no exception or console error in the content script's
 * isolated world (`sweep/errors.ts`, over CDP); (d) the scan was reported within
 * `waitForScan`'s 10 s.
 *
 * Env: LIMIT=n (first n pages), HALF=tuning|held-out|all (default all), ONLY=substring of the
 * file name, SETTLE_MS=n (wait n ms after the scan before reading the marks: pages shown late). One browser and two tabs for the whole run. Per-page details of the tuning half
 * (held-out: only violations) go to tests/e2e/.artifacts/sweep-reader.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../tests/e2e/harness';
import { halfOf, loadSnippetPages, type SnippetPage } from './bench/article-corpus';
import { openSweep } from './sweep/session';
import { summary, type PageResult } from './sweep/summary';

function selectPages(): SnippetPage[] {
  const all = loadSnippetPages();
  if (!all) throw new Error('no article-snippets corpus in ../shared/corpus/article-snippets');
  const half = process.env.HALF ?? 'all';
  if (!['tuning', 'held-out', 'all'].includes(half)) throw new Error(`HALF must be tuning, held-out or all, not ${half}`);
  const only = process.env.ONLY;
  const picked = all.filter((p) => (half === 'all' || halfOf(p) === half) && (!only || p.file.includes(only)));
  return process.env.LIMIT ? picked.slice(0, Number(process.env.LIMIT)) : picked;
}

async function main(): Promise<void> {
  const pages = selectPages();
  const started = performance.now();
  const sweep = await openSweep({ settleMs: Number(process.env.SETTLE_MS ?? 0) });
  const results: PageResult[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      results.push(await sweep.read(page));
      if ((i + 1) % 50 === 0) console.error(`${i + 1}/${pages.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await sweep.close();
  }
  const seconds = (performance.now() - started) / 1000;
  mkdirSync(ARTIFACTS, { recursive: true });
  // The held-out half only where an invariant broke: its file names are for bugs, never for tuning.
  const details = results.flatMap((r): Array<PageResult | Pick<PageResult, 'half' | 'file' | 'violations'>> =>
    r.half === 'tuning' ? [r] : r.violations.length ? [{ half: r.half, file: r.file, violations: r.violations }] : [],
  );
  writeFileSync(join(ARTIFACTS, 'sweep-reader.json'), `${JSON.stringify(details, null, 1)}\n`);
  console.log(summary(results, seconds));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
