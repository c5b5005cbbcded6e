/**
 * The brief card without a mouse, the citation, and the reader page's topic chips and related
 * commentary, in Chromium with the built extension.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefCard, CARD_HOST } from './card';
import { fixtureSession } from './session';

const session = fixtureSession({ permissions: ['clipboard-read', 'clipboard-write'] });
let page: Page;
const URL_PATH = '/afghanistan-haqqani.html';

beforeAll(async () => {
  page = await session.open(URL_PATH, { scan: true });
});

/** Text of the range in the keyboard's "current" highlight. */
const currentMention = () =>
  page.evaluate(() => {
    const h = CSS.highlights.get('jfir-briefs-current');
    const r = h && [...h][0];
    if (!r) return undefined;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });

describe('keyboard and citation', () => {
  it('moves through mentions with Alt+Shift+J, opens the card with Enter, and gives focus back on Esc', async () => {
    await page.bringToFront();
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await currentMention()).toBe('Haqqani network');
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await currentMention()).toBe('Kabul');
    await page.keyboard.press('Enter');
    const card = await briefCard(page, 'Afghanistan');
    await card.waitFor();
    await card.getByRole('button', { name: 'Read the full commentary' }).first().waitFor();
    expect(await page.evaluate((host) => document.activeElement?.matches(host), CARD_HOST)).toBe(true);
    await page.keyboard.press('Tab');
    expect(
      await card.getByRole('button', { name: 'Close brief' }).evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('copies a citation with author, title, JFIR Commentary, date and URL', async () => {
    await page.keyboard.press('Enter');
    const card = await briefCard(page, 'Afghanistan');
    await card.getByRole('button', { name: 'Copy citation' }).first().click();
    await card.getByRole('status').getByText('Citation copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'SUGITA Hiroki, “Discussion of the Situation in Afghanistan,” JFIR Commentary, Oct 19, 2021. https://www.jfir.or.jp/en/commentary/',
    );
    expect(await card.getByText(/Why this excerpt:/).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });
});

describe('reader page', () => {
  it('shows topic chips that filter the popup by topic, and related commentary', async () => {
    const id = '2021-08-02-what-is-putin-s-strategy-on-japan-vigilance';
    const reader = await session.extensionPage(`reader.html?c=${id}&p=${id}%23p15`);
    const chips = reader.getByRole('navigation', { name: 'Topics in this commentary' });
    await chips.getByRole('link', { name: 'Northern Territories' }).waitFor();
    const related = reader.getByRole('complementary', { name: 'Related commentary' });
    expect(await related.getByRole('link').first().textContent()).toBe(
      'Originality, Not Succession —Policy Recommendation for PM Suga’s Diplomacy on Russia',
    );
    expect(await reader.locator('[aria-current="true"]').getAttribute('id')).toBe(`${id}#p15`);
    await chips.getByRole('link', { name: 'Northern Territories' }).click();
    await reader.waitForURL(/popup\.html\?topic=northern-territories/);
    // The topic filter is set and lists that topic's commentaries, newest first, with no query.
    await expect.poll(() => reader.getByRole('combobox', { name: 'Topic' }).inputValue()).toBe('northern-territories');
    const results = reader.getByRole('listbox', { name: 'Results' }).getByRole('option');
    expect(await results.locator('.title').allTextContents()).toEqual([
      'What is Putin’s Strategy on Japan? Vigilance needed on Russia’s ‘Peace Treaty’ Proposal',
      'Originality, Not Succession —Policy Recommendation for PM Suga’s Diplomacy on Russia',
    ]);
    await reader.close();
  });
});
