/**
 * What `bench:scan` and `bench-scan-ab` share: the news-page corpus served with its page scripts
 * stripped (every load then sees the same static DOM), and one Chromium page that can reach
 * nothing but that server.
 */
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, ROOT, serveStatic } from '../../tests/e2e/harness';

export const CORPUS = resolve(ROOT, '../shared/corpus/news-pages');

/** The corpus served (with the given headers) and a page to load it in; `close` ends both. */
export async function corpusBrowser(headers: Record<string, string> = {}): Promise<{ page: Page; origin: string; close(): Promise<void> }> {
  const server = await serveStatic({ '/': CORPUS }, '127.0.0.1', headers, (html) => html.replace(/<script\b[\s\S]*?<\/script>/gi, ''));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return {
    page,
    origin: server.loopbackOrigin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
