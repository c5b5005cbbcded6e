/**
 * One real-browser session for a suite: `fixtureSession()` registers the suite's `beforeAll` and
 * `afterAll` that serve the test pages under a listed news host, launch Chromium with the built
 * extension, and close both again. Options add what some suites need besides: a control copy of
 * the pages on 127.0.0.2 (outside the extension's matches), response headers, generated pages,
 * permissions for the pages' origin, a recorder of every request.
 *
 * Call it at the top of a test file (or inside a `describe`). The browser and servers are there
 * from the first `beforeAll` on; a suite's own `beforeAll`, registered after the call, runs after
 * them, and its own `afterAll` runs before they close.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  FIXTURES,
  launchWithExtension,
  serveStatic,
  waitForHighlights,
  waitForScan,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

export interface FixtureSessionOptions {
  /** Whether to serve test pages at all (default true); without, the session is the browser alone. */
  serve?: boolean;
  /** The folder served (default: the fixture pages, `tests/fixtures/pages`). */
  root?: string;
  /** Pages written at set-up into a temporary folder (file name → HTML) and served instead of `root`. */
  pages?: () => Record<string, string>;
  /** Response headers of every served page (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
  /** Also serve the same pages on 127.0.0.2, which is in no match: untouched control pages at `controlOrigin`. */
  control?: boolean;
  /** Permissions granted to the pages' origin (e.g. `clipboard-read`). */
  permissions?: string[];
  /** Records every request the browser makes, its pages' and the extension's, in `requests`. */
  recordRequests?: boolean;
}

export interface OpenOptions {
  /** Wait until the content script has reported its scan of the page to the background. */
  scan?: boolean;
  /** Wait until the page has at least this many highlighted ranges. */
  highlights?: number;
  /** Where the page's uncaught errors go, as `path: error`. */
  errors?: string[];
}

export interface FixtureSession {
  readonly context: BrowserContext;
  /** The extension's service worker. */
  readonly worker: Worker;
  readonly extensionId: string;
  /** Where the served pages are, as the browser sees them: a listed news host. */
  readonly origin: string;
  /** Where the control copy is (`control: true` only). */
  readonly controlOrigin: string;
  /** Every request made since launch (`recordRequests: true` only; empty otherwise). */
  readonly requests: readonly Request[];
  /** Opens `path` of the served pages in a new tab and waits as asked. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** Opens one of the extension's pages (`popup.html`, `options.html`, `reader.html?…`) in a new tab. */
  extensionPage(path: string, options?: Pick<OpenOptions, 'errors'>): Promise<Page>;
}

export function fixtureSession(options: FixtureSessionOptions = {}): FixtureSession {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  let control: StaticServer | undefined;
  let generated: string | undefined;
  const requests: Request[] = [];

  beforeAll(async () => {
    if (options.serve !== false) {
      let root = options.root ?? FIXTURES;
      if (options.pages) {
        generated = root = mkdtempSync(join(tmpdir(), 'jfir-e2e-pages-'));
        for (const [name, html] of Object.entries(options.pages())) writeFileSync(join(root, name), html);
      }
      server = await serveStatic({ '/': root }, '127.0.0.1', options.headers);
      // 127.0.0.2 is outside the content script's matches: the same pages, untouched by the extension.
      if (options.control) control = await serveStatic({ '/': root }, '127.0.0.2', options.headers);
    }
    browser = await launchWithExtension();
    if (options.recordRequests) browser.context.on('request', (r) => requests.push(r));
    if (options.permissions) await browser.context.grantPermissions(options.permissions, { origin: ready(server, 'server').origin });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await control?.close();
    if (generated) rmSync(generated, { recursive: true, force: true });
  });

  const watch = (page: Page, path: string, errors?: string[]) => {
    if (errors) page.on('pageerror', (e) => errors.push(`${path}: ${e}`));
  };

  const session: FixtureSession = {
    get context() {
      return ready(browser, 'browser').context;
    },
    get worker() {
      return ready(browser, 'browser').worker;
    },
    get extensionId() {
      return ready(browser, 'browser').extensionId;
    },
    get origin() {
      return ready(server, 'server (serve: false?)').origin;
    },
    get controlOrigin() {
      return ready(control, 'control server (control: true?)').origin;
    },
    requests,
    async open(path, { scan = false, highlights, errors } = {}) {
      const page = await session.context.newPage();
      watch(page, path, errors);
      await page.goto(session.origin + path);
      if (scan) await waitForScan(session.worker, session.origin + path);
      if (highlights !== undefined) await waitForHighlights(page, highlights);
      return page;
    },
    async extensionPage(path, { errors } = {}) {
      const page = await session.context.newPage();
      watch(page, path, errors);
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      return page;
    },
  };
  return session;
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`fixtureSession: no ${what} yet; use it in a test or in a beforeAll after fixtureSession()`);
  return value;
}
