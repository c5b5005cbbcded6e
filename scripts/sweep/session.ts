/**
 * One browser with the shipped build for reading corpus pages as a reader would (`sweep:reader`
 * and the sampled e2e test): per page, two topics of the reader's own picked from its snippets,
 * the page served static under a listed news host beside an untouched control copy, and what the
 * reader would see, with the robustness invariants checked (see `sweep-reader.ts`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { validateSettings } from '../../utils/settings-validation';
import {
  domWithoutExtension,
  FORBIDDEN_MARK_PLACES,
  isRoutedUrl,
  launchWithExtension,
  serveStatic,
  STATIC_PAGE_CSP,
  waitForScan,
} from '../../tests/e2e/harness';
import { halfOf, normalize, pageHtml, type SnippetPage } from '../bench/article-corpus';
import { parsePage, withoutScripts } from '../page-html';
import { pickAliases, squeeze, sweepTopic, WITH_TOPIC_ID, WITHOUT_TOPIC_ID } from './aliases';
import { captureErrors, type ErrorCapture } from './errors';
import { aliasKeyOf, inspectMarks } from './in-page';
import type { PageResult } from './summary';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

/** How long a scan may take beyond `waitForScan`'s 10 s before the page counts as never scanned. */
const LATE_SCAN_MS = 20_000;

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
  /** How long to wait after the scan before reading the marks. */
  settleMs: number;
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
  if (t.settleMs > 0) await t.tab.waitForTimeout(t.settleMs);
  await t.control.goto(`${t.controlOrigin}/${name}`, { waitUntil: 'load', timeout: 60_000 });

  const [dom, controlDom] = [await domWithoutExtension(t.tab), await domWithoutExtension(t.control)];
  if (dom !== controlDom) violations.push(`DOM differs from the control copy: ${firstDifference(dom, controlDom)}`);
  const found = await t.tab.evaluate(inspectMarks, {
    forbidden: FORBIDDEN_MARK_PLACES,
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

/** A browser reading corpus pages one after another. */
export interface SweepSession {
  /** Reads one page; a page the sweep could not read to the end comes back with that as a violation. */
  read(page: SnippetPage): Promise<PageResult>;
  close(): Promise<void>;
}

/** Starts the browser with the built extension (`.output/chrome-mv3`), its servers and two tabs. */
export async function openSweep(options: { settleMs?: number } = {}): Promise<SweepSession> {
  const dir = mkdtempSync(join(tmpdir(), 'jfir-sweep-'));
  const headers = { 'content-security-policy': STATIC_PAGE_CSP };
  const server = await serveStatic({ '/': dir }, '127.0.0.1', headers);
  const controlServer = await serveStatic({ '/': dir }, '127.0.0.2', headers);
  const browser = await launchWithExtension();
  const close = async () => {
    await browser.close();
    await server.close();
    await controlServer.close();
    rmSync(dir, { recursive: true, force: true });
  };
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
    const tabs: Tabs = {
      settleMs: options.settleMs ?? 0,
      worker,
      tab,
      control,
      errors,
      dir,
      origin: server.origin,
      controlOrigin: controlServer.origin,
    };
    return {
      async read(page) {
        try {
          return await sweepPage(page, tabs);
        } catch (e) {
          return failed(page, `sweep failed: ${String(e)}`);
        } finally {
          rmSync(join(dir, `p${page.index}.html`), { force: true });
        }
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
