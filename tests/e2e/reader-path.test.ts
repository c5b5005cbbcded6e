/**
 * The whole reader path in Chromium with the built extension: marks on a news page, the badge,
 * a brief card on click, the reader page, the popup's search and a custom topic from the options.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { badgeText, domWithoutExtension, highlightedTexts, pointOfText, screenshot } from './harness';
import { briefCard } from './card';
import { fixtureSession } from './session';

const PAGE = '/afghanistan-haqqani.html';
const session = fixtureSession({ control: true });
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  page = await session.open(PAGE, { highlights: 5, errors: pageErrors });
});

const allHighlighted = async () => Object.values(await highlightedTexts(page)).flat();

describe('a news page with the extension', () => {
  it('marks the mentions in the article, across inline tags, and nothing in forms, editors, hidden text or furniture', async () => {
    const texts = await allHighlighted();
    expect(texts).toEqual(expect.arrayContaining(['Taliban', 'Haqqani network', 'Kuril Islands', 'Kabul', 'Afghan']));
    expect(texts.filter((t) => t === 'Taliban')).toHaveLength(2);
    expect(texts).not.toContain('Putin');
    expect(texts).not.toContain('North Korea');
  });

  it('leaves the page DOM exactly as a page without the extension', async () => {
    const controlPage = await session.context.newPage();
    await controlPage.goto(session.controlOrigin + PAGE);
    expect(await allHighlightedOn(controlPage)).toEqual([]);
    expect(await domWithoutExtension(page)).toBe(await domWithoutExtension(controlPage));
    expect(await page.evaluate(() => document.querySelectorAll('[data-jfir-briefs]').length)).toBe(0);
    await controlPage.close();
  });

  it('shows on the toolbar badge how many topics the page mentions', async () => {
    const badge = () => badgeText(session.worker, session.origin + PAGE);
    await expect.poll(badge).toBe('4');
  });

  it('opens a brief card on a click on "Haqqani", from the Afghanistan commentary, and closes it with Esc', async () => {
    await page.bringToFront();
    const { x, y } = await pointOfText(page, 'h1', 'Haqqani');
    await page.mouse.click(x, y);
    const card = await briefCard(page, 'Haqqani network');
    await card.waitFor({ timeout: 10_000 });
    await card.getByText('Discussion of the Situation in Afghanistan').first().waitFor();
    expect(await card.getByText('SUGITA Hiroki', { exact: false }).count()).toBeGreaterThan(0);
    expect(await card.locator('.mark').first().textContent()).toMatch(/Haqqani/);
    expect(await card.getByText(/before this article/).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-jfir-briefs]').length)).toBe(1);
    await screenshot(page, 'card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('keeps the DOM unchanged but for the one card host after a card was shown', async () => {
    const controlPage = await session.context.newPage();
    await controlPage.goto(session.controlOrigin + PAGE);
    expect(await domWithoutExtension(page)).toBe(await domWithoutExtension(controlPage));
    await controlPage.close();
  });

  it('opens the reader page at the excerpt from the card', async () => {
    await page.bringToFront();
    const { x, y } = await pointOfText(page, 'h1', 'Haqqani');
    await page.mouse.click(x, y);
    const card = await briefCard(page, 'Haqqani network');
    await card.getByText('Discussion of the Situation in Afghanistan').first().waitFor();
    const [reader] = await Promise.all([
      session.context.waitForEvent('page'),
      card.getByRole('button', { name: 'Read the full commentary' }).first().click(),
    ]);
    await reader.waitForLoadState();
    await reader.getByRole('heading', { level: 1, name: 'Discussion of the Situation in Afghanistan' }).waitFor();
    const chosen = reader.locator('[aria-current="true"]');
    expect(await chosen.textContent()).toMatch(/Haqqani/);
    expect(await chosen.isVisible()).toBe(true);
    await screenshot(reader, 'reader');
    await reader.close();
  });

  it('finds the two Russia commentaries in the popup search for "Northern Territories", and lists the page topics', async () => {
    await page.bringToFront();
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 404, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.getByRole('button', { name: /Haqqani network/ }).waitFor();
    expect(await popup.getByRole('button', { name: /^Taliban, 2 on this page/ }).count()).toBe(1);
    await popup.getByRole('searchbox', { name: 'Search commentary' }).pressSequentially('Northern Territories');
    await popup.getByText('2 results').waitFor();
    const titles = await popup.getByRole('listbox', { name: 'Results' }).getByRole('option').locator('.title').allTextContents();
    expect([...titles].sort()).toEqual([
      'Originality, Not Succession —Policy Recommendation for PM Suga’s Diplomacy on Russia',
      'What is Putin’s Strategy on Japan? Vigilance needed on Russia’s ‘Peace Treaty’ Proposal',
    ]);
    await screenshot(popup, 'popup');
    // Keyboard only: ↓ to the second result, Enter opens the reader page at its best passage.
    const readerOpened = session.context.waitForEvent('page', (p) => p.url().includes('/reader.html'));
    await popup.keyboard.press('ArrowDown');
    expect(await popup.getByRole('option', { selected: true }).locator('.title').textContent()).toBe(titles[1]);
    // The popup closes itself once the reader opens, which may come before the key's release.
    await popup.keyboard.down('Enter');
    await popup.keyboard.up('Enter').catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    const reader = await readerOpened;
    await reader.locator('[aria-current="true"]').waitFor();
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(titles[1]);
    await reader.close();
  });

  it('scrolls to a mention and opens its card from the popup\'s "On this page"', async () => {
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await session.extensionPage('popup.html');
    await Promise.all([popup.waitForEvent('close'), popup.getByRole('button', { name: /^Northern Territories, 1 on this page/ }).click()]);
    const card = await briefCard(page, 'Northern Territories');
    await card.waitFor({ timeout: 10_000 });
    // The card opens at once and its brief follows from the background: wait for it as a reader would.
    await card
      .getByText(/Putin’s Strategy on Japan|Originality, Not Succession/)
      .first()
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('highlights a custom topic added in the options page without a reload', async () => {
    const options = await session.extensionPage('options.html');
    await options.getByRole('button', { name: 'Add a topic' }).click();
    await options.getByRole('textbox', { name: 'Name in English' }).fill('Interior ministry');
    await options.getByRole('textbox', { name: /Aliases/ }).fill('interior ministry\ninterior minister');
    await options.getByRole('textbox', { name: /Preview/ }).fill('The interior ministry said so.');
    expect(await options.locator('.preview .mark').allTextContents()).toEqual(['interior ministry']);
    await options.getByRole('button', { name: 'Save topic' }).click();
    await options.getByRole('button', { name: 'Delete “Interior ministry”' }).waitFor();
    await screenshot(options, 'options');
    await options.close();
    await expect.poll(allHighlighted, { timeout: 10_000 }).toContain('interior ministry');
  });

  it('caused no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});

async function allHighlightedOn(p: Page): Promise<string[]> {
  return Object.values(await highlightedTexts(p)).flat();
}
