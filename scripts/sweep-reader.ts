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
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { compileMatcher } from '../utils/matcher';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';
import { validateSettings } from '../utils/settings-validation';
import { ARTIFACTS, domWithoutExtension, isRoutedUrl, launchWithExtension, serveStatic, waitForScan } from '../tests/e2e/harness';
import { halfOf, loadSnippetPages, normalize, pageHtml, type SnippetPage } from './bench/article-corpus';
import { parsePage, withoutScripts } from './page-html';
import { pickAliases, squeeze, sweepTopic, WITH_TOPIC_ID, WITHOUT_TOPIC_ID } from './sweep/aliases';
import { captureErrors, type ErrorCapture } from './sweep/errors';
import { aliasKeyOf, FORBIDDEN, inspectMarks } from './sweep/in-page';
import { summary, type PageResult } from './sweep/summary';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

const STATIC_PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; script-src 'none'";
/** How long to wait after the scan before reading the marks (SETTLE_MS; default none). */
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 0);
/** How long a scan may take beyond `waitForScan`'s 10 s before the page counts as never scanned. */
const LATE_SCAN_MS = 20_000;

function selectPages(): SnippetPage[] {
  const all = loadSnippetPages();
  if (!all) throw new Error('no article-snippets corpus in ../shared/corpus/article-snippets');
  const half = process.env.HALF ?? 'all';
  if (!['tuning', 'held-out', 'all'].includes(half)) throw new Error(`HALF must be tuning, held-out or all, not ${half}`);
  const only = process.env.ONLY;
  const picked = all.filter((p) => (half === 'all' || halfOf(p) === half) && (!only || p.file.includes(only)));
  return process.env.LIMIT ? picked.slice(0, Number(process.env.LIMIT)) : picked;
}

/** The page as served: scripts stripped, no refresh. */
const servedHtml = (page: SnippetPage) => withoutScripts(pageHtml(page)).replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');

/** Where two serialised DOMs first differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 120));
  return `lengths ${a.length} vs control ${b.length}, first difference at ${i}: ${show(a)} vs control ${show(b)}`;
}

/** Stores the reader's settings on this device, as the extension does when they cannot sync. */
async function storeSettings(worker: Worker, settings: Settings): Promise<void> {
  await worker.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s, settings$: { v: 2 }, settingsArea: 'local' });
  }, settings);
}

/** Waits for the scan as the e2e tests do; past their 10 s, how much longer it took (or that it never came). */
async function scanTime(worker: Worker, url: string, since: number): Promise<{ ms: number; violation?: string }> {
  try {
    await waitForScan(worker, url);
    return { ms: performance.now() - since };
  } catch {
    try {
      const deadline = performance.now() + LATE_SCAN_MS;
      for (;;) {
        const reported = await worker.evaluate(async (u) => {
          const { tabState } = await chrome.storage.session.get('tabState');
          return Object.values((tabState ?? {}) as Record<string, { url: string }>).some((s) => s.url === u);
        }, url);
        const ms = performance.now() - since;
        if (reported) return { ms, violation: `scan reported only after ${Math.round(ms)} ms (waitForScan timed out)` };
        if (performance.now() > deadline) return { ms, violation: `scan never reported (waited ${Math.round(ms)} ms)` };
        await new Promise((done) => setTimeout(done, 200));
      }
    } catch (e) {
      return { ms: performance.now() - since, violation: `scan check failed: ${String(e)}` };
    }
  }
}

interface Tabs {
  worker: Worker;
  tab: Page;
  control: Page;
  errors: ErrorCapture;
  dir: string;
  origin: string;
  controlOrigin: string;
}

async function sweepPage(page: SnippetPage, t: Tabs): Promise<PageResult> {
  const html = servedHtml(page);
  const name = `p${page.index}.html`;
  writeFileSync(join(t.dir, name), html);
  const text = normalize(parsePage(html).body?.textContent ?? '');
  const picked = pickAliases(page, text);
  const topics = [
    ...(picked.withAlias ? [sweepTopic(WITH_TOPIC_ID, picked.withAlias.alias, 0)] : []),
    ...(picked.withoutAlias ? [sweepTopic(WITHOUT_TOPIC_ID, picked.withoutAlias, 1)] : []),
  ];
  const settings: Settings = { ...DEFAULT_SETTINGS, customTopics: topics };
  const violations: string[] = [];
  const valid = validateSettings(settings);
  if ('problems' in valid) violations.push(`settings refused: ${JSON.stringify(valid.problems)}`);

  await t.tab.goto('about:blank');
  await storeSettings(t.worker, settings);
  t.errors.take();
  const url = `${t.origin}/${name}`;
  const since = performance.now();
  await t.tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const scan = await scanTime(t.worker, url, since);
  if (scan.violation) violations.push(scan.violation);
  // Pages a style sheet shows late (AMP's boilerplate, 8 s without its script) are marked only then.
  if (SETTLE_MS > 0) await t.tab.waitForTimeout(SETTLE_MS);
  await t.control.goto(`${t.controlOrigin}/${name}`, { waitUntil: 'load', timeout: 60_000 });

  const [dom, controlDom] = [await domWithoutExtension(t.tab), await domWithoutExtension(t.control)];
  if (dom !== controlDom) violations.push(`DOM differs from the control copy: ${firstDifference(dom, controlDom)}`);
  const found = await t.tab.evaluate(inspectMarks, {
    forbidden: FORBIDDEN,
    aliasKey: picked.withAlias ? aliasKeyOf(picked.withAlias.alias) : '',
    snippets: (picked.withAlias?.snippets ?? []).map(squeeze),
    leakKey: picked.withoutAlias ? aliasKeyOf(picked.withoutAlias) : '',
  });
  if (found.ownElements) violations.push(`${found.ownElements} element(s) of the extension in the page with no card open`);
  for (const m of found.misplaced) violations.push(`mark where none may be: ${m}`);
  const errors = t.errors.take();
  for (const e of errors.filter((x) => x.world === 'content-script')) violations.push(`content script ${e.kind}: ${e.text}`);

  const matcher = compileMatcher(topics);
  const topicOf = (markText: string) => {
    const m = matcher.find(markText);
    return m.length === 1 && m[0]!.start === 0 && m[0]!.end === markText.length ? m[0]!.topicId : undefined;
  };
  const ofWith = found.marks.filter((m) => topicOf(m.text) === WITH_TOPIC_ID);
  const ofWithout = found.marks.filter((m) => topicOf(m.text) === WITHOUT_TOPIC_ID);
  return {
    index: page.index,
    file: page.file,
    half: halfOf(page),
    ...(picked.withAlias ? { withAlias: picked.withAlias.alias } : {}),
    ...(picked.withoutAlias ? { withoutAlias: picked.withoutAlias } : {}),
    withMissing: picked.withMissing,
    marks: found.total,
    withMarks: ofWith.length,
    withMarksInSnippet: ofWith.filter((m) => m.inWith).length,
    withoutMarks: ofWithout.length,
    leakedAt: ofWithout.flatMap((m) => (m.where ? [m.where] : [])).slice(0, 3),
    scanMs: Math.round(scan.ms),
    violations,
    errors,
  };
}

/** A page the sweep itself could not read to the end (a load that failed or timed out). */
function failed(page: SnippetPage, violation: string): PageResult {
  const zero = { withMissing: 0, marks: 0, withMarks: 0, withMarksInSnippet: 0, withoutMarks: 0, scanMs: 0 };
  return { index: page.index, file: page.file, half: halfOf(page), ...zero, violations: [violation], errors: [] };
}

async function main(): Promise<void> {
  const pages = selectPages();
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'jfir-sweep-'));
  const headers = { 'content-security-policy': STATIC_PAGE_CSP };
  const server = await serveStatic({ '/': dir }, '127.0.0.1', headers);
  const controlServer = await serveStatic({ '/': dir }, '127.0.0.2', headers);
  const browser = await launchWithExtension();
  const results: PageResult[] = [];
  try {
    const { context, worker, extensionId } = browser;
    // tsx names functions with an `__name` helper, which functions sent to the page call too (main world only).
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    // Nothing leaves the machine: only the routed news host and the control server answer.
    await context.route(
      (u) => /^https?:$/.test(u.protocol) && !isRoutedUrl(u.href) && u.origin !== controlServer.origin,
      (route) => route.abort(),
    );
    await worker.evaluate(async () => chrome.storage.sync.clear());
    const tab = await context.newPage();
    const control = await context.newPage();
    const errors = await captureErrors(context, tab, extensionId);
    const tabs: Tabs = { worker, tab, control, errors, dir, origin: server.origin, controlOrigin: controlServer.origin };
    for (const [i, page] of pages.entries()) {
      let result: PageResult;
      try {
        result = await sweepPage(page, tabs);
      } catch (e) {
        result = failed(page, `sweep failed: ${String(e)}`);
      }
      rmSync(join(dir, `p${page.index}.html`), { force: true });
      results.push(result);
      if ((i + 1) % 50 === 0) console.error(`${i + 1}/${pages.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await browser.close();
    await server.close();
    await controlServer.close();
    rmSync(dir, { recursive: true, force: true });
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
