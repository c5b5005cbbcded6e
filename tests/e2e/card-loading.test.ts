/**
 * The card's code (`card.js`) is loaded into the content script's isolated world on the first
 * card of a page (from the reader's press on a mention), through `loadPart`, and only for the
 * reader's own input: a later card reuses it (also past a second copy of the script),
 * a page's scripted click loads nothing, a page's global of the same name is never called, and a
 * refused injection opens nothing until the reader's next click, which loads it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { briefCard, CARD_HOST } from './card';
import { countPartLoads, pointOfText } from './harness';
import { fixtureSession } from './session';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

const PAGE = '/afghanistan-haqqani.html';
const session = fixtureSession();

/** Counts the background's `loadPart` requests for the card script. */
const countLoads = () => countPartLoads(session.worker, 'card');

async function click(page: Page, text: string): Promise<void> {
  const { x, y } = await pointOfText(page, 'h1', text);
  await page.mouse.click(x, y);
}

/** The test page in a new tab, focused, once scanned and marked. */
async function openPage(): Promise<Page> {
  const page = await session.open(PAGE, { scan: true, highlights: 3 });
  await page.bringToFront();
  return page;
}

/** Waits until the card named `name` shows its brief. */
async function briefShown(page: Page, name: string) {
  const card = await briefCard(page, name);
  await card.getByRole('button', { name: 'Read the full commentary' }).first().waitFor();
  return card;
}

/** Whether the card's host is on the page. */
const hasHost = (page: Page) => page.evaluate((host) => document.querySelector(host) !== null, CARD_HOST);

describe('the card script', () => {
  it('loads once, on the first click, and serves the later cards', async () => {
    const loads = await countLoads();
    const page = await openPage();
    expect(await loads()).toBe(0);
    expect(await hasHost(page)).toBe(false);
    await click(page, 'Haqqani');
    const first = await briefShown(page, 'Haqqani network');
    await page.keyboard.press('Escape');
    await first.waitFor({ state: 'detached' });
    await click(page, 'Kabul');
    await briefShown(page, 'Afghanistan');
    expect(await loads()).toBe(1);
    await page.close();
  });

  it('keeps working when the card script runs a second time in the page', async () => {
    const page = await openPage();
    await click(page, 'Haqqani');
    await briefShown(page, 'Haqqani network');
    await page.keyboard.press('Escape');
    await session.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/card.js'] });
    }, page.url());
    await click(page, 'Kabul');
    await briefShown(page, 'Afghanistan');
    expect(await page.evaluate((host) => document.querySelectorAll(host).length, CARD_HOST)).toBe(1);
    await page.close();
  });

  it('loads on the reader’s press on a mention, ahead of the click, and opens nothing before it', async () => {
    const loads = await countLoads();
    const page = await openPage();
    const { x, y } = await pointOfText(page, 'h1', 'Haqqani');
    await page.mouse.move(x, y);
    await page.mouse.down();
    await expect.poll(loads).toBe(1);
    expect(await hasHost(page)).toBe(false);
    await page.mouse.up();
    await briefShown(page, 'Haqqani network');
    expect(await loads()).toBe(1);
    await page.close();
  });

  it('is not loaded by a page’s scripted press or click, nor replaced by a page global of the same key', async () => {
    const loads = await countLoads();
    const page = await openPage();
    const { x, y } = await pointOfText(page, 'h1', 'Haqqani');
    await page.evaluate(
      ({ x, y }) => {
        const scope = window as unknown as Record<symbol, unknown> & { fakeCalled?: boolean };
        scope[Symbol.for('jfir-briefs.card-view')] = () => {
          scope.fakeCalled = true;
          throw new Error('the page’s card');
        };
        const target = document.elementFromPoint(x, y)!;
        const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y };
        for (let i = 0; i < 5; i++) {
          target.dispatchEvent(new PointerEvent('pointerdown', init));
          target.dispatchEvent(new MouseEvent('click', init));
        }
      },
      { x, y },
    );
    // The background would have heard a request by now; give it a moment all the same.
    await new Promise((done) => setTimeout(done, 500));
    expect(await loads()).toBe(0);
    expect(await hasHost(page)).toBe(false);
    await page.mouse.click(x, y);
    await briefShown(page, 'Haqqani network');
    expect(await loads()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { fakeCalled?: boolean }).fakeCalled ?? false)).toBe(false);
    await page.close();
  });

  it('opens nothing when the injection is refused, and loads on the reader’s next click', async () => {
    const page = await openPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The background's injection fails once, as it does for a frame that went away.
    await session.worker.evaluate(() => {
      const scripting = chrome.scripting as unknown as { executeScript: (...args: unknown[]) => Promise<unknown> };
      const scope = globalThis as unknown as { refused: number; refuse: boolean };
      const original = scripting.executeScript;
      Object.assign(scope, { refused: 0, refuse: true });
      scripting.executeScript = (...args) => {
        if (!scope.refuse) return original.apply(scripting, args);
        scope.refused += 1;
        return Promise.reject(new Error('Frame with ID 0 was removed.'));
      };
    });
    await click(page, 'Haqqani');
    // The press asked (the click waits for the same answer, or asks again once it failed).
    await expect.poll(() => session.worker.evaluate(() => (globalThis as unknown as { refused: number }).refused)).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 300));
    expect(await hasHost(page)).toBe(false);
    await session.worker.evaluate(() => ((globalThis as unknown as { refuse: boolean }).refuse = false));
    await click(page, 'Haqqani');
    await briefShown(page, 'Haqqani network');
    expect(errors).toEqual([]);
    await page.close();
  });
});
