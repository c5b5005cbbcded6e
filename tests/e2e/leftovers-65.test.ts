/**
 * Leftovers a reviewer found in the content script, each checked in Chromium with the shipped
 * build; each test failed on 71eb347. A fold the reader closes far down a page of about 5,000
 * marks kept its marks (only the first 500 marked elements were looked at); a redraw of more than
 * 1,000 marks showed frames with only the first thousands of them, and dropped a keyboard cursor
 * past the thousandth mark; with the "hover" trigger, a nudge of the pointer resting on the mark
 * whose card the reader had closed opened it again, and one on a mark whose card was open while
 * the page was read again opened it anew (a new brief asked for).
 */
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../utils/settings';
import { cardTextFromOutside } from './card';
import { currentMention, marksBesideCursor as marked, pointOfText, waitForHighlights } from './harness';
import { fixtureSession } from './session';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

const HEAD = (title: string) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | The Regional Desk</title>
<style>body { font: 17px/1.6 Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }</style>
</head>
<body>
<header><a href="/">The Regional Desk</a></header>
`;

/** Paragraphs of the long explainer, four marks each (Taliban, Kabul, Afghanistan, Pyongyang). */
const PARAGRAPHS = 1240;
const MARKS = PARAGRAPHS * 4;
const paragraph = (i: number) =>
  `<p id="q${i}">In round ${i + 1} of the talks, officials said the Taliban had met envoys in Kabul about the future of Afghanistan and about Pyongyang, according to two diplomats who attended.</p>`;

/** An explainer of `paragraphs` paragraphs with a native fold at its end; `addNote()` appends a paragraph naming Xi Jinping. */
const explainer = (paragraphs: number) => `${HEAD('Explainer: rounds of talks')}
<article>
<h1>Explainer: rounds of talks</h1>
${Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n')}
<details id="bg"><summary>Background</summary><p>Beijing has kept its embassy open throughout, and state media reported that Xi Jinping had received a written message about mining contracts.</p></details>
<p id="last">Aid officials said the order would slow the delivery of food to the provinces at the start of winter.</p>
</article>
<script>
  window.addNote = function () {
    var p = document.createElement('p');
    p.textContent = 'Update: a spokesman said Xi Jinping would send an envoy to the next round.';
    document.querySelector('article').appendChild(p);
  };
</script>
</body>
</html>`;

/** A short story; `addMore()` appends a paragraph, `showRest()` shows its hidden rest (as its own scripts would). */
const HOVER = `${HEAD('Taliban tighten rules on aid groups')}
<article>
<h1>Taliban tighten rules on aid groups</h1>
<p id="p1">The Taliban administration in Kabul has told foreign aid groups that all of their local staff must be registered with the economy ministry by the end of the month.</p>
<p id="p2">Aid officials said the order, the third of its kind this year, would slow the delivery of food to the provinces, the Taliban's critics said on Tuesday.</p>
<div id="rest" hidden><p>Beijing has kept its embassy open throughout, and state media reported that Xi Jinping had received a written message.</p></div>
<div id="more"></div>
</article>
<script>
  window.addMore = function () {
    var p = document.createElement('p');
    p.textContent = 'Diplomats in Doha said envoys from Pyongyang would attend the next round of talks.';
    document.getElementById('more').appendChild(p);
  };
  window.showRest = function () { document.getElementById('rest').hidden = false; };
</script>
</body>
</html>`;

const session = fixtureSession({
  // About 5,000 marks; and a little over 1,000 (as few as a keyboard cursor past the thousandth needs).
  pages: () => ({ 'long.html': explainer(PARAGRAPHS), 'mid.html': explainer(260), 'hover.html': HOVER }),
});

/** How many marks of each text the page shows (the keyboard cursor's highlight left out). */
const count = async (page: Page, text: string) => (await marked(page)).filter((t) => t === text).length;

/** The number of ranges in the extension's mark highlights (the keyboard cursor's left out), read from the page's registry. */
const markCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('jfir-briefs-') && name !== 'jfir-briefs-current') n += h.size;
    return n;
  });

describe('a fold the reader closes far down a page of about 5,000 marks', () => {
  it('loses its marks once closed, and has them back once opened again', { timeout: 120_000 }, async () => {
    const page = await session.open('/long.html', { scan: true });
    await page.bringToFront();
    await waitForHighlights(page, MARKS);
    expect(await count(page, 'Xi Jinping')).toBe(0);
    for (const shown of [1, 0, 1, 0]) {
      await page.locator('#bg summary').click();
      await expect.poll(() => count(page, 'Xi Jinping'), { timeout: 20_000 }).toBe(shown);
    }
    // The marks of the story around it stayed.
    expect(await markCount(page)).toBe(MARKS);
    await page.close();
  });
});

/** Samples, in every animation frame, how many marks the page shows; returns a reader of the lowest count since the last read. */
async function sampleFrames(page: Page): Promise<() => Promise<{ lowest: number; frames: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __lowest: number; __frames: number };
    w.__lowest = Infinity;
    w.__frames = 0;
    const sample = () => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('jfir-briefs-') && name !== 'jfir-briefs-current') n += h.size;
      w.__lowest = Math.min(w.__lowest, n);
      w.__frames += 1;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __lowest: number; __frames: number };
      const seen = { lowest: w.__lowest, frames: w.__frames };
      w.__lowest = Infinity;
      w.__frames = 0;
      return seen;
    });
}

describe('the page read again with more than 1,000 marks', () => {
  it('shows every mark it keeps in every frame while the marks are redrawn', { timeout: 120_000 }, async () => {
    const page = await session.open('/long.html', { scan: true });
    await page.bringToFront();
    await waitForHighlights(page, MARKS);
    await page.waitForTimeout(500);
    const lowest = await sampleFrames(page);
    // The page adds a paragraph (its block is read), the reader opens the fold (the page is read
    // again), and closes it (read again: its mark goes, and only that one).
    const acts: Array<[string, () => Promise<unknown>, number]> = [
      ['the page adds a paragraph', () => page.evaluate(() => (window as unknown as { addNote(): void }).addNote()), MARKS + 1],
      ['the reader opens the fold', () => page.locator('#bg summary').click(), MARKS + 2],
      ['the reader closes the fold', () => page.locator('#bg summary').click(), MARKS + 1],
      ['the page adds another paragraph', () => page.evaluate(() => (window as unknown as { addNote(): void }).addNote()), MARKS + 2],
    ];
    for (const [act, run, after] of acts) {
      const before = await markCount(page);
      await lowest();
      await run();
      await expect.poll(() => markCount(page), { timeout: 20_000 }).toBe(after);
      await page.waitForTimeout(300);
      const seen = await lowest();
      expect(seen.frames, act).toBeGreaterThan(5);
      expect(seen.lowest, act).toBeGreaterThanOrEqual(Math.min(before, after));
    }
    await page.close();
  });

  it('keeps the keyboard cursor on a mark past the thousandth', { timeout: 120_000 }, async () => {
    const page = await session.open('/mid.html', { scan: true });
    await page.bringToFront();
    await waitForHighlights(page, 260 * 4);
    await page.locator('body').focus();
    for (let i = 0; i < 1002; i += 1) await page.keyboard.press('Alt+Shift+KeyJ');
    // The 1,002nd mark: the second of round 251's four.
    expect(await currentMention(page)).toBe('Kabul in #q250');
    await page.evaluate(() => (window as unknown as { addNote(): void }).addNote());
    await expect.poll(() => count(page, 'Xi Jinping')).toBe(1);
    expect(await currentMention(page)).toBe('Kabul in #q250');
    await page.close();
  });
});

/** Stores the settings with the card opening on hover (or the defaults again). */
async function cardOnHover(worker: Worker, hover: boolean): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, display: { ...DEFAULT_SETTINGS.display, cardTrigger: hover ? 'hover' : 'click' } };
  await worker.evaluate(async ({ settings, version }) => chrome.storage.sync.set({ settings, settings$: { v: version } }), {
    settings,
    version: SETTINGS_VERSION,
  });
}

/** Starts counting the briefs the content script asks for (one per card it opens); returns a reader of the count. */
async function countBriefs(worker: Worker): Promise<() => Promise<number>> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { briefsAsked?: number };
    if (scope.briefsAsked === undefined)
      chrome.runtime.onMessage.addListener((message: unknown) => {
        if ((message as { type?: string } | undefined)?.type === 'getBrief') scope.briefsAsked! += 1;
      });
    scope.briefsAsked = 0;
  });
  return () => session.worker.evaluate(() => (globalThis as unknown as { briefsAsked: number }).briefsAsked);
}

const cardOpen = async (page: Page) => (await cardTextFromOutside(page)).trim() !== '';

/** Opens the hover story with the card opening on hover; returns it, a reader of the briefs asked for, and a way to rest the pointer on a word. */
async function hoverStory() {
  await cardOnHover(session.worker, true);
  const briefs = await countBriefs(session.worker);
  const page = await session.open('/hover.html', { scan: true });
  await page.bringToFront();
  await page.mouse.move(5, 5);
  /** Moves the pointer onto `text` in `selector`, `dx` pixels right of its middle (a reader's hand nudging it). */
  const restOn = async (selector: string, text: string, dx = 0) => {
    const { x, y } = await pointOfText(page, selector, text);
    await page.mouse.move(x + dx, y, { steps: 3 });
  };
  return { page, briefs, restOn };
}

describe('the card opening on hover', () => {
  it('stays closed when the page is read again and the pointer, still on its mark, is nudged; opens when hovered anew', async () => {
    try {
      const { page, briefs, restOn } = await hoverStory();
      await restOn('#p1', 'Kabul');
      await expect.poll(() => cardOpen(page)).toBe(true);
      expect(await briefs()).toBe(1);
      // The reader closes the card and keeps the pointer where it was; the page adds a paragraph (its block is
      // read), and the reader's hand nudges the pointer within the word.
      await page.keyboard.press('Escape');
      await expect.poll(() => cardOpen(page)).toBe(false);
      await page.evaluate(() => (window as unknown as { addMore(): void }).addMore());
      await expect.poll(() => count(page, 'Pyongyang')).toBe(1);
      await restOn('#p1', 'Kabul', 2);
      await page.waitForTimeout(1200);
      expect(await cardOpen(page)).toBe(false);
      expect(await briefs()).toBe(1);
      // Left and hovered again: it opens (a closed card is not closed for good).
      await page.mouse.move(5, 5, { steps: 3 });
      await page.waitForTimeout(700);
      await restOn('#p1', 'Kabul');
      await expect.poll(() => cardOpen(page)).toBe(true);
      expect(await briefs()).toBe(2);
      await page.close();
    } finally {
      await cardOnHover(session.worker, false);
    }
  });

  it('is not opened anew when the page is read again while it is open and the pointer on its mark is nudged', async () => {
    try {
      const { page, briefs, restOn } = await hoverStory();
      await restOn('#p2', 'Taliban');
      await expect.poll(() => cardOpen(page)).toBe(true);
      expect(await briefs()).toBe(1);
      // The page shows its hidden rest (the whole page is read again, every mark made anew).
      await page.evaluate(() => (window as unknown as { showRest(): void }).showRest());
      await expect.poll(() => count(page, 'Xi Jinping')).toBe(1);
      await restOn('#p2', 'Taliban', 2);
      await page.waitForTimeout(1200);
      expect(await cardOpen(page)).toBe(true);
      expect(await briefs()).toBe(1);
      await page.close();
    } finally {
      await cardOnHover(session.worker, false);
    }
  });
});
