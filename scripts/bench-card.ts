/**
 * `npm run bench:card`: how long the brief card takes to appear after the reader's click, on the
 * first card of a page (which loads the card's code, `card.js`, through `loadCard`) and on a later
 * one, in Debian's Chromium with the built extension (headless, as the e2e harness runs it) and,
 * with BASELINE=<dir of another chrome-mv3 build>, that build beside it. Each run opens the fixture
 * page in a fresh tab, clicks "Haqqani" (first card), Esc, then "Kabul" (later card). Measured in
 * the page: from the click event's time stamp to the card rendered and focused (the page hears a
 * `focusin` on the host in the task that renders it), and to the next animation frame after that
 * (the first frame that can paint it). Medians and maxima over
 * RUNS tabs (default 15), after one warm-up tab per build. PRESS_MS (default 0) holds the button
 * down that long before the click, as a reader's hand does. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CARD_HOST } from '../tests/e2e/card';
import { EXTENSION_DIR, FIXTURES, launchChromium, pointOfText, routeNewsHosts, serveStatic, waitForHighlights } from '../tests/e2e/harness';

const RUNS = Number(process.env.RUNS ?? 15);
/** How long the button is held: 0 is the worst case (nothing can start before the click); a reader's press lasts about 100 ms. */
const PRESS_MS = Number(process.env.PRESS_MS ?? 0);
const PAGE = '/afghanistan-haqqani.html';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Click → card in the DOM, and → the next animation frame, in ms, for the reader's click on `text` in the headline. */
async function timeCard(page: Page, text: string): Promise<{ dom: number; frame: number }> {
  await page.evaluate((host) => {
    const probe: { click?: number; dom?: number; frame?: number } = {};
    (window as unknown as { cardProbe: typeof probe }).cardProbe = probe;
    addEventListener('click', (e) => e.isTrusted && (probe.click ??= e.timeStamp), { capture: true, once: true });
    // The card takes focus as soon as it is rendered, in the same task: the page hears it as a
    // `focusin` on the host (retargeted out of the closed root), for the first card and later ones.
    const onFocus = (e: FocusEvent) => {
      if (!(e.target instanceof Element) || !e.target.matches(host)) return;
      document.removeEventListener('focusin', onFocus, true);
      probe.dom = performance.now();
      requestAnimationFrame(() => (probe.frame = performance.now()));
    };
    document.addEventListener('focusin', onFocus, true);
  }, CARD_HOST);
  const { x, y } = await pointOfText(page, 'h1', text);
  await page.mouse.click(x, y, { delay: PRESS_MS });
  await page.waitForFunction(() => (window as unknown as { cardProbe: { frame?: number } }).cardProbe.frame !== undefined, null, {
    timeout: 10_000,
  });
  const probe = await page.evaluate(() => (window as unknown as { cardProbe: { click: number; dom: number; frame: number } }).cardProbe);
  return { dom: probe.dom - probe.click, frame: probe.frame - probe.click };
}

/** One tab: the first card, Esc, a later card. */
async function run(context: BrowserContext, url: string) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await waitForHighlights(page, 3);
    await page.bringToFront();
    const first = await timeCard(page, 'Haqqani');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement === document.body);
    const later = await timeCard(page, 'Kabul');
    return { first, later };
  } finally {
    await page.close();
  }
}

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build in ${EXTENSION_DIR}: run 'npm run build' first.`);
  const server = await serveStatic({ '/': FIXTURES });
  const variants = [
    ...(process.env.BASELINE ? [{ label: `baseline (${process.env.BASELINE})`, dir: process.env.BASELINE }] : []),
    { label: 'this build', dir: EXTENSION_DIR },
  ];
  const browsers = await Promise.all(variants.map((v) => launchChromium(v.dir)));
  try {
    for (const b of browsers) {
      await routeNewsHosts(b.context);
      // tsx keeps function names with an `__name` helper, which functions sent to the page call too.
      await b.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    }
    const rows = variants.map(() => ({
      firstDom: [] as number[],
      firstFrame: [] as number[],
      laterDom: [] as number[],
      laterFrame: [] as number[],
    }));
    for (let i = 0; i <= RUNS; i += 1) {
      // Alternate the order, in case one build leaves the machine warmer for the other.
      for (const v of i % 2 ? [...variants.keys()].reverse() : [...variants.keys()]) {
        const { first, later } = await run(browsers[v]!.context, server.origin + PAGE);
        // The first tab warms each browser's caches; it is not counted.
        if (i === 0) continue;
        const row = rows[v]!;
        row.firstDom.push(first.dom);
        row.firstFrame.push(first.frame);
        row.laterDom.push(later.dom);
        row.laterFrame.push(later.frame);
      }
    }
    const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (max ${Math.max(...xs).toFixed(1)})`;
    console.table(
      variants.map((v, i) => ({
        build: v.label,
        'first card → DOM, ms': fmt(rows[i]!.firstDom),
        'first card → frame, ms': fmt(rows[i]!.firstFrame),
        'later card → DOM, ms': fmt(rows[i]!.laterDom),
        'later card → frame, ms': fmt(rows[i]!.laterFrame),
      })),
    );
    console.log(
      `${RUNS} tabs per build after one warm-up tab, button held ${PRESS_MS} ms; medians (max); from the click event's time stamp`,
    );
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await server.close();
  }
}

await main();
