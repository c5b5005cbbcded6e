/**
 * Briefs on Japanese news pages in Chromium with the built extension: a click on a mention opens
 * a card whose first excerpt answers what the page says, with the page's Japanese words named
 * next to the passage's English ones; a commentary written in Japanese is imported from the
 * options page, found in the popup, and answers a Japanese page directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { casePage, loadCases } from '../../scripts/eval-briefs';
import { briefCard } from './card';
import { pointOfText, ROOT } from './harness';
import { fixtureSession } from './session';

const JAPANESE_COMMENTARY = readFileSync(join(ROOT, 'tests/fixtures/imports/taliban-recognition-ja.txt'), 'utf8');
const JAPANESE_TITLE = 'タリバン政権の承認問題と日本の選択';
const PAGES = ['ja-afghan-reserves', 'ja-kim-parade', 'ja-taliban-girls-school'];
const cases = () => loadCases().filter((c) => PAGES.includes(c.id));
const session = fixtureSession({ pages: () => Object.fromEntries(cases().map((c) => [`${c.id}.html`, casePage(c)])) });
const pageErrors: string[] = [];

/** Opens a case page and clicks the first mention of `mention` in its headline; returns the card. */
async function openCard(id: string, mention: string, topicLabel: string): Promise<{ page: Page; card: Locator }> {
  const page = await session.open(`/${id}.html`, { scan: true, errors: pageErrors });
  const at = await pointOfText(page, 'h1', mention);
  await page.mouse.click(at.x, at.y);
  const card = await briefCard(page, topicLabel);
  await card.locator('blockquote').first().waitFor({ timeout: 10_000 });
  return { page, card };
}

describe('a Japanese news page', () => {
  it('answers a page on the frozen reserves with the passage on the assets at the New York Fed, naming 凍結 → frozen', async () => {
    const { page, card } = await openCard('ja-afghan-reserves', 'アフガン', 'Afghanistan');
    expect(await card.locator('blockquote').first().textContent()).toContain('Federal Reserve Bank of New York');
    const why = await card.locator('.why').first().textContent();
    expect(why).toMatch(/^Why this excerpt: アフガン → Afghanistan · /);
    expect(why).toContain('凍結 → frozen');
    await page.close();
  });

  it('answers a page on a midnight parade with the passage on the parade and the PLA’s influence', async () => {
    const { page, card } = await openCard('ja-kim-parade', '金正恩', 'North Korea');
    expect(await card.locator('blockquote').first().textContent()).toContain('recent midnight military parade of DPRK');
    await page.close();
  });
});

describe('a commentary written in Japanese', () => {
  it('is previewed, imported, found in the popup and put first on a Japanese page it answers', async () => {
    const options = await session.extensionPage('options.html', { errors: pageErrors });
    await options.getByRole('textbox', { name: 'Or paste one commentary' }).fill(JAPANESE_COMMENTARY);
    await options.getByRole('button', { name: 'Preview' }).click();
    const row = options.getByRole('row', { name: new RegExp(JAPANESE_TITLE) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([JAPANESE_TITLE, '10 Feb 2026', '佐藤花子', '3', 'new']);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByRole('list').filter({ hasText: JAPANESE_TITLE }).getByText('imported').waitFor();
    await options.close();

    const popup = await session.extensionPage('popup.html');
    await popup.getByRole('searchbox', { name: 'Search commentary' }).pressSequentially('女子教育');
    const result = popup.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
    await expect.poll(() => result.locator('.title').textContent()).toBe(JAPANESE_TITLE);
    await popup.close();

    const { page, card } = await openCard('ja-taliban-girls-school', 'タリバン', 'Taliban');
    await card.getByRole('heading', { name: JAPANESE_TITLE }).first().waitFor({ timeout: 10_000 });
    expect(await card.locator('blockquote').first().textContent()).toMatch(/^タリバンがカブールを制圧してから/);
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});

describe('a Japanese reader', () => {
  it('reads the card around the excerpts in Japanese once the language is chosen', async () => {
    const options = await session.extensionPage('options.html');
    await options.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await options.getByRole('heading', { level: 1, name: 'JFIR Briefs の設定' }).waitFor();
    const { page, card } = await openCard('ja-afghan-reserves', 'アフガン', 'アフガニスタン');
    expect(await card.locator('.why').first().textContent()).toMatch(/^この抜粋を選んだ理由: アフガン → Afghanistan · .*凍結 → frozen/);
    expect(await card.getByRole('button', { name: 'コメンタリー全文を読む' }).count()).toBeGreaterThan(0);
    expect(await card.textContent()).toMatch(/2021年10月19日/);
    await page.close();
    await options.getByRole('combobox', { name: '表示言語' }).selectOption('en');
    await options.getByRole('heading', { level: 1, name: 'JFIR Briefs settings' }).waitFor();
    await options.close();
  });
});
