/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core, the add-on installed as a temporary add-on): marks, the card in its closed
 * shadow root with its brief from the background (its code injected into the content script's
 * sandbox on the first card), the reader page opening, and the keyboard.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HOST } from './card';
import { clobberedWebForms, FORM_STORY_MARKS, formStoryShadowingEveryMember, WEBFORMS_ARTICLE_MARKS } from './clobbered-page';
import { exposeCard as exposeCardRoot, FIREFOX_BUILD, launchFirefox, openRoutedTab } from './firefox-harness';
import { ARTIFACTS, FIXTURES, readHighlights, ROOT, serveStatic, type StaticServer } from './harness';
import { JAPANESE_NOTICE_MARKS, JAPANESE_NOTICE_PAGE } from './japanese-notice-page';
import { P1, P2, P3, storyHead } from './regional-desk';

const PAGE = '/afghanistan-haqqani.html';
const JAPANESE_LAYOUTS = join(ROOT, 'tests/fixtures/japanese-layouts');

let browser: Browser;
let server: StaticServer;
let page: Page;
/** Pages made at set-up (`clobbered-page.ts`), served under /generated/. */
const GENERATED = mkdtempSync(join(tmpdir(), 'jfir-firefox-'));

beforeAll(async () => {
  writeFileSync(join(GENERATED, 'clobbered-form.html'), clobberedWebForms());
  writeFileSync(join(GENERATED, 'form-story-shadowed.html'), formStoryShadowingEveryMember());
  writeFileSync(join(GENERATED, 'zoomed-app-shell.html'), ZOOMED_APP_SHELL);
  writeFileSync(join(GENERATED, 'japanese-notice.html'), JAPANESE_NOTICE_PAGE);
  // The more specific prefixes first: the server takes the first that fits.
  server = await serveStatic({ '/japanese-layouts/': JAPANESE_LAYOUTS, '/generated/': GENERATED, '/': FIXTURES });
  browser = await launchFirefox();
  page = await openPage();
}, 60_000);

/** An app shell (the story scrolls in a full-height <main>, the window never does) whose root is scaled with CSS zoom. */
const ZOOMED_APP_SHELL = `${storyHead('Taliban tighten rules on aid groups in Kabul', {
  style:
    'html { zoom: 1.25; } html, body { height: 100%; overflow: hidden; margin: 0; max-width: none; padding: 0; } .bar { height: 40px; background: #123; } #scroller { position: absolute; top: 40px; bottom: 0; left: 0; right: 0; overflow-y: auto; padding: 0 2rem; } p { margin-bottom: 2em; }',
})}
<div class="bar"></div>
<main id="scroller"><article><h1>Taliban tighten rules on aid groups in Kabul</h1><p id="p1">${P1}</p><p>${P2}</p><p>${P3}</p>${`<p>${P2} ${P3}</p>`.repeat(6)}</article></main>
</body>
</html>`;

/** The marked texts, sorted, of `path` opened in a tab of its own (closed again) once `marks` of them are drawn. */
async function marksOn(path: string, marks: number): Promise<string[]> {
  const tab = await openPage(path, marks);
  const texts = Object.values(await tab.evaluate(readHighlights))
    .flat()
    .sort();
  await tab.close();
  return texts;
}

/** A test page (by default the Afghanistan story) in a new tab, focused, once `marks` of its mentions are marked. */
const openPage = (path = PAGE, marks = 5) => openRoutedTab(browser, server.origin + path, marks);

/** Hands the card's closed shadow root to the page's main world (see `exposeCard` in firefox-harness.ts). */
const exposeCard = () => exposeCardRoot(browser, page);

/** The first element matching `css` in the card, waited for in the page's main world (where `exposeCard` answers). */
async function inCard(css: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(
      (host, sel) => document.querySelector(host)?.shadowRoot?.querySelector(sel) ?? null,
      CARD_HOST,
      css,
    );
    const element = handle.asElement();
    if (element) return element as ElementHandle<Element>;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`nothing matches ${css} in the card within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Waits for the card's brief heading. On a timeout it says what the card showed instead, whether
 * the page had focus, and saves a screenshot to ARTIFACTS: this wait has failed now and then late
 * in a long CI run, and the failure alone did not tell a lost click from a slow background.
 */
async function briefHeading() {
  try {
    await exposeCard();
    return await inCard('[role=dialog] h3');
  } catch (error) {
    const state = await page.evaluate(() => ({
      focused: document.hasFocus(),
      host: document.querySelector('[data-jfir-briefs]') !== null,
      card: document.querySelector('[data-jfir-briefs]')?.shadowRoot?.querySelector('[role=dialog]')?.textContent?.slice(0, 300) ?? null,
    }));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-card-timeout.png') });
    throw new Error(`No brief in the card within 10 s: ${JSON.stringify(state)} (screenshot in ${ARTIFACTS})`, { cause: error });
  }
}

afterAll(async () => {
  rmSync(GENERATED, { recursive: true, force: true });
  await browser?.close();
  await server?.close();
});

describe('Firefox build in Firefox', () => {
  it('marks the article’s mentions without adding any element to the page', async () => {
    const texts = Object.values(await page.evaluate(readHighlights)).flat();
    expect(texts).toEqual(expect.arrayContaining(['Taliban', 'Haqqani network', 'Kuril Islands', 'Kabul']));
    expect(texts).not.toContain('Putin');
    expect(await page.evaluate(() => document.querySelectorAll('[data-jfir-briefs], mark').length)).toBe(0);
  });

  it('opens the brief card on a click, in its shadow root, and the reader page in a new tab from it', async () => {
    const at = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const text = h1.firstChild as Text;
      const range = document.createRange();
      const i = text.data.indexOf('Haqqani');
      range.setStart(text, i);
      range.setEnd(text, i + 7);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.bringToFront();
    await page.mouse.click(at.x, at.y);
    const heading = await briefHeading();
    expect(await heading.evaluate((h) => h.textContent)).toBe('Discussion of the Situation in Afghanistan');
    expect(await (await inCard('[role=dialog] h2')).evaluate((h) => h.textContent)).toBe('Haqqani network');
    // The page's own scripts still get no root from the host (the native getter, not the test's stand-in).
    expect(
      await page.evaluate(() =>
        Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!.get!.call(document.querySelector('[data-jfir-briefs]')),
      ),
    ).toBeNull();
    // The reader page opens in a new tab. WebDriver BiDi neither navigates to nor exposes
    // moz-extension:// pages, so the extension pages themselves are tested in Chromium only.
    const tabs = (await browser.pages()).length;
    await (await inCard('[role=dialog] .actions button')).click();
    await expect.poll(async () => (await browser.pages()).length, { timeout: 10_000 }).toBe(tabs + 1);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector('[role=dialog]') === null, CARD_HOST))
      .toBe(true);
  });

  it('moves through mentions with Alt+Shift+J and opens a brief with Enter', async () => {
    await page.bringToFront();
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => CSS.highlights.has('jfir-briefs-current'));
    await page.keyboard.press('Enter');
    await briefHeading();
    // Focus moved into the card (the page sees only its host as the active element).
    expect(await page.evaluate((host) => document.activeElement?.matches(host), CARD_HOST)).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('ignores a page’s synthetic click and keys on a mention, and its forged WXT start-up message', async () => {
    await page.bringToFront();
    await expect
      .poll(() => page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector('[role=dialog]') === null, CARD_HOST))
      .toBe(true);
    const marks = await page.evaluate(readHighlights);
    // The content script's runtime id, which names WXT's start-up event: public, so a page can forge it.
    const { browser_specific_settings: settings } = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    };
    const { x, y, opened } = await page.evaluate(
      (host, id) => {
        const text = document.querySelector('h1')!.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf('Haqqani'));
        range.setEnd(text, text.data.indexOf('Haqqani') + 7);
        const r = range.getClientRects()[0]!;
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
        document.dispatchEvent(
          new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
        );
        return { x, y, opened: document.querySelector(host)?.shadowRoot?.querySelector('[role=dialog]') != null };
      },
      CARD_HOST,
      settings.gecko.id,
    );
    expect(opened).toBe(false);
    expect(await page.evaluate(readHighlights)).toEqual(marks);
    // The reader's own click still opens the card after the forged message.
    await page.mouse.click(x, y);
    await briefHeading();
    await page.keyboard.press('Escape');
  });

  it('marks the article’s topic on Japanese layouts, and not a topic named only in their comments, rankings or rails', async () => {
    const { pages } = JSON.parse(readFileSync(join(JAPANESE_LAYOUTS, 'snippets.json'), 'utf8')) as {
      pages: Array<{ file: string; articleAlias: string; outsideAlias: string }>;
    };
    for (const layout of pages) {
      const tab = await openPage(`/japanese-layouts/${layout.file}`, 1);
      const texts = Object.values(await tab.evaluate(readHighlights)).flat();
      await tab.close();
      expect(texts, layout.file).toContain(layout.articleAlias);
      expect(
        texts.filter((text) => text.includes(layout.outsideAlias)),
        layout.file,
      ).toEqual([]);
    }
  });

  it("loads the Japanese site lines on a Japanese page: a members-only notice naming the story's topic stays unmarked", async () => {
    expect(await marksOn('/generated/japanese-notice.html', JAPANESE_NOTICE_MARKS.length)).toEqual([...JAPANESE_NOTICE_MARKS].sort());
  });

  it('marks Japanese names on word edges (Firefox’s own word segmenter) and words hyphenated with soft hyphens', async () => {
    const japanese = await openPage('/japanese-false-friends.html', 8);
    const japaneseTexts = Object.values(await japanese.evaluate(readHighlights))
      .flat()
      .sort();
    await japanese.close();
    expect(japaneseTexts).toEqual(['北方領土', '国後', '北方領土', '国後', '択捉', 'イスラム国', 'アフガニスタン', '国後'].sort());
    const german = await openPage('/soft-hyphens.html', 8);
    const germanTexts = Object.values(await german.evaluate(readHighlights)).flat();
    await german.close();
    expect(germanTexts.map((text) => text.replaceAll('\u00ad', '-')).sort()).toEqual(
      ['Af-gha-ni-stan', 'Ta-li-ban', 'Ka-bul', 'Ta-li-ban', 'Ta-li-ban', 'Ka-bul', 'Haq-qa-ni', 'Si-ra-jud-din Haq-qa-ni'].sort(),
    );
  });

  it('marks the story below a live quotes board that rewrites its rows while the scan pauses', async () => {
    const marks = ['Afghanistan', 'Taliban', 'Afghanistan', 'Taliban', 'Kabul', 'Haqqani network', 'Kabul'].sort();
    const tab = await openPage('/markets-board.html', marks.length);
    const texts = Object.values(await tab.evaluate(readHighlights))
      .flat()
      .sort();
    await tab.close();
    expect(texts).toEqual(marks);
  });

  // Firefox's Xray wrappers already hide a form's named controls from content scripts (the build
  // before the fix passes too); this guards the reads through the DOM's own prototypes there.
  it('marks the article inside a form whose named controls shadow its DOM members (DOM clobbering) as without them', async () => {
    expect(await marksOn('/generated/clobbered-form.html', WEBFORMS_ARTICLE_MARKS.length)).toEqual(WEBFORMS_ARTICLE_MARKS);
  });

  it('marks a story in the page’s one form, every member of that form and of the document shadowed by the page’s script', async () => {
    expect(await marksOn('/generated/form-story-shadowed.html', FORM_STORY_MARKS.length)).toEqual(FORM_STORY_MARKS);
  });

  it('marks each tab panel again whenever the reader goes back to its tab', async () => {
    const tab = await openPage('/tabbed-explainer.html', 4);
    const marked = async () =>
      Object.values(await tab.evaluate(readHighlights))
        .flat()
        .sort();
    const first = ['Afghanistan', 'Afghanistan', 'Kabul', 'Taliban'].sort();
    const china = ['Afghanistan', 'Afghanistan', 'Kabul', 'Xi Jinping'].sort();
    for (const [id, marks] of [
      ['#tab-2', china],
      ['#tab-1', first],
      ['#tab-2', china],
    ] as const) {
      await tab.click(id);
      await expect.poll(marked, { timeout: 5000, message: id }).toEqual(marks);
    }
    await tab.close();
  });

  it('opens the card beside its mention on a page with CSS zoom, and moves it as the story scrolls inside an app shell', async () => {
    const first = page;
    page = await openPage('/generated/zoomed-app-shell.html', 4);
    try {
      const mention = () =>
        page.evaluate(() => {
          const text = document.getElementById('p1')!.firstChild as Text;
          const range = document.createRange();
          range.setStart(text, text.data.indexOf('Kabul'));
          range.setEnd(text, text.data.indexOf('Kabul') + 5);
          const r = range.getClientRects()[0]!;
          return { x: r.left + r.width / 2, top: r.top, bottom: r.bottom, left: r.left };
        });
      const before = await mention();
      await page.mouse.click(before.x, (before.top + before.bottom) / 2);
      await briefHeading();
      const card = await inCard('[role=dialog]');
      const opened = (await card.boundingBox())!;
      // Just below the mention, at its left edge: in the window's pixels, not scaled again by the root's zoom.
      expect(Math.abs(opened.y - before.bottom - 8)).toBeLessThan(24);
      expect(Math.abs(opened.x - before.left)).toBeLessThan(24);
      await page.evaluate(() => document.getElementById('scroller')!.scrollBy(0, 40));
      await expect.poll(async () => (await mention()).top).toBeLessThan(before.top - 20);
      const moved = (await mention()).top - before.top;
      await expect.poll(async () => Math.abs((await card.boundingBox())!.y - opened.y - moved)).toBeLessThan(1);
    } finally {
      await page.close();
      page = first;
    }
  });

  it('loads the card script on a new page’s first click, past a page global of the same key', async () => {
    const first = page;
    page = await openPage();
    try {
      // The slot the injected card script fills in the content script's sandbox, defined by the page on its window.
      const { x, y } = await page.evaluate(() => {
        const scope = window as unknown as Record<symbol, unknown> & { fakeCalled?: boolean };
        scope[Symbol.for('jfir-briefs.card-view')] = () => {
          scope.fakeCalled = true;
          throw new Error('the page’s card');
        };
        const text = document.querySelector('h1')!.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf('Haqqani'));
        range.setEnd(text, text.data.indexOf('Haqqani') + 7);
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      expect(await page.evaluate((host) => document.querySelector(host) === null, CARD_HOST)).toBe(true);
      await page.mouse.click(x, y);
      await briefHeading();
      expect(await page.evaluate(() => (window as unknown as { fakeCalled?: boolean }).fakeCalled ?? false)).toBe(false);
    } finally {
      await page.close();
      page = first;
    }
  });
});
