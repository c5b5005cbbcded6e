/**
 * Loads the generated huge article (`huge-article.ts`) in Chromium with a built extension (or
 * none, as a control), served under a listed news host through request routing, and reports what
 * a reader would meet: time to the first mark, the longest main-thread task after the page's own
 * load, marks drawn, the topics the background was told, errors; then a mutation storm. Shared by
 * `npm run bench:huge` and the real-browser test `tests/e2e/huge-page.test.ts`.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { extensionWorker, launchChromium } from '../../tests/e2e/harness';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

/** Where the article is served: a host in the content script's default matches, with no network involved. */
export const HUGE_URL = 'https://www.reuters.com/world/huge-article';

/** What the page's main world records from its first script on (installed by `addInitScript`). */
interface PageProbe {
  longTasks: Array<{ start: number; duration: number }>;
  /** Gaps between the ticks of a 5 ms heartbeat: how long the main thread was held, by any world's script or rendering. */
  gaps: Array<{ start: number; duration: number }>;
  firstMark?: number;
  loadEnd?: number;
}

/** Runs in the page before its own scripts: long tasks, and when the first mark appears in the registry. */
function installProbe(): void {
  const probe: PageProbe = { longTasks: [], gaps: [] };
  (window as unknown as { __hugeProbe: PageProbe }).__hugeProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const poll = setInterval(() => {
    if (CSS.highlights.size > 0) {
      probe.firstMark = performance.now();
      clearInterval(poll);
    }
  }, 2);
  addEventListener('load', () => setTimeout(() => (probe.loadEnd = performance.now()), 0));
  let tick = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - tick > 50) probe.gaps.push({ start: tick, duration: now - tick });
    tick = now;
  }, 5);
}

export interface HugeBrowser {
  context: BrowserContext;
  /** The extension's service worker (undefined for the control without extension). */
  worker: Worker | undefined;
  /** Console errors and page errors seen in any page of the context. */
  errors: string[];
  close(): Promise<void>;
}

/** Chromium with the extension in `extensionDir` (or none), serving `html` at HUGE_URL. */
export async function launchHuge(
  extensionDir: string | undefined,
  html: string,
  executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
): Promise<HugeBrowser> {
  const { context, close } = await launchChromium(extensionDir, executablePath);
  const worker = extensionDir ? await extensionWorker(context) : undefined;
  await context.route('**/*', (route) =>
    route.request().url() === HUGE_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await context.addInitScript(installProbe);
  const errors: string[] = [];
  context.on('page', (page) => watchErrors(page, errors));
  return { context, worker, errors, close };
}

function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Maximum call stack/i.test(m.text())) errors.push(`console: ${m.text()}`);
  });
}

/** The topics the content script reported for `url` (from the background's session state), once reported. */
export async function reportedTopics(worker: Worker, url: string, timeoutMs = 60_000): Promise<Record<string, number> | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const topics = await worker.evaluate(async (u) => {
      const { tabState } = await chrome.storage.session.get('tabState');
      const state = Object.values(
        (tabState ?? {}) as Record<string, { url: string; topics: Array<{ topicId: string; count: number }> }>,
      ).find((s) => s.url === u);
      return state && Object.fromEntries(state.topics.map((t) => [t.topicId, t.count]));
    }, url);
    if (topics || Date.now() > deadline) return topics;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * The page's marks: how many ranges are drawn, the text of the first one in document order, and
 * the index of the first article paragraph holding a mark.
 */
export async function drawnMarks(page: Page): Promise<{ count: number; first?: string; firstParagraph?: number }> {
  return page.evaluate(() => {
    const ranges = [...CSS.highlights.values()].flatMap<AbstractRange>((h) => [...h]);
    const paragraphIndex = new Map([...document.querySelectorAll('article p')].map((p, i) => [p, i]));
    let first: AbstractRange | undefined;
    let firstParagraph = Infinity;
    for (const r of ranges) {
      const pos = first && first.startContainer.compareDocumentPosition(r.startContainer);
      if (
        !first ||
        pos! & Node.DOCUMENT_POSITION_PRECEDING ||
        (first.startContainer === r.startContainer && r.startOffset < first.startOffset)
      )
        first = r;
      const p = r.startContainer.parentElement;
      const i = p ? paragraphIndex.get(p) : undefined;
      if (i !== undefined && i < firstParagraph) firstParagraph = i;
    }
    if (!first) return { count: 0 };
    const live = document.createRange();
    live.setStart(first.startContainer, first.startOffset);
    live.setEnd(first.endContainer, first.endOffset);
    return { count: ranges.length, first: live.toString(), ...(Number.isFinite(firstParagraph) ? { firstParagraph } : {}) };
  });
}

/**
 * The page's probe, relative to the end of the page's own load: the first mark, the longest task
 * the Long Tasks API reported, and the longest the main thread held off a 5 ms heartbeat (which
 * also sees script of the extension's isolated world).
 */
export async function probeOf(
  page: Page,
): Promise<{ firstMarkMs?: number; longestTaskMs: number; longestGapMs: number; loadEndMs?: number }> {
  const probe = await page.evaluate(() => (window as unknown as { __hugeProbe: PageProbe }).__hugeProbe);
  const after = probe.loadEnd ?? 0;
  const longest = (list: PageProbe['gaps']) => Math.max(0, ...list.filter((t) => t.start + t.duration > after).map((t) => t.duration));
  return {
    ...(probe.firstMark !== undefined ? { firstMarkMs: probe.firstMark } : {}),
    longestTaskMs: longest(probe.longTasks),
    longestGapMs: longest(probe.gaps),
    ...(probe.loadEnd !== undefined ? { loadEndMs: probe.loadEnd } : {}),
  };
}

/**
 * A mutation storm from the page's own script: `paragraphs` paragraphs each rewritten `times`
 * times, one text change at a time, ending with text that names no topic. Returns when (page
 * time) the page's script ended: its own task is the page's, what follows is the extension's.
 */
export async function mutationStorm(page: Page, paragraphs: number, times: number): Promise<number> {
  return page.evaluate(
    ({ paragraphs, times }) => {
      const ps = [...document.querySelectorAll('article p')].slice(0, paragraphs);
      for (let t = 0; t < times; t += 1) {
        ps.forEach((p, i) => {
          (p.firstChild as Text).data = t === times - 1 ? `Quiet paragraph ${i}.` : `Draft ${t} of paragraph ${i}.`;
        });
      }
      return performance.now();
    },
    { paragraphs, times },
  );
}

/** The longest task, and the longest heartbeat gap, that started after `since` (page time). */
export async function longestSince(page: Page, since: number): Promise<{ task: number; gap: number }> {
  // Read whole, judged here: tsx would wrap a helper function defined inside the page's function.
  const probe = await page.evaluate(() => (window as unknown as { __hugeProbe: PageProbe }).__hugeProbe);
  const longest = (list: PageProbe['gaps']) => Math.max(0, ...list.filter((x) => x.start >= since).map((x) => x.duration));
  return { task: longest(probe.longTasks), gap: longest(probe.gaps) };
}
