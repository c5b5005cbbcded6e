/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core, the add-on installed as a temporary add-on): marks, the card in its shadow
 * root with its brief from the background, the reader page opening, and the keyboard.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, FIXTURES, readHighlights, ROOT, routedResponse, serveStatic, type StaticServer } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output/firefox-mv2');
const PAGE = '/afghanistan-haqqani.html';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install it with 'apt-get install -y firefox-esr'.`);
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`No build in ${BUILD}: run 'npm run build' first.`);
  server = await serveStatic({ '/': FIXTURES });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No first-run or privacy-notice tab that could take focus from the test page.
    extraPrefsFirefox: { 'datareporting.policy.firstRunURL': '', 'datareporting.policy.dataSubmissionEnabled': false, 'browser.aboutwelcome.enabled': false },
  });
  await browser.installExtension(BUILD);
  page = await browser.newPage();
  // The page's news host is answered by the local server (WebDriver BiDi network interception), as in Chromium.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void routedResponse(request.url()).then((answer) =>
      answer ? request.respond({ status: answer.status, headers: answer.headers, body: answer.body }) : request.continue(),
    );
  });
  await page.goto(server.origin + PAGE);
  // Keyboard and mouse go to the focused tab; a new tab in headless Firefox is not always focused.
  await page.bringToFront();
  await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) >= 5, { timeout: 15_000 });
}, 60_000);

/**
 * Waits for the card's brief heading. On a timeout it says what the card showed instead, whether
 * the page had focus, and saves a screenshot to ARTIFACTS: this wait has failed now and then late
 * in a long CI run, and the failure alone did not tell a lost click from a slow background.
 */
async function briefHeading() {
  try {
    return await page.waitForSelector('jfir-briefs >>> [role=dialog] h3', { timeout: 10_000 });
  } catch (error) {
    const state = await page.evaluate(() => ({
      focused: document.hasFocus(),
      host: document.querySelector('jfir-briefs') !== null,
      card: document.querySelector('jfir-briefs')?.shadowRoot?.querySelector('[role=dialog]')?.textContent?.slice(0, 300) ?? null,
    }));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-card-timeout.png') });
    throw new Error(`No brief in the card within 10 s: ${JSON.stringify(state)} (screenshot in ${ARTIFACTS})`, { cause: error });
  }
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox build in Firefox', () => {
  it('marks the article’s mentions without adding any element to the page', async () => {
    const texts = Object.values(await page.evaluate(readHighlights)).flat();
    expect(texts).toEqual(expect.arrayContaining(['Taliban', 'Haqqani network', 'Kuril Islands', 'Kabul']));
    expect(texts).not.toContain('Putin');
    expect(await page.evaluate(() => document.querySelectorAll('jfir-briefs, mark').length)).toBe(0);
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
    expect(await heading!.evaluate((h) => h.textContent)).toBe('Discussion of the Situation in Afghanistan');
    expect(await page.$eval('jfir-briefs >>> [role=dialog] h2', (h) => h.textContent)).toBe('Haqqani network');
    // The reader page opens in a new tab. WebDriver BiDi neither navigates to nor exposes
    // moz-extension:// pages, so the extension pages themselves are tested in Chromium only.
    const tabs = (await browser.pages()).length;
    await page.click('jfir-briefs >>> [role=dialog] .actions button');
    await expect.poll(async () => (await browser.pages()).length, { timeout: 10_000 }).toBe(tabs + 1);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('jfir-briefs')?.shadowRoot?.querySelector('[role=dialog]'));
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
    await page.keyboard.press('Escape');
  });
});
