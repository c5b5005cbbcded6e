/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, with the built extension
 * loaded, and the test pages served under listed news hosts (`https://www.reuters.com`, …): the
 * shipped build runs only there. Each page server listens on loopback; the browser's requests for
 * its news host are answered from it through request routing, so nothing reaches the network.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
export const ARTIFACTS = join(ROOT, 'tests/e2e/.artifacts');

/** Response CSP of corpus pages served static: their own scripts never run, so each load sees the same DOM. */
export const STATIC_PAGE_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; script-src 'none'";
/**
 * Where a mark must never be: form controls, editors, hidden content, navigation and side rails (an `aside` of
 * links; one of the story's own words, a pull quote or a summary, may be marked, and so may a caption whose
 * `aria-hidden` only spares screen readers its picture's alt text).
 */
export const FORBIDDEN_MARK_PLACES =
  'input, select, option, textarea, [contenteditable]:not([contenteditable="false"]), [hidden], [aria-hidden="true"]:not(figcaption), script, style, noscript, template, svg, nav, aside:has(a[href]), [role="navigation"], [role="complementary"]';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /**
   * Where the pages are, as the browser sees them: a listed news host (`https://www.reuters.com`)
   * answered by the harness's routing, or, for servers on another loopback address (control pages
   * outside the extension's matches), that address itself.
   */
  origin: string;
  /** The loopback server itself, for clients without the routing. */
  loopbackOrigin: string;
  close(): Promise<void>;
}

/**
 * News hosts in the content script's matches that test pages are served under, one per open
 * server (a reader pausing one site must not pause the pages of another server).
 */
const TEST_NEWS_HOSTS = [
  'www.reuters.com',
  'apnews.com',
  'www.bbc.com',
  'www.theguardian.com',
  'www.aljazeera.com',
  'www.npr.org',
  'www.dw.com',
  'www.france24.com',
  'www.nippon.com',
  'www.scmp.com',
  'thediplomat.com',
  'www.rferl.org',
];
/** Routed news origin → loopback origin of the server answering it. */
const routedOrigins = new Map<string, string>();

/** Whether the harness answers `url` from a local server (a routed news origin). */
export function isRoutedUrl(url: string): boolean {
  return routedOrigins.has(new URL(url).origin);
}

/** The local server's answer to a request for a routed news URL; `undefined` when the URL is not routed. */
export async function routedResponse(url: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer } | undefined> {
  const target = new URL(url);
  const loopback = routedOrigins.get(target.origin);
  if (!loopback) return undefined;
  const response = await fetch(`${loopback}${target.pathname}${target.search}`);
  const headers: Record<string, string> = {};
  // Hop-by-hop headers belong to the loopback connection, not to the routed answer.
  response.headers.forEach((value, name) => {
    if (!['connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers[name] = value;
  });
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** Answers the routed news hosts from their local servers in every page of `context`; nothing else is touched. */
export async function routeNewsHosts(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => routedOrigins.has(url.origin),
    async (route) => {
      const answer = await routedResponse(route.request().url());
      await (answer ? route.fulfill(answer) : route.abort());
    },
  );
}

/**
 * Serves `roots` (URL prefix → folder) on a free port of a loopback address. On 127.0.0.1 (the
 * default) the pages are reached under a listed news host, where the extension runs; 127.0.0.2
 * is in no match, which gives untouched control pages.
 */
export async function serveStatic(
  roots: Record<string, string>,
  host = '127.0.0.1',
  headers: Record<string, string> = {},
  transformHtml?: (html: string) => string,
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = Object.keys(roots).find((p) => url.pathname.startsWith(p));
    const file = prefix ? resolve(roots[prefix]!, `.${decodeURIComponent(url.pathname.slice(prefix.length - 1))}`) : '';
    if (!prefix || !file.startsWith(roots[prefix]!) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    const body = readFileSync(file);
    res.end(transformHtml && extname(file) === '.html' ? transformHtml(body.toString('utf8')) : body);
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const loopbackOrigin = `http://${host}:${port}`;
  let origin = loopbackOrigin;
  if (host === '127.0.0.1') {
    const news = TEST_NEWS_HOSTS.map((h) => `https://${h}`).find((o) => !routedOrigins.has(o));
    if (!news) throw new Error(`more than ${TEST_NEWS_HOSTS.length} test page servers open at once`);
    routedOrigins.set(news, loopbackOrigin);
    origin = news;
  }
  return {
    origin,
    loopbackOrigin,
    close: () =>
      new Promise((done) => {
        if (origin !== loopbackOrigin) routedOrigins.delete(origin);
        server.close(() => done());
        // The browser keeps connections alive; without this, close() waits for it to let go.
        server.closeAllConnections();
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Says what is missing before a real-browser suite runs. */
export function requireBuiltExtensionAndChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium'.`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build in ${EXTENSION_DIR}: run 'npm run build' first.`);
}

/** Chromium's flags for a quiet headless run, with the extension in `extensionDir` loaded (or none). */
export function chromiumArgs(extensionDir?: string): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/**
 * Headless Chromium in a fresh profile, 1100×800, with the extension in `extensionDir` loaded (or
 * none); `close` also removes the profile. Shared by the e2e suites and `npm run bench:huge`.
 */
export async function launchChromium(
  extensionDir: string | undefined,
  executablePath = CHROMIUM,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'jfir-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: chromiumArgs(extensionDir),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker in `context`, once it has started. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** Launches Chromium with the built extension and returns its service worker and id. */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  requireBuiltExtensionAndChromium();
  const { context, close } = await launchChromium(EXTENSION_DIR);
  await routeNewsHosts(context);
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close };
}

/** Waits until the content script has reported its scan of `url` to the background. */
export async function waitForScan(worker: Worker, url: string): Promise<Array<{ topicId: string; count: number }>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const topics = await worker.evaluate(async (u) => {
      const { tabState } = await chrome.storage.session.get('tabState');
      const state = Object.values((tabState ?? {}) as Record<string, { url: string; topics: unknown[] }>).find((s) => s.url === u);
      return state?.topics as Array<{ topicId: string; count: number }> | undefined;
    }, url);
    if (topics) return topics;
    if (Date.now() > deadline) throw new Error(`the content script did not report a scan of ${url}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * The topic ids, sorted, the background holds for the tab at `url`: what the popup's "On this page" and the badge show.
 * Poll it: the scan's report reaches the background a moment after the marks are painted, and an
 * earlier scan (a route's skeleton) may already be stored under the same URL.
 */
export async function tabTopicIds(worker: Worker, url: string): Promise<string[]> {
  return (await waitForScan(worker, url)).map((t) => t.topicId).sort();
}

/** The toolbar badge text of the tab showing `url`. */
export async function badgeText(worker: Worker, url: string): Promise<string> {
  return worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, url);
}

/** The serialised DOM of the page, without the extension's own host element. */
export async function domWithoutExtension(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-jfir-briefs]').forEach((el) => el.remove());
    return clone.outerHTML;
  });
}

/** Writes a screenshot to the ignored artifacts folder, and to docs/screenshots when UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string, options: { selector?: string } = {}): Promise<void> {
  const target = options.selector ? page.locator(options.selector) : page;
  // caret: 'initial', because hiding the caret leaves style="" on the page's inputs, which the DOM checks would see.
  const buffer = await target.screenshot({ caret: 'initial' });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.png`), buffer);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, `${name}.png`), buffer);
  }
}

/** Text of every range in the extension's highlights, by registry name. Reads the main world's registry. */
/** The marked texts, sorted, without the keyboard cursor's highlight (which repeats one of them). */
export const marksBesideCursor = async (page: Page) =>
  Object.entries(await highlightedTexts(page))
    .filter(([name]) => name !== 'jfir-briefs-current')
    .flatMap(([, texts]) => texts)
    .sort();

/**
 * Where the keyboard cursor's mark shows, in viewport coordinates: its text, the id of its nearest element with one,
 * its box's top and bottom, the window's height, and the top and bottom of the element `within` names (a box that
 * scrolls it), if given.
 */
export const cursorPlace = (page: Page, within?: string) =>
  page.evaluate((within) => {
    const h = CSS.highlights.get('jfir-briefs-current');
    const r = h && [...h][0];
    if (!r) return undefined;
    const range = Document.prototype.createRange.call(document);
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const { top, bottom } = range.getBoundingClientRect();
    const box = within ? document.querySelector(within)?.getBoundingClientRect() : undefined;
    const holder = Element.prototype.closest.call(r.startContainer.parentElement!, '[id]');
    return {
      text: range.toString(),
      holder: holder && Element.prototype.getAttribute.call(holder, 'id'),
      top,
      bottom,
      height: innerHeight,
      ...(box ? { box: { top: box.top, bottom: box.bottom } } : {}),
    };
  }, within);

/** The keyboard's current mention: its text and the id of the element holding it (read through the DOM's own methods). */
export const currentMention = async (page: Page) => {
  const place = await cursorPlace(page);
  return place && `${place.text} in #${place.holder}`;
};

export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readHighlights);
}

/**
 * Runs in the page (Playwright or Puppeteer `evaluate`): the text of every highlighted range, by
 * highlight name, read from the page's registry as a reader's browser paints it.
 */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    out[name] = [...highlight].map((r) => {
      // The prototype's own method: a test page may shadow the document's (`<img name="createRange">`).
      const range = Document.prototype.createRange.call(document);
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }
  return out;
}

/** Waits until the page has at least `min` highlighted ranges. */
export async function waitForHighlights(page: Page, min = 1): Promise<void> {
  await page.waitForFunction((n) => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0) >= n, min, { timeout: 10_000 });
}

/** Centre of the first client rect of `text` in the first element matching `selector`. */
export function pointOfText(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return pointOfTextIn(page.locator(selector).first(), text);
}

/** Centre of the first client rect of `text` in the element a locator finds (locators see into open shadow roots). */
export async function pointOfTextIn(locator: Locator, text: string): Promise<{ x: number; y: number }> {
  const point = await locator.evaluate((el, text) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + text.length);
      const r = range.getClientRects()[0];
      if (r) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`text "${text}" not found`);
  return point;
}

/** The box of `text` (first occurrence) in the first element matching `selector`, in viewport coordinates. */
export async function boxOfText(
  page: Page,
  selector: string,
  text: string,
): Promise<{ top: number; bottom: number; left: number; right: number; x: number; y: number; width: number; height: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, text) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        const b = range.getBoundingClientRect();
        return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, x: b.left, y: b.top, width: b.width, height: b.height };
      }
      throw new Error(`text "${text}" not found`);
    }, text);
}

/**
 * Starts counting, in the background, the `loadPart` requests it is sent for `part` (the card's,
 * the finder's or its Japanese site lines' script); returns a reader of the count.
 */
export async function countPartLoads(worker: Worker, part: 'card' | 'finder' | 'japanese'): Promise<() => Promise<number>> {
  await worker.evaluate((name) => {
    const scope = globalThis as unknown as { partLoads?: Record<string, number> };
    if (scope.partLoads === undefined) {
      scope.partLoads = {};
      chrome.runtime.onMessage.addListener((message: unknown) => {
        const { type, payload } = (message ?? {}) as { type?: string; payload?: { part?: string } };
        if (type === 'loadPart' && payload?.part) scope.partLoads![payload.part] = (scope.partLoads![payload.part] ?? 0) + 1;
      });
    }
    scope.partLoads[name] = 0;
  }, part);
  return () => worker.evaluate((name) => (globalThis as unknown as { partLoads: Record<string, number> }).partLoads[name] ?? 0, part);
}
