/**
 * What `bench:scan` and `bench-scan-ab` share: the news-page corpus served with its page scripts
 * stripped (every load then sees the same static DOM), and one Chromium page that can reach
 * nothing but that server. Scripts are taken out by parse5 (`withoutScripts`), as a browser ends
 * them: a regular expression ends a script only at `</script>`, and took page text with it where
 * a page ends one otherwise (`</script ` with a space).
 */
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, ROOT, serveStatic } from '../../tests/e2e/harness';
import { withoutScripts } from '../page-html';

export const CORPUS = resolve(ROOT, '../shared/corpus/news-pages');

/**
 * Headers that make a page cross-origin isolated, so that `performance.now()` counts in 5 µs
 * steps instead of 100 µs (Chromium coarsens it otherwise). The corpus is served from one origin
 * and every other request is aborted, so the pages load as before.
 */
export const ISOLATED: Record<string, string> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/**
 * The corpus served (with the given headers) and fresh pages to load it in; `close` ends both.
 * Each `freshPage()` is a page in a browser context of its own (closing the one before), so in a
 * renderer of its own: V8 keeps compiled scripts and regular expressions per renderer, keyed by
 * their text, so a page loaded again in the same renderer would skip compiling what a reader's
 * first scan on a site compiles (our functions, the alias regex, the floor's regex).
 */
export async function corpusBrowser(
  headers: Record<string, string> = {},
): Promise<{ freshPage(): Promise<Page>; origin: string; close(): Promise<void> }> {
  // Each page is loaded many times: parsed once.
  const stripped = new Map<string, string>();
  const strip = (html: string) => stripped.get(html) ?? stripped.set(html, withoutScripts(html)).get(html)!;
  const server = await serveStatic({ '/': CORPUS }, '127.0.0.1', headers, strip);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  let context: BrowserContext | undefined;
  return {
    async freshPage() {
      await context?.close();
      context = await browser.newContext();
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      return page;
    },
    origin: server.loopbackOrigin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs a bundle in the page as a classic script, the way the browser runs a content script. */
export async function runScript(page: Page, js: string): Promise<void> {
  await page.addScriptTag({ content: js });
}
