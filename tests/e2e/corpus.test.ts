/**
 * The 130 real pages of Mozilla Readability's test corpus (in ../shared, not in this repository),
 * loaded in Chromium with the extension. Page scripts are blocked by a CSP header so that each
 * page is static and comparable with an untouched control copy served from 127.0.0.2.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { domWithoutExtension, FORBIDDEN_MARK_PLACES, highlightedTexts, ROOT, STATIC_PAGE_CSP, waitForScan } from './harness';
import { fixtureSession } from './session';

const CORPUS = resolve(ROOT, '../shared/corpus/news-pages');
const PAGES = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((d) => existsSync(join(CORPUS, d, 'source.html')))
      .sort()
  : [];
if (PAGES.length === 0) console.warn(`corpus sweep skipped: no pages in ${CORPUS} (a fresh clone has no ../shared)`);

const matcher = compileMatcher(DEFAULT_TOPICS);

/** Topics that the page's main article (Readability's expected.html) mentions. */
function expectedTopics(name: string): string[] {
  const { document } = parseHTML(`<html><body>${readFileSync(join(CORPUS, name, 'expected.html'), 'utf8')}</body></html>`);
  const doc = document;
  return [...new Set(findMentions(doc, [doc.body], matcher, { includeFurniture: true }).map((m) => m.topicId))].sort();
}

let page: Page;
let controlPage: Page;
const errors: string[] = [];
const tally = { pages: 0, withTopics: 0, inputsTyped: 0, highlights: 0 };

describe.skipIf(PAGES.length === 0)('Readability corpus in Chromium', () => {
  const session = fixtureSession({ root: CORPUS, headers: { 'content-security-policy': STATIC_PAGE_CSP }, control: true });

  beforeAll(async () => {
    page = await session.context.newPage();
    controlPage = await session.context.newPage();
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e}`));
  });

  afterAll(() => {
    console.log(`corpus sweep: ${JSON.stringify(tally)}`);
  });

  it.each(PAGES)('%s: marks exactly the article topics, only where a reader can see them, with the DOM untouched', async (name) => {
    const url = `${session.origin}/${name}/source.html`;
    await page.goto(url, { waitUntil: 'load' });
    const reported = await waitForScan(session.worker, url);
    await controlPage.goto(`${session.controlOrigin}/${name}/source.html`, { waitUntil: 'load' });
    tally.pages += 1;

    expect(await domWithoutExtension(page)).toBe(await domWithoutExtension(controlPage));
    expect(await page.evaluate(() => document.querySelectorAll('[data-jfir-briefs]').length)).toBe(0);

    const misplaced = await page.evaluate((forbidden) => {
      const bad: string[] = [];
      for (const highlight of CSS.highlights.values()) {
        for (const r of highlight) {
          const el = r.startContainer.parentElement;
          if (!el || el.closest(forbidden) || !el.checkVisibility({ visibilityProperty: true }))
            bad.push(el?.outerHTML.slice(0, 120) ?? '?');
        }
      }
      return bad;
    }, FORBIDDEN_MARK_PLACES);
    expect(misplaced).toEqual([]);

    const marked = Object.values(await highlightedTexts(page)).flat();
    tally.highlights += marked.length;
    const markedTopics = [...new Set(marked.flatMap((t) => matcher.find(t).map((m) => m.topicId)))].sort();
    const want = expectedTopics(name);
    if (want.length) tally.withTopics += 1;
    expect(markedTopics).toEqual(want);
    expect(reported.map((t) => t.topicId).sort()).toEqual(want);

    const input = page
      .locator('input[type="text"]:visible, input[type="search"]:visible, input:not([type]):visible, textarea:visible')
      .first();
    if ((await input.count()) > 0 && (await input.isEditable({ timeout: 1000 }).catch(() => false))) {
      const before = await input.inputValue();
      await input.pressSequentially(' Taliban and Putin', { timeout: 5000 });
      expect(await input.inputValue()).toBe(`${before} Taliban and Putin`);
      tally.inputsTyped += 1;
    }
  });

  it('caused no page error on any page', () => {
    expect(errors).toEqual([]);
  });
});
