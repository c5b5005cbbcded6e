/**
 * The reader's own data in Chromium with the built extension: a topic from the options page,
 * an imported commentary found in the popup and in a card, a malformed settings import refused
 * with settings unchanged, export and re-import, per-site pause from the popup, display options.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, pointOfText, ROOT, screenshot } from './harness';
import { briefCard } from './card';
import { fixtureSession } from './session';

const PAGE = '/aukus.html';
const IMPORT = readFileSync(join(ROOT, 'tests/fixtures/imports/new-commentary.txt'), 'utf8');
const IMPORTED_TITLE = 'The Quad after AUKUS: What Japan Should Expect';
const session = fixtureSession();
let page: Page;
let options: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  page = await session.open(PAGE, { highlights: 1, errors: pageErrors });
  options = await session.extensionPage('options.html', { errors: pageErrors });
});

const marked = async (p: Page = page) => Object.values(await highlightedTexts(p)).flat();
const openPopup = async () => {
  await page.bringToFront();
  return session.extensionPage('popup.html');
};

describe('the reader’s own topics and commentary', () => {
  it('adds a topic in the options page, and the open page marks it', async () => {
    await options.getByRole('button', { name: 'Add a topic' }).click();
    await options.getByRole('textbox', { name: 'Name in English' }).fill('AUKUS');
    await options.getByRole('textbox', { name: 'Name in Japanese (optional)' }).fill('オーカス');
    await options.getByRole('textbox', { name: /Aliases/ }).fill('AUKUS\nQuad');
    await options.getByRole('button', { name: 'Save topic' }).click();
    await options.getByRole('button', { name: 'Delete “AUKUS”' }).waitFor();
    await expect.poll(marked, { timeout: 10_000 }).toEqual(expect.arrayContaining(['AUKUS', 'Quad']));
  });

  it('previews a commentary file, imports it, and lists it as imported', async () => {
    await options
      .getByLabel('Import a saved page')
      .setInputFiles({ name: 'quad.txt', mimeType: 'text/plain', buffer: Buffer.from(IMPORT) });
    const row = options.getByRole('row', { name: new RegExp(IMPORTED_TITLE) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([IMPORTED_TITLE, '14 Mar 2022', 'YAMADA Taro', '3', 'new']);
    await screenshot(options, 'options-import', { selector: 'section[aria-labelledby="commentary-heading"]' });
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported 1. They now appear in search and briefs.').waitFor();
    await options.getByRole('list').filter({ hasText: IMPORTED_TITLE }).getByText('imported').waitFor();
  });

  it('refuses a binary file and a page without commentary, saying why', async () => {
    await options.getByLabel('Import a saved page').setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]),
    });
    await options.getByText('photo.jpg: This is not a text or HTML file.').waitFor();
    await options.getByLabel('Import a saved page').setInputFiles({
      name: 'recipe.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><body><p>Mix flour and water.</p></body></html>'),
    });
    await options.getByText(/recipe.html: No commentary found/).waitFor();
  });

  it('re-importing the same commentary, pasted, updates it instead of adding a copy', async () => {
    await options.getByRole('textbox', { name: 'Or paste one commentary' }).fill(IMPORT);
    await options.getByRole('button', { name: 'Preview' }).click();
    await options
      .getByRole('row', { name: new RegExp(IMPORTED_TITLE) })
      .getByText('updates your earlier import')
      .waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported 1. They now appear in search and briefs.').waitFor();
    expect(await options.getByRole('button', { name: `Delete “${IMPORTED_TITLE}”` }).count()).toBe(1);
  });

  it('finds the imported commentary in the popup search', async () => {
    const popup = await openPopup();
    await popup.getByRole('searchbox', { name: 'Search commentary' }).pressSequentially('Quad after AUKUS');
    const first = popup.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
    await expect.poll(() => first.locator('.title').textContent()).toBe(IMPORTED_TITLE);
    expect(await first.textContent()).toContain('imported');
    await popup.close();
  });

  it('shows the imported commentary in the card for its topic', async () => {
    await page.bringToFront();
    const at = await pointOfText(page, 'article p', 'AUKUS');
    await page.mouse.click(at.x, at.y);
    const card = await briefCard(page, 'AUKUS');
    await card.getByRole('heading', { name: IMPORTED_TITLE }).first().waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toContain('imported');
    await page.keyboard.press('Escape');
  });

  it('refuses a malformed settings file, naming the field, and changes nothing', async () => {
    const bad = {
      format: 'jfir-briefs-settings',
      version: 2,
      settings: {
        disabledTopicIds: [],
        customTopics: [],
        sites: { mode: 'all', allow: [], deny: [] },
        display: { highlightStyle: 'glow', includeFurniture: false, cardTrigger: 'click', maxExcerpts: 3 },
        language: 'auto',
      },
    };
    await options
      .getByLabel('Import settings from a file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await options.getByText('Nothing was imported from bad.json, and your settings are unchanged:').waitFor();
    expect(await options.getByRole('alert').filter({ hasText: 'settings.display.highlightStyle' }).textContent()).toContain(
      'Expected one of: underline, background, none.',
    );
    await options
      .getByLabel('Import settings from a file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "jfir-briefs-settings", ') });
    await options.getByText(/The file is not valid JSON/).waitFor();
    expect(await options.getByRole('button', { name: 'Delete “AUKUS”' }).count()).toBe(1);
    expect(await marked()).toContain('AUKUS');
  });

  it('exports the settings and imports them back', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'jfir-briefs-settings',
      version: 2,
      settings: { customTopics: [{ label: { en: 'AUKUS', ja: 'オーカス' } }] },
    });
    await options
      .getByLabel('Import settings from a file')
      .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await options.getByText('Settings imported from export.json.').waitFor();
  });

  it('draws underlines only when the reader picks that style', async () => {
    await options.getByRole('combobox', { name: 'Mark mentions with' }).selectOption('underline');
    await expect
      .poll(async () => Object.keys(await highlightedTexts(page)).every((name) => name.startsWith('jfir-briefs-u-')), { timeout: 10_000 })
      .toBe(true);
    expect(await marked()).toContain('AUKUS');
    await options.getByRole('combobox', { name: 'Mark mentions with' }).selectOption('background');
  });

  it('applies the other display options: furniture, excerpts per brief, hover', async () => {
    const aukusMarks = async () => (await marked()).filter((t) => t === 'AUKUS').length;
    expect(await aukusMarks()).toBe(2);
    await options.getByRole('checkbox', { name: 'Also mark mentions in menus, sidebars and comments' }).check();
    await expect.poll(aukusMarks, { timeout: 10_000 }).toBe(3);
    await options.getByRole('checkbox', { name: 'Also mark mentions in menus, sidebars and comments' }).uncheck();
    await expect.poll(aukusMarks, { timeout: 10_000 }).toBe(2);
    await options.getByRole('combobox', { name: 'Excerpts per brief' }).selectOption('1');
    await options.getByRole('combobox', { name: 'Open a brief' }).selectOption('hover');
    await page.bringToFront();
    await page.waitForTimeout(300);
    const at = await pointOfText(page, 'article p', 'AUKUS');
    await page.mouse.move(at.x - 30, at.y + 40);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    const card = await briefCard(page, 'AUKUS');
    await card.getByRole('heading', { level: 3 }).first().waitFor({ timeout: 10_000 });
    expect(await card.getByRole('heading', { level: 3 }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await options.getByRole('combobox', { name: 'Open a brief' }).selectOption('click');
    await options.getByRole('combobox', { name: 'Excerpts per brief' }).selectOption('3');
  });

  it('pauses on this site from the popup, and resumes', async () => {
    let popup = await openPopup();
    await popup.getByText(`JFIR Briefs is on for ${new URL(session.origin).hostname}.`).waitFor();
    await popup.getByRole('button', { name: 'Pause on this site' }).click();
    await popup.getByRole('button', { name: 'Resume on this site' }).waitFor();
    await expect.poll(() => marked(), { timeout: 10_000 }).toEqual([]);
    // Paused as the site, without its www.
    await options
      .getByRole('list')
      .filter({ hasText: new URL(session.origin).hostname.replace(/^www\./, '') })
      .waitFor();
    await popup.close();
    popup = await openPopup();
    await popup.getByRole('button', { name: 'Resume on this site' }).click();
    await expect.poll(() => marked(), { timeout: 10_000 }).toContain('AUKUS');
    await popup.close();
  });

  it('deletes the imported commentary; search no longer finds it', async () => {
    await options.bringToFront();
    await options.getByRole('button', { name: `Delete “${IMPORTED_TITLE}”` }).click();
    await options.getByText('Nothing imported yet.').waitFor();
    const popup = await openPopup();
    await popup.getByRole('searchbox', { name: 'Search commentary' }).pressSequentially('Quad after AUKUS');
    await popup.waitForTimeout(300);
    expect(await popup.getByRole('listbox', { name: 'Results' }).getByText(IMPORTED_TITLE).count()).toBe(0);
    await popup.close();
  });

  it('caused no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
