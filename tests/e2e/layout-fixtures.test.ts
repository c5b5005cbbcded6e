/**
 * The Japanese layouts of tests/fixtures/japanese-layouts read with the shipped build in
 * Chromium, as a reader with the default topics meets them: the topic the article names is
 * marked, and the topic named only in its comments, rankings or rails is not; and a card on a
 * page that gives its date only in print still tells how old each commentary is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefCard } from './card';
import { highlightedTexts, pointOfText, ROOT, waitForScan } from './harness';
import { fixtureSession } from './session';

const DIR = join(ROOT, 'tests/fixtures/japanese-layouts');
const { pages } = JSON.parse(readFileSync(join(DIR, 'snippets.json'), 'utf8')) as {
  pages: Array<{ file: string; articleAlias: string; outsideAlias: string }>;
};

const session = fixtureSession({ root: DIR });

describe('Japanese layouts in Chromium', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s: marks the article’s topic, not one named only around it', async (_file, layout) => {
    const errors: string[] = [];
    const page = await session.open(`/${layout.file}`, { scan: true, errors });
    const marked = Object.values(await highlightedTexts(page)).flat();
    expect(marked).toContain(layout.articleAlias);
    expect(marked.filter((text) => text.includes(layout.outsideAlias))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs on Yahoo! News Japan and the broadcasters’ news sites without being enabled', async () => {
    const portal = pages.find((p) => p.file === 'aggregator.html')!;
    const body = readFileSync(join(DIR, portal.file));
    for (const url of [
      'https://news.yahoo.co.jp/articles/3f1c9e0b2a',
      'https://newsdig.tbs.co.jp/articles/-/1234567',
      'https://www.fnn.jp/articles/-/765432',
      'https://news.tv-asahi.co.jp/news_politics/articles/000123456.html',
      'https://news.ntv.co.jp/category/international/abc123',
    ]) {
      const page = await session.context.newPage();
      await page.route(new URL(url).origin + '/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      await page.goto(url);
      await waitForScan(session.worker, url);
      expect(Object.values(await highlightedTexts(page)).flat(), url).toContain(portal.articleAlias);
      await page.close();
    }
  });

  it('tells on a card how much older a commentary is than a story that prints its date but has no metadata', async () => {
    const errors: string[] = [];
    // The wire story prints "2026年11月30日20時14分" under its headline and has no date in its metadata.
    const page = await session.open('/wire-short.html', { scan: true, errors });
    await page.bringToFront();
    const { x, y } = await pointOfText(page, 'h1', 'カブール');
    await page.mouse.click(x, y);
    const card = await briefCard(page);
    await card.waitFor({ timeout: 10_000 });
    await card
      .getByText(/before this article|前に執筆/)
      .first()
      .waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
