/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core, the add-on installed as a temporary add-on), for the Firefox test files: the
 * launch, a tab whose news host the local server answers, and the card's closed root handed to
 * the test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CARD_HOST } from './card';
import { ROOT, routedResponse } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build the tests load. */
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

/** Firefox with the built add-on installed; says what to do when Firefox or the build is missing. */
export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install it with 'apt-get install -y firefox-esr'.`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No build in ${FIREFOX_BUILD}: run 'npm run build' first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No first-run or privacy-notice tab that could take focus from the test page.
    extraPrefsFirefox: {
      'datareporting.policy.firstRunURL': '',
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.aboutwelcome.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/** `url` in a new tab, focused, its news host answered by the local server, once `marks` of its mentions are marked. */
export async function openRoutedTab(browser: Browser, url: string, marks: number): Promise<Page> {
  const tab = await browser.newPage();
  // The page's news host is answered by the local server (WebDriver BiDi network interception), as in Chromium.
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    routedResponse(request.url())
      .then((answer) =>
        answer ? request.respond({ status: answer.status, headers: answer.headers, body: answer.body }) : request.continue(),
      )
      .catch(console.error);
  });
  await tab.goto(url);
  // Keyboard and mouse go to the focused tab; a new tab in headless Firefox is not always focused.
  await tab.bringToFront();
  await tab.waitForFunction((min) => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) >= min, { timeout: 15_000 }, marks);
  return tab;
}

interface BidiConnection {
  send(
    method: string,
    params: object,
  ): Promise<{ result: { result?: { value?: { shadowRoot?: { sharedId?: string; value?: { mode?: string } } } } } }>;
}

/**
 * Hands the card's closed shadow root to the page's main world, for this test only: WebDriver
 * BiDi serialises closed roots when asked (`includeShadowTree: 'all'`), which no page script can
 * do. Afterwards `host.shadowRoot` answers in the main world, so the card can be read and clicked.
 */
export async function exposeCard(browser: Browser, page: Page): Promise<void> {
  await page.waitForSelector(CARD_HOST, { timeout: 10_000 });
  const { connection } = browser as unknown as { connection: BidiConnection };
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const found = await connection.send('script.evaluate', {
    expression: `document.querySelector('${CARD_HOST}')`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const shadow = found.result.result?.value?.shadowRoot;
  if (!shadow?.sharedId) throw new Error(`no shadow root on the card host: ${JSON.stringify(found.result)}`);
  if (shadow.value?.mode !== 'closed') throw new Error(`the card's shadow root is ${shadow.value?.mode}, not closed`);
  await connection.send('script.callFunction', {
    functionDeclaration: `(root) => Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root })`,
    target: { context },
    awaitPromise: false,
    arguments: [{ sharedId: shadow.sharedId }],
  });
}
