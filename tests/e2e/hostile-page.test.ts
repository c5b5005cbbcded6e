/**
 * A hostile page against the shipped Chromium build: page scripts that fire events at mentions
 * and into the card, try to read the card, click its buttons, own the card's old element name,
 * forge WXT's start-up message and storms of navigation events. Only the reader's own input
 * acts, the card stays unreadable to the page, and no forged event stops us or piles up work.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { briefCard, CARD_HOST, cardTextFromOutside } from './card';
import { domWithoutExtension, highlightedTexts, pointOfText, waitForScan } from './harness';
import { fixtureSession } from './session';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

const HOSTILE = '/hostile-page.html';
/** What the card shows for a Haqqani mention: text the page must never get at. */
const BRIEF_TITLE = 'Discussion of the Situation in Afghanistan';
/** The card host as before this suite (a custom element) or now (a marked div): either counts as a card. */
const ANY_HOST = `${CARD_HOST}, jfir-briefs`;

const session = fixtureSession({ control: true });

async function openPage(path = HOSTILE): Promise<Page> {
  const page = await session.open(path, { scan: true, highlights: 3 });
  await page.bringToFront();
  return page;
}

/** The reader's own click on "Haqqani" in the headline. */
async function clickHaqqani(page: Page): Promise<void> {
  const { x, y } = await pointOfText(page, 'h1', 'Haqqani');
  await page.mouse.click(x, y);
}

/** Waits until the Haqqani network card shows its brief. */
async function briefShown(page: Page): Promise<void> {
  await (await briefCard(page, 'Haqqani network')).getByText(BRIEF_TITLE).first().waitFor();
}

/** Starts recording, in the background, the topics of every `pageTopics` report (one per scan published). */
async function recordReports(): Promise<() => Promise<string[][]>> {
  await session.worker.evaluate(() => {
    const scope = globalThis as unknown as { reports?: string[][] };
    if (!scope.reports) {
      chrome.runtime.onMessage.addListener((message: unknown) => {
        const { type, payload } = (message ?? {}) as { type?: string; payload?: { topics: Array<{ topicId: string }> } };
        if (type === 'pageTopics' && payload) scope.reports!.push(payload.topics.map((t) => t.topicId));
      });
    }
    scope.reports = [];
  });
  return () => session.worker.evaluate(() => (globalThis as unknown as { reports: string[][] }).reports);
}

describe('a hostile page', () => {
  it('opens nothing and moves no cursor on synthetic clicks, pointer events or keys on a mention', async () => {
    const page = await openPage();
    const { x, y } = await pointOfText(page, 'h1', 'Haqqani');
    const after = await page.evaluate(
      ({ x, y, host }) => {
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['mouseover', 'mousemove', 'mousedown', 'mouseup', 'click']) {
          target.dispatchEvent(
            new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window }),
          );
        }
        const keys = [
          { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true },
          { key: 'Enter', code: 'Enter' },
        ];
        for (const init of keys)
          document.body.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true, composed: true }));
        // Listeners run during dispatch: a card or a cursor would be there now.
        return { card: document.querySelector(host) !== null, cursor: CSS.highlights.has('jfir-briefs-current') };
      },
      { x, y, host: ANY_HOST },
    );
    expect(after).toEqual({ card: false, cursor: false });
    // The reader's own click still opens the card.
    await page.mouse.click(x, y);
    await briefShown(page);
    await page.close();
  });

  it('can neither read the card nor catch its shadow root, even by patching attachShadow in its own world', async () => {
    const page = await openPage();
    await clickHaqqani(page);
    await expect.poll(() => cardTextFromOutside(page), { timeout: 10_000 }).toContain(BRIEF_TITLE);
    const seen = await page.evaluate((hostSelector) => {
      const host = document.querySelector<HTMLElement>(hostSelector);
      const scope = window as unknown as { capturedRoots: ShadowRoot[] };
      const style = host ? getComputedStyle(host) : undefined;
      return {
        host: host !== null,
        root: host?.shadowRoot !== null,
        captured: scope.capturedRoots.length,
        shown: style ? `${style.display} ${style.opacity} ${style.visibility}` : '',
        text: [host?.textContent, host?.innerHTML, document.documentElement.innerText, document.documentElement.outerHTML].join('\n'),
      };
    }, ANY_HOST);
    expect(seen).toMatchObject({ host: true, root: false, captured: 0, shown: 'block 1 visible' });
    expect(seen.text).not.toContain(BRIEF_TITLE);
    expect(seen.text).not.toContain('SUGITA');
    await page.close();
  });

  it('opens no reader tab with scripted clicks on "Read the full commentary"; the reader’s click opens one', async () => {
    const page = await openPage();
    await clickHaqqani(page);
    const card = await briefCard(page, 'Haqqani network');
    const read = card.getByRole('button', { name: 'Read the full commentary' }).first();
    await read.waitFor();
    const tabs = session.context.pages().length;
    // Even handed the card's buttons (as this test is, through the DevTools protocol), a script's clicks do nothing.
    const clicked = await read.evaluate((button) => {
      for (let i = 0; i < 20; i++) {
        (button as HTMLElement).click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      return true;
    });
    expect(clicked).toBe(true);
    const [reader] = await Promise.all([session.context.waitForEvent('page'), read.click()]);
    await reader.waitForLoadState();
    await reader.getByRole('heading', { level: 1, name: BRIEF_TITLE }).waitFor();
    // The scripted clicks came first: any tab they opened would be open by now.
    expect(session.context.pages().length).toBe(tabs + 1);
    await reader.close();
    await page.close();
  });

  it('still gets its card on a page that defined the card’s old element name first', async () => {
    const page = await openPage('/hostile-element-name.html');
    await clickHaqqani(page);
    await briefShown(page);
    expect(await page.evaluate(() => (window as unknown as { constructedHosts: number }).constructedHosts)).toBe(0);
    await page.close();
  });

  it('hears nothing of our start-up, and a forged WXT start-up message stops neither marks, live updates nor cards', async () => {
    // A page that knows our public id listens, before any script of ours runs, for WXT's start-up event.
    await session.context.addInitScript((id) => {
      document.addEventListener(`${id}:content:wxt:content-script-started`, () => {
        (window as unknown as { heardStartUp: boolean }).heardStartUp = true;
      });
    }, session.extensionId);
    const page = await openPage();
    const heard = await page.evaluate(() => JSON.stringify((window as unknown as { heardMessages: unknown[] }).heardMessages));
    expect(heard).not.toContain('content-script-started');
    expect(await page.evaluate(() => (window as unknown as { heardStartUp?: boolean }).heardStartUp ?? false)).toBe(false);
    const marks = await highlightedTexts(page);
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, session.extensionId);
    expect(await highlightedTexts(page)).toEqual(marks);
    // Live updates still run: a paragraph added now is marked.
    await page.evaluate(() =>
      document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Pyongyang fired another missile.</p>'),
    );
    await expect.poll(async () => Object.values(await highlightedTexts(page)).flat(), { timeout: 10_000 }).toContain('Pyongyang');
    await clickHaqqani(page);
    await briefShown(page);
    await page.close();
  });

  it('piles up no work from storms of forged pageshow, popstate, navigate and location-change events and URL rewrites', async () => {
    const page = await openPage();
    const reports = await recordReports();
    await page.evaluate((id) => {
      const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
      for (let i = 0; i < 100; i++) {
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        window.dispatchEvent(new PopStateEvent('popstate', { state: i }));
        window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
        navigation?.dispatchEvent(new Event('navigate'));
        // An infinite-scroll page rewriting its URL as the reader scrolls.
        history.replaceState(null, '', `?scrolled=${i}`);
      }
    }, session.extensionId);
    // The reader's page did move (to its last URL): that is followed, once.
    await waitForScan(session.worker, `${session.origin}${HOSTILE}?scrolled=99`);
    // A change published only after every scan asked for so far has ended (mutations wait for scans).
    await page.evaluate(() =>
      document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Pyongyang fired another missile.</p>'),
    );
    await expect.poll(async () => (await reports()).some((topics) => topics.includes('north-korea')), { timeout: 10_000 }).toBe(true);
    // Nothing more comes: a second apart, the same count.
    let count = -1;
    const settled = async () => {
      const before = count;
      count = (await reports()).length;
      return before === count;
    };
    await expect.poll(settled, { interval: 1000, timeout: 20_000 }).toBe(true);
    // At most: one scan for the URL change, one queued behind it, and the added paragraph.
    expect(count).toBeLessThanOrEqual(3);
    // And nothing broke: the reader's click opens a card.
    await clickHaqqani(page);
    await briefShown(page);
    await page.close();
  });

  it('leaves the DOM as the same page without the extension, but for the card host', async () => {
    const page = await openPage();
    await clickHaqqani(page);
    await expect.poll(() => cardTextFromOutside(page), { timeout: 10_000 }).toContain(BRIEF_TITLE);
    const controlPage = await session.context.newPage();
    await controlPage.goto(session.controlOrigin + HOSTILE);
    expect(await domWithoutExtension(page)).toBe(await domWithoutExtension(controlPage));
    expect(await page.evaluate(() => document.querySelectorAll('[data-jfir-briefs]').length)).toBe(1);
    await controlPage.close();
    await page.close();
  });
});
