/**
 * What a careful reader and a store reviewer check, in Chromium with the built extension: no
 * network request during a whole session, axe-core finds no accessibility violation on the card
 * (in its shadow root), popup, options and reader in light and dark themes, and the Japanese UI.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pointOfText, screenshot } from './harness';
import { briefCard, CARD_HOST } from './card';
import { fixtureSession } from './session';

// Also report requests made by the extension's service worker (Playwright: Chromium only).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE = '/afghanistan-haqqani.html';
const READER =
  'reader.html?c=2021-10-19-discussion-of-the-situation-in-afghanistan&p=2021-10-19-discussion-of-the-situation-in-afghanistan%23p6';
const session = fixtureSession({ recordRequests: true });
const { requests } = session;
let page: Page;

beforeAll(async () => {
  page = await session.open(PAGE, { highlights: 5 });
});

const extensionPage = (path: string) => session.extensionPage(path);

/** axe-core's violations on the page (it looks inside shadow roots: the card's once `exposeCard` has run). */
async function violations(p: Page, include?: string): Promise<string[]> {
  await p.evaluate(AXE);
  const found = await p.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
    );
  }, include ?? null);
  return found;
}

async function openCard(p: Page, label: string) {
  const at = await pointOfText(p, 'h1', 'Haqqani');
  await p.mouse.click(at.x, at.y);
  const card = await briefCard(p, label);
  await card.getByRole('heading', { level: 3 }).first().waitFor({ timeout: 10_000 });
  return card;
}

describe.each(['light', 'dark'] as const)('accessibility (%s theme)', (colorScheme) => {
  it('the card in its shadow root has no axe violations', async () => {
    await page.bringToFront();
    await page.emulateMedia({ colorScheme });
    await openCard(page, 'Haqqani network');
    expect(await violations(page, CARD_HOST)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it.each([
    ['popup', 'popup.html'],
    ['options', 'options.html'],
    ['reader', READER],
  ])('the %s page has no axe violations', async (name, path) => {
    const p = await extensionPage(path);
    await p.emulateMedia({ colorScheme });
    await p.locator('main').waitFor();
    if (name === 'popup') await p.getByRole('searchbox').pressSequentially('Haqqani');
    if (name === 'options') {
      await p.getByRole('button', { name: 'Add a topic' }).click();
      await p.getByRole('textbox', { name: /Aliases/ }).fill('AUKUS\nthe');
      await p.getByRole('textbox', { name: /Preview/ }).fill('AUKUS and the Quad');
    }
    await p.waitForTimeout(200);
    expect(await violations(p)).toEqual([]);
    await p.close();
  });
});

describe('keyboard', () => {
  it('reaches every control of the popup with Tab, with a visible focus ring', async () => {
    await page.bringToFront();
    const p = await extensionPage('popup.html');
    await p.getByRole('combobox', { name: 'Year' }).and(p.locator(':enabled')).waitFor();
    // Start from the top of the page, as a reader tabbing in from the browser would.
    await p.locator('h1').click();
    const seen: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      await p.keyboard.press('Tab');
      const info = await p.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return undefined;
        const labels = (el as HTMLInputElement).labels;
        const name = el.getAttribute('aria-label') ?? (labels?.[0]?.firstChild?.textContent ?? el.textContent ?? '').trim();
        return { name, outline: getComputedStyle(el).outlineStyle };
      });
      if (!info) break;
      seen.push(info.name);
      expect(info.outline, info.name).not.toBe('none');
    }
    expect(seen).toEqual([
      'Pause on this site',
      expect.stringMatching(/^Afghanistan, 4 on this page/),
      expect.stringMatching(/^Haqqani network, 2 on this page/),
      expect.stringMatching(/^Taliban, 2 on this page/),
      expect.stringMatching(/^Northern Territories, 1 on this page/),
      'Search commentary',
      'Topic',
      'Author',
      'Year',
      'Settings',
    ]);
    await p.close();
  });
});

describe('Japanese UI', () => {
  it('speaks Japanese everywhere once chosen in the options', async () => {
    const options = await extensionPage('options.html');
    await options.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await options.getByRole('heading', { level: 1, name: 'JFIR Briefs の設定' }).waitFor();
    await screenshot(options, 'options-ja');
    await options.close();
    await page.bringToFront();
    await page.emulateMedia({ colorScheme: 'light' });
    const card = await openCard(page, 'ハッカーニ・ネットワーク');
    expect(await card.getByRole('button', { name: 'コメンタリー全文を読む' }).count()).toBeGreaterThan(0);
    expect(await card.textContent()).toMatch(/2021年10月19日/);
    await screenshot(page, 'card-ja', { selector: 'jfircard=[role=dialog]' });
    await page.keyboard.press('Escape');
    const popup = await extensionPage('popup.html');
    await popup.setViewportSize({ width: 404, height: 600 });
    await popup.getByRole('heading', { name: 'JFIR コメンタリーを検索' }).waitFor();
    await popup.getByRole('searchbox', { name: 'コメンタリーを検索' }).pressSequentially('北方領土');
    await popup.getByText('2件').waitFor();
    await screenshot(popup, 'popup-ja');
    await popup.close();
    const reverted = await extensionPage('options.html');
    await reverted.getByRole('combobox', { name: '表示言語' }).selectOption('en');
    await reverted.getByRole('heading', { level: 1, name: 'JFIR Briefs settings' }).waitFor();
    await reverted.close();
  });
});

describe('privacy', () => {
  it('made no network request beyond the test pages themselves during the whole session', async () => {
    // The session above: page, cards, popup searches, reader, options edits, language switch.
    const reader = await extensionPage(READER);
    await reader.locator('[aria-current="true"]').waitFor();
    await reader.close();
    const outside = requests
      .map((r) => r.url())
      .filter((url) => !url.startsWith(session.origin) && !url.startsWith('chrome-extension://') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    // The extension's own requests are its packaged files only; the pages' are the fixture and its links.
    const fromPages = requests.filter((r) => r.url().startsWith(session.origin)).map((r) => new URL(r.url()).pathname);
    expect([...new Set(fromPages)]).toEqual([PAGE]);
  });
});
