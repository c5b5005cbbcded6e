/**
 * A 3 MB article with about 170,000 mentions (generated, `scripts/bench/huge-article.ts`), loaded
 * with the built extension under a listed news host: it is marked from its first mention, the
 * background is told every mention, nothing throws, and a storm of text changes from the page's
 * own script leaves the marks and counts right. The long tasks are measured by `npm run bench:huge`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MARKS, MARKS_PER_TOPIC } from '../../entrypoints/content/highlighter';
import { HUGE_HEADLINE, hugeArticle } from '../../scripts/bench/huge-article';
import { HUGE_URL, drawnMarks, launchHuge, mutationStorm, probeOf, reportedTopics, type HugeBrowser } from '../../scripts/bench/huge-page';
import { EXTENSION_DIR, badgeText, requireBuiltExtensionAndChromium } from './harness';

const article = hugeArticle();
const STORM_PARAGRAPHS = 1000;
let browser: HugeBrowser;

beforeAll(async () => {
  requireBuiltExtensionAndChromium();
  browser = await launchHuge(EXTENSION_DIR, article.html);
});

afterAll(async () => {
  await browser?.close();
});

describe('a huge article (3 MB of text)', () => {
  it('is marked from its first mention, every mention counted, with no error', { timeout: 180_000 }, async () => {
    expect(article.textChars).toBeGreaterThanOrEqual(3_000_000);
    const page = await browser.context.newPage();
    await page.goto(HUGE_URL, { waitUntil: 'load', timeout: 120_000 });
    const topics = await reportedTopics(browser.worker!, HUGE_URL, 90_000);
    expect(topics).toEqual(article.mentions);
    expect(await badgeText(browser.worker!, HUGE_URL)).toBe(String(Object.keys(article.mentions).length));
    // Marks are drawn a thousand per task: wait for the last.
    await expect.poll(async () => (await drawnMarks(page)).count, { timeout: 30_000 }).toBeGreaterThanOrEqual(MAX_MARKS);
    const marks = await drawnMarks(page);
    expect(marks.first).toBe('Taliban');
    expect(await page.evaluate(() => document.querySelector('h1')!.textContent)).toBe(HUGE_HEADLINE);
    expect(marks.firstParagraph).toBe(0);
    // The documented cap: the first MAX_MARKS mentions, and the first few of each topic beyond them.
    expect(marks.count).toBeGreaterThanOrEqual(MAX_MARKS);
    expect(marks.count).toBeLessThanOrEqual(MAX_MARKS + MARKS_PER_TOPIC * Object.keys(article.mentions).length);
    expect(browser.errors).toEqual([]);
    const probe = await probeOf(page);
    console.log(
      `huge page: first mark ${probe.firstMarkMs?.toFixed(0)} ms after navigation, main thread held at most ${probe.longestGapMs.toFixed(0)} ms after load (measured, not asserted: see npm run bench:huge)`,
    );
  });

  it('keeps marks and counts right through a storm of text changes from the page', { timeout: 180_000 }, async () => {
    const [page] = browser.context.pages().filter((p) => p.url() === HUGE_URL);
    expect(page).toBeDefined();
    const expected = { ...article.mentions };
    for (const counts of article.perParagraph.slice(0, STORM_PARAGRAPHS)) for (const [id, n] of Object.entries(counts)) expected[id]! -= n;
    // Five rewrites of each of the first thousand paragraphs, the last one naming no topic.
    await mutationStorm(page!, STORM_PARAGRAPHS, 5);
    await expect.poll(() => reportedTopics(browser.worker!, HUGE_URL, 0), { timeout: 90_000, interval: 250 }).toEqual(expected);
    // The page still answers its own scripts, and the marks moved past the rewritten paragraphs.
    await expect.poll(async () => (await drawnMarks(page!)).count, { timeout: 30_000 }).toBeGreaterThanOrEqual(MAX_MARKS);
    const marks = await drawnMarks(page!);
    expect(marks.first).toBe('Taliban');
    expect(marks.firstParagraph).toBe(STORM_PARAGRAPHS);
    expect(marks.count).toBeGreaterThanOrEqual(MAX_MARKS);
    expect(browser.errors).toEqual([]);
  });
});
