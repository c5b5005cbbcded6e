/**
 * Stored settings that fail validation, as a newer version syncing back or a damaged store can
 * leave them, in Chromium with the built extension (issue 14): the content script still marks,
 * the options page renders and names each wrong field in the reader's language, and the stored
 * value stays exactly as it was until the reader keeps, saves or resets. Also twenty tabs
 * reporting at once, as at a session restore: every tab's badge and popup agree with its page;
 * a burst of reader-tab requests opens one tab; the topic editor's alias rules.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, serveStatic, waitForHighlights } from './harness';
import { fixtureSession } from './session';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

const PAGE = '/afghanistan-haqqani.html';
/** What a fresh install stores after "Reset to defaults" (the schema of settings version 2, written out). */
const DEFAULTS = {
  disabledTopicIds: [],
  customTopics: [],
  sites: { mode: 'all', allow: [], deny: [] },
  display: { highlightStyle: 'background', includeFurniture: false, cardTrigger: 'click', maxExcerpts: 3 },
  language: 'auto',
};
const session = fixtureSession();
const pageErrors: string[] = [];

/** Replaces everything stored with `settings` (and its version mark) in `storage.sync`, as a sync from elsewhere would. */
async function storeRaw(settings: unknown, version: unknown = 2): Promise<void> {
  await session.worker.evaluate(
    async ({ settings, version }) => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
      await chrome.storage.sync.set({ settings, settings$: { v: version } });
    },
    { settings, version },
  );
}

const stored = (area: 'sync' | 'local' = 'sync') =>
  session.worker.evaluate<Record<string, unknown>, 'sync' | 'local'>(async (a) => chrome.storage[a].get(['settings', 'settings$']), area);

const openPage = () => session.open(PAGE, { highlights: 3, errors: pageErrors });
const openOptions = () => session.extensionPage('options.html', { errors: pageErrors });

const marked = async (page: Page) => Object.values(await highlightedTexts(page)).flat();

describe('stored settings that fail validation', () => {
  it('broken (not settings at all): marks with the defaults, names the problem, keeps the value until reset', async () => {
    const junk = '{"disabledTopicIds": ["taliban"'; // a write cut short
    await storeRaw(junk);
    const page = await openPage();
    expect(await marked(page)).toEqual(expect.arrayContaining(['Taliban', 'Haqqani network']));
    const options = await openOptions();
    const notice = options.getByRole('region', { name: 'Your stored settings could not be read completely' });
    await notice.getByText('JFIR Briefs runs on the default settings. Nothing has been changed in storage.').waitFor();
    expect(await notice.getByRole('listitem').allTextContents()).toEqual(['Error: settings Expected an object ({ … }).']);
    // The rest of the page is there to repair things.
    await options.getByRole('heading', { name: 'Topics' }).waitFor();
    expect(await stored()).toEqual({ settings: junk, settings$: { v: 2 } });

    await notice.getByRole('button', { name: 'Keep running on these (save nothing)' }).click();
    await notice.getByText('Kept: JFIR Briefs runs on what could be read').waitFor();
    expect(await stored()).toEqual({ settings: junk, settings$: { v: 2 } });

    await notice.getByRole('button', { name: 'Reset to defaults' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await stored()).toEqual({ settings: DEFAULTS, settings$: { v: 2 } });
    await Promise.all([page.close(), options.close()]);
  });

  it('partial: runs on the fields that can be read, says which are wrong in Japanese, and saves the repaired copy', async () => {
    const partial = { disabledTopicIds: ['taliban'], display: { highlightStyle: 'underline', maxExcerpts: 'many' }, language: 'ja' };
    await storeRaw(partial);
    const page = await openPage();
    // Taliban stays switched off: the readable field is kept, not thrown away with the rest.
    expect(await marked(page)).toContain('Haqqani network');
    expect(await marked(page)).not.toContain('Taliban');
    // The underline style was read too.
    expect(Object.keys(await highlightedTexts(page)).some((name) => name.startsWith('jfir-briefs-u-'))).toBe(true);
    const options = await openOptions();
    const notice = options.getByRole('region', { name: '保存された設定の一部を読み取れませんでした' });
    await notice.waitFor();
    const items = await notice.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      'エラー: settings.customTopics リスト（[ … ]）を指定してください。',
      'エラー: settings.sites オブジェクト（{ … }）を指定してください。',
      'エラー: settings.display.includeFurniture true または false を指定してください。',
      'エラー: settings.display.cardTrigger 次のいずれかを指定してください: click, hover',
      'エラー: settings.display.maxExcerpts 1から5までの整数を指定してください。',
    ]);
    expect(await stored()).toEqual({ settings: partial, settings$: { v: 2 } });

    await notice.getByRole('button', { name: '修復した設定を保存' }).click();
    await notice.waitFor({ state: 'detached' });
    expect((await stored()).settings).toEqual({
      ...DEFAULTS,
      disabledTopicIds: ['taliban'],
      display: { ...DEFAULTS.display, highlightStyle: 'underline' },
      language: 'ja',
    });
    await Promise.all([page.close(), options.close()]);
  });

  it('newer version: runs on what it can read, and a change is kept on this device while sync keeps the newer settings', async () => {
    const newer = { ...DEFAULTS, display: { ...DEFAULTS.display, highlightStyle: 'glow' }, profiles: [{ name: 'work' }] };
    await storeRaw(newer, 3);
    const page = await openPage();
    expect(await marked(page)).toEqual(expect.arrayContaining(['Taliban', 'Haqqani network']));
    const options = await openOptions();
    const notice = options.getByRole('region', { name: 'Your settings come from a newer version of JFIR Briefs' });
    await notice.waitFor();
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([
      'Check: settings$.v These settings were saved by a newer version of JFIR Briefs (settings version 3; this version reads version 2). They stay as they are for that version.',
      'Error: settings.display.highlightStyle Expected one of: underline, background, none.',
    ]);
    expect(await stored()).toEqual({ settings: newer, settings$: { v: 3 } });

    await options.getByRole('combobox', { name: 'Mark mentions with' }).selectOption('underline');
    await options.getByText('Saved on this device only: browser sync holds settings of a newer version of JFIR Briefs').waitFor();
    expect(await stored()).toEqual({ settings: newer, settings$: { v: 3 } });
    expect((await stored('local')).settings).toMatchObject({ display: { highlightStyle: 'underline' } });
    await Promise.all([page.close(), options.close()]);
  });

  it('the topic editor refuses an alias with no letter or digit, and trims separators at alias ends', async () => {
    await storeRaw(DEFAULTS);
    const options = await openOptions();
    await options.getByRole('button', { name: 'Add a topic' }).click();
    await options.getByRole('textbox', { name: 'Name in English' }).fill('AUKUS');
    await options.getByRole('textbox', { name: /Aliases/ }).fill('--\n– AUKUS -\n…');
    await options.getByRole('button', { name: 'Save topic' }).click();
    await options.getByText('“--” has no letter or digit, so it can never match a word.').waitFor();
    await options.getByText('“…” has no letter or digit, so it can never match a word.').waitFor();
    expect((await stored()).settings).toEqual(DEFAULTS);
    await options.getByRole('textbox', { name: /Aliases/ }).fill('– AUKUS -');
    await options.getByRole('button', { name: 'Save topic' }).click();
    await options.getByRole('button', { name: 'Delete “AUKUS”' }).waitFor();
    expect((await stored()).settings).toMatchObject({ customTopics: [{ label: { en: 'AUKUS' }, aliases: ['AUKUS'] }] });
    await options.close();
  });

  it('caused no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('twenty tabs at once', () => {
  /** Topics written into the generated pages, one alias each, each a different default topic. */
  const SENTENCES = [
    'The Taliban took the city and the Taliban held it.',
    'The Haqqani network was blamed; the Haqqani network denied it.',
    'Talks on the Kuril Islands stalled; the Kuril Islands stay disputed.',
    'Pyongyang fired a missile, and Pyongyang said more would follow.',
  ];
  let dir: string;

  beforeAll(async () => {
    await session.worker.evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
    });
    dir = mkdtempSync(join(tmpdir(), 'jfir-tabs-'));
    for (let i = 0; i < 20; i += 1) {
      const topics = (i % 4) + 1;
      const body = SENTENCES.slice(0, topics)
        .map((s) => `<p>${s} ${'Officials met again on Monday to discuss the next steps. '.repeat(3)}</p>`)
        .join('\n');
      writeFileSync(
        join(dir, `tab-${i}.html`),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${i}</title></head><body><article><h1>Story ${i}</h1>${body}</article></body></html>`,
      );
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The badge and the popup's "On this page" of the tab at `url` both show `topics` topics. */
  async function expectTab(page: Page, url: string, topics: number): Promise<void> {
    const badge = () =>
      session.worker.evaluate(async (u) => chrome.action.getBadgeText({ tabId: (await chrome.tabs.query({ url: u }))[0]!.id! }), url);
    await expect.poll(badge, { timeout: 5_000, message: `badge of ${url}` }).toBe(topics ? String(topics) : '');
    await page.bringToFront();
    const popup = await session.extensionPage('popup.html');
    const list = popup.getByRole('region', { name: 'On this page' });
    await (topics ? list.getByRole('button').first() : list.getByText('No followed topics are mentioned on this page.')).waitFor({
      timeout: 5_000,
    });
    expect(await list.getByRole('button', { name: /on this page: show the next mention$/ }).count(), `popup of ${url}`).toBe(topics);
    await popup.close();
  }

  it('gives every tab the badge and popup of its own page, after loading at once and after a settings change reaching all at once', async () => {
    const tabs = await serveStatic({ '/': dir });
    try {
      const pages = await Promise.all(Array.from({ length: 20 }, () => session.context.newPage()));
      const urls = pages.map((_, i) => `${tabs.origin}/tab-${i}.html`);
      await Promise.all(pages.map((p, i) => p.goto(urls[i]!)));
      await Promise.all(pages.map((p, i) => waitForHighlights(p, ((i % 4) + 1) * 2)));
      for (const [i, page] of pages.entries()) await expectTab(page, urls[i]!, (i % 4) + 1);
      // Switching the Taliban off reaches every tab at the same moment: all twenty report again together.
      await session.worker.evaluate(async (defaults) => {
        await chrome.storage.sync.set({ settings: { ...defaults, disabledTopicIds: ['taliban'] }, settings$: { v: 2 } });
      }, DEFAULTS);
      for (const [i, page] of pages.entries()) await expectTab(page, urls[i]!, i % 4);
      await Promise.all(pages.map((p) => p.close()));
    } finally {
      await tabs.close();
    }
  }, 120_000);
});

describe('reader tabs', () => {
  it('opens one reader tab for twenty openReader requests sent at once', async () => {
    const popup = await session.extensionPage('popup.html');
    const readers = () => session.context.pages().filter((p) => p.url().includes('/reader.html')).length;
    const before = readers();
    await popup.evaluate(() =>
      Promise.all(
        Array.from({ length: 20 }, () =>
          chrome.runtime.sendMessage({ type: 'openReader', payload: { commentaryId: 'x', passageId: 'y' } }),
        ),
      ),
    );
    await expect.poll(readers, { timeout: 5_000 }).toBe(before + 1);
    // Nothing more arrives later.
    await popup.waitForTimeout(500);
    expect(readers()).toBe(before + 1);
    await popup.close();
  });
});
