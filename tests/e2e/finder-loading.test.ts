/**
 * The article finder (`finder.js`) is loaded into the content script's isolated world only with a
 * page's first possible mention, through `loadPart`: a page that names no topic never loads it, a
 * page loads it once however often its text changes, a refused injection is tried again, when it
 * cannot be loaded at all nothing is marked (no mark outside the article, no page error), and a
 * page whose first scan could not load it is marked once it can and the story changes. Its
 * Japanese site lines (`japanese-lines.js`) load with it only on a page with CJK text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countPartLoads, highlightedTexts, waitForHighlights } from './harness';
import { JAPANESE_NOTICE_MARKS, JAPANESE_NOTICE_PAGE } from './japanese-notice-page';
import { fixtureSession } from './session';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

/** A regional paper's story page; `story` is its body, `rail` a most-read list beside it. */
const newsPage = (story: string, rail: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour dredging to resume in spring | The Coastal Ledger</title></head>
<body>
<header class="site-header"><a href="/">The Coastal Ledger</a>
  <nav><ul><li><a href="/local">Local</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
  <article class="story">
    <h1>Harbour dredging to resume in spring</h1>
    <p class="byline">By Mara Ellison · 14 March</p>
    <div class="story-body" id="body">
      <p>Dredging of the inner harbour will resume in April after the port authority settled a contract dispute with its
      contractor, officials said on Thursday, ending a pause that had left two berths too shallow for laden grain ships.</p>
      <p>The authority's chair said the work would run for eleven weeks and that fishing boats would keep their moorings
      on the north quay throughout, although the slipway would close for two weekends in May.</p>
      ${story}
    </div>
  </article>
  <div class="most-read"><h2>Most read</h2><ol>${rail}</ol></div>
</main>
<footer class="site-footer"><p>© The Coastal Ledger</p></footer>
</body></html>`;

const session = fixtureSession({
  pages: () => ({
    'no-topic.html': newsPage(
      "<p>Councillors will hear the contractor's revised schedule at their meeting next week, along with a report on silt disposal.</p>",
      '<li><a href="/a">Ferry timetable changes for summer</a></li><li><a href="/b">School roof repairs finished early</a></li>',
    ),
    'story-topic.html': newsPage(
      '<p>The port also handles aid cargo bound for Afghanistan, where the Taliban control the border crossings.</p>',
      '<li><a href="/b">School roof repairs finished early</a></li>',
    ),
    'japanese-topic.html': JAPANESE_NOTICE_PAGE,
    'rail-topic.html': newsPage(
      "<p>Councillors will hear the contractor's revised schedule at their meeting next week, along with a report on silt disposal.</p>",
      '<li><a href="/a">What North Korea\'s latest launch means for shipping</a></li><li><a href="/b">School roof repairs finished early</a></li>',
    ),
  }),
});

/** Counts the background's `loadPart` requests for the finder script. */
const countFinderLoads = () => countPartLoads(session.worker, 'finder');

/** Makes the background's injections of the finder fail, `times` times (Infinity: always), as for a frame that went away. */
async function refuseFinder(times: number): Promise<() => Promise<number>> {
  await session.worker.evaluate(
    (limit) => {
      const scripting = chrome.scripting as unknown as { executeScript: (...args: unknown[]) => Promise<unknown> };
      const scope = globalThis as unknown as { refused: number; limit: number; original?: typeof scripting.executeScript };
      scope.original ??= scripting.executeScript;
      const original = scope.original;
      Object.assign(scope, { refused: 0, limit: limit ?? Infinity });
      scripting.executeScript = (...args) => {
        const files = (args[0] as { files?: string[] }).files ?? [];
        if (!files.includes('/finder.js') || scope.refused >= scope.limit) return original.apply(scripting, args);
        scope.refused += 1;
        return Promise.reject(new Error('Frame with ID 0 was removed.'));
      };
      // JSON has no Infinity: `null` stands for it.
    },
    times === Infinity ? null : times,
  );
  return () => session.worker.evaluate(() => (globalThis as unknown as { refused: number }).refused);
}

/** The reader's page gains a paragraph naming the Taliban, as a live story's update does. */
const addTalibanParagraph = (page: Page) =>
  page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Two of the dredgers were built for a Gulf port whose contract lapsed when the Taliban took power.';
    document.getElementById('body')!.append(p);
  });

const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the article finder script', () => {
  it('is not loaded on a page that names no topic, and is loaded once when a topic appears', async () => {
    await refuseFinder(0);
    const loads = await countFinderLoads();
    const page = await session.open('/no-topic.html', { scan: true });
    await settle(300);
    expect(await loads()).toBe(0);
    await addTalibanParagraph(page);
    await waitForHighlights(page, 1);
    expect(Object.values(await highlightedTexts(page)).flat()).toEqual(['Taliban']);
    await addTalibanParagraph(page);
    await waitForHighlights(page, 2);
    expect(await loads()).toBe(1);
    await page.close();
  });

  it('is loaded for a topic named only outside the article, which stays unmarked', async () => {
    await refuseFinder(0);
    const loads = await countFinderLoads();
    const page = await session.open('/rail-topic.html', { scan: true });
    // Only the finder can tell the rail (no furniture markup) from the story: the page's one possible mention loads it.
    await expect.poll(loads).toBe(1);
    await addTalibanParagraph(page);
    await waitForHighlights(page, 1);
    expect(Object.values(await highlightedTexts(page)).flat()).toEqual(['Taliban']);
    await page.close();
  });

  it("loads the Japanese site lines with it only on a page with CJK text, and marks no topic in a Japanese site's notice", async () => {
    await refuseFinder(0);
    const japanese = await countPartLoads(session.worker, 'japanese');
    const english = await session.open('/story-topic.html', { scan: true });
    await waitForHighlights(english, 2);
    expect(await japanese()).toBe(0);
    await english.close();
    const page = await session.open('/japanese-topic.html', { scan: true });
    await waitForHighlights(page, JAPANESE_NOTICE_MARKS.length);
    expect(await japanese()).toBe(1);
    await settle(300);
    expect(
      Object.values(await highlightedTexts(page))
        .flat()
        .sort(),
    ).toEqual([...JAPANESE_NOTICE_MARKS].sort());
    await page.close();
  });

  it('is tried again when its injection is refused, and then marks the article', async () => {
    const refused = await refuseFinder(1);
    const page = await session.open('/no-topic.html', { scan: true });
    await addTalibanParagraph(page);
    await waitForHighlights(page, 1);
    expect(Object.values(await highlightedTexts(page)).flat()).toEqual(['Taliban']);
    expect(await refused()).toBe(1);
    await page.close();
  });

  it('marks nothing, and raises no page error, when it cannot be loaded at all', async () => {
    const refused = await refuseFinder(Infinity);
    const errors: string[] = [];
    const page = await session.open('/rail-topic.html', { scan: true, errors });
    await addTalibanParagraph(page);
    await expect.poll(refused, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
    await settle(500);
    expect(Object.values(await highlightedTexts(page)).flat()).toEqual([]);
    expect(errors).toEqual([]);
    await refuseFinder(0);
    await page.close();
  });

  // helper-50's probe: the failed scan used to leave no part of the page to read again.
  it('marks the article once it can be loaded, when the story changes after a first scan that could not load it', async () => {
    const refused = await refuseFinder(3);
    const page = await session.open('/story-topic.html');
    await expect.poll(refused, { timeout: 5000 }).toBe(3);
    await settle(500);
    expect(Object.values(await highlightedTexts(page)).flat()).toEqual([]);
    await addTalibanParagraph(page);
    await waitForHighlights(page, 1);
    // Only the changed part is read again: the story's first mentions wait for the next full scan.
    expect(Object.values(await highlightedTexts(page)).flat()).toEqual(['Taliban']);
    await page.close();
  });
});
