/**
 * Second reader 74 in Firefox ESR (the Firefox build, driven over WebDriver BiDi by puppeteer-core as
 * in firefox.test.ts): the card's host is a manual popover shown from the content script's sandbox
 * (behind Xray wrappers) on each opening. Pages from second-reader-74-pages.ts: a card opened from a
 * mark in the site's explainer popover, an overlay manager that closes foreign popovers, a story in
 * full screen, and a site style sheet for every popover and backdrop.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HOST } from './card';
import { exposeCard as exposeCardRoot, launchFirefox, openRoutedTab } from './firefox-harness';
import { readHighlights, serveStatic, type StaticServer } from './harness';
import { PAGES } from './second-reader-74-pages';

const PAGES_DIR = mkdtempSync(join(tmpdir(), 'jfir-firefox-74-'));

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(PAGES_DIR, name), html);
  server = await serveStatic({ '/': PAGES_DIR });
  browser = await launchFirefox();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(PAGES_DIR, { recursive: true, force: true });
});

/** `path` in a new tab, focused, its news host answered by the local server, once `marks` of its mentions are marked. */
const openPage = (path: string, marks: number) => openRoutedTab(browser, server.origin + path, marks);

/** The reader's click on `text` in the first element matching `selector`. */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  const { x, y } = await page.evaluate(
    (sel, t) => {
      const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(t);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + t.length);
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`no ${t} in ${sel}`);
    },
    selector,
    text,
  );
  await page.mouse.click(x, y);
}

/** Hands the card's closed shadow root to the page's main world (see firefox-harness.ts). */
const exposeCard = (page: Page) => exposeCardRoot(browser, page);

/** What the reader sees of the card: shown with its brief, the host in the top layer, and the card at its heading's place. */
async function cardState(page: Page) {
  await exposeCard(page);
  await page.waitForFunction(
    (host) => document.querySelector(host)?.shadowRoot?.textContent?.includes('Read the full commentary') ?? false,
    { timeout: 10_000 },
    CARD_HOST,
  );
  return page.evaluate((host) => {
    const el = document.querySelector(host)!;
    const r = el.shadowRoot!.querySelector('[role=dialog]')!.getBoundingClientRect();
    return {
      topLayer: el.matches(':popover-open'),
      onTop: document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 40))?.matches(host) ?? false,
    };
  }, CARD_HOST);
}

const cardClosed = (page: Page) =>
  page.evaluate((host) => !document.querySelector(host)?.shadowRoot?.querySelector('[role=dialog]'), CARD_HOST);

describe('the card in the top layer, in Firefox', () => {
  it('opens the card of a mark in the explainer popover above it, Escape closing it alone, its link opening the reader', async () => {
    const page = await openPage('/guarded.html', 4);
    await page.click('#term');
    // The explainer's names are marked once it is shown.
    await expect.poll(async () => Object.values(await page.evaluate(readHighlights)).flat(), { timeout: 10_000 }).toContain('Haqqani');
    const explainerOpen = () => page.evaluate(() => document.getElementById('who')!.matches(':popover-open'));
    await clickText(page, '#who-text', 'Haqqani');
    expect(await cardState(page)).toEqual({ topLayer: true, onTop: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardClosed(page)).toBe(true);
    expect(await explainerOpen()).toBe(true);
    await clickText(page, '#who-text', 'Haqqani');
    expect(await cardState(page)).toEqual({ topLayer: true, onTop: true });
    const tabs = (await browser.pages()).length;
    const read = await page.evaluateHandle(
      (host) => document.querySelector(host)!.shadowRoot!.querySelector<HTMLElement>('.actions button')!,
      CARD_HOST,
    );
    await (read.asElement() as ElementHandle<Element>).click();
    await expect.poll(async () => (await browser.pages()).length, { timeout: 10_000 }).toBe(tabs + 1);
    // As in Chromium, that click in the card also closes the explainer (light dismiss): see second-reader-74.test.ts.
    await page.close();
  });

  it('shows a usable card on a page whose overlay manager closes every foreign popover', async () => {
    const page = await openPage('/guarded.html?on=toggle', 4);
    await clickText(page, '#p1', 'Taliban');
    expect(await cardState(page)).toEqual({ topLayer: false, onTop: true });
    expect(await page.evaluate(() => (window as unknown as { swept: number }).swept)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardClosed(page)).toBe(true);
    await page.close();
  });

  /** The reader puts the long read in full screen and opens the card of its first "Taliban". */
  const cardInFullScreen = async () => {
    const page = await openPage('/immersive.html', 4);
    await page.click('#full');
    await page.waitForFunction(() => document.fullscreenElement?.id === 'story', { timeout: 5000 });
    await clickText(page, '#p1', 'Taliban');
    expect(await cardState(page)).toEqual({ topLayer: true, onTop: true });
    return page;
  };

  it('opens a clickable card from a mark in a story in full screen; Escape leaves full screen, a second closes the card', async () => {
    const page = await cardInFullScreen();
    // Firefox keeps the first Escape for leaving full screen: the page (and the card) never see it.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardClosed(page)).toBe(true);
    await page.close();
  });

  /**
   * Failed before the card closed on `fullscreenchange`. Expected: when the reader leaves full screen
   * (Escape, which Firefox keeps to itself) with a card open, the card closes or stays beside its
   * mark. Was: the story went back to its place and the card stayed where the mark had been in full
   * screen (some 230 px off), over the story's text: card-controller.ts placed the card once and
   * moved it only on scroll. Now entering or leaving full screen closes the card.
   */
  it('closes the card, or keeps it beside its mark, when the reader leaves full screen', async () => {
    const page = await cardInFullScreen();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null, { timeout: 5000 });
    await new Promise((done) => setTimeout(done, 500));
    const beside = await page.evaluate((host) => {
      const card = document.querySelector(host)!.shadowRoot!.querySelector('[role=dialog]')?.getBoundingClientRect();
      const text = document.getElementById('p1')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('Taliban'));
      range.setEnd(text, text.data.indexOf('Taliban') + 7);
      const mark = range.getBoundingClientRect();
      return !card || (Math.abs(card.top - mark.bottom) < 20 && Math.abs(card.left - mark.left) < 40);
    }, CARD_HOST);
    expect(beside).toBe(true);
    await page.close();
  });

  it('keeps the card beside its mark and the page undimmed under a style sheet for every popover and backdrop', async () => {
    const page = await openPage('/styled.html', 4);
    // The page's left margin, beside the story (headless Firefox's window is 800 × 600).
    const clip = { x: 5, y: 500, width: 20, height: 20 };
    const before = await page.screenshot({ clip, encoding: 'base64' });
    await clickText(page, '#p1', 'Taliban');
    expect(await cardState(page)).toEqual({ topLayer: true, onTop: true });
    const gap = await page.evaluate((host) => {
      const card = document.querySelector(host)!.shadowRoot!.querySelector('[role=dialog]')!.getBoundingClientRect();
      const range = document.createRange();
      const text = document.getElementById('p1')!.firstChild as Text;
      range.setStart(text, text.data.indexOf('Taliban'));
      range.setEnd(text, text.data.indexOf('Taliban') + 7);
      return { top: Math.round(card.top - range.getBoundingClientRect().bottom), width: Math.round(card.width) };
    }, CARD_HOST);
    expect(gap.top).toBeGreaterThanOrEqual(0);
    expect(gap.top).toBeLessThan(20);
    expect(gap.width).toBeLessThan(600);
    expect(await page.screenshot({ clip, encoding: 'base64' })).toBe(before);
    await page.close();
  });
});
