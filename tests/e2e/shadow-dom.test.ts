/**
 * News sites built from web components, read with the shipped build in Chromium: the article a
 * component renders into an open shadow root (by script, as Lit or FAST do, or declaratively, as
 * server-rendered components come) is marked like light-DOM text, a click on such a mark opens
 * its brief, a paragraph the component renders later is marked too, and the related-stories rail
 * in its own shadow root is not. The pages are tests/fixtures/shadow-dom.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { briefCard, CARD_HOST } from './card';
import { highlightedTexts, pointOfTextIn, ROOT } from './harness';
import { fixtureSession } from './session';

const COMPONENTS = '/web-components.html';
const DECLARATIVE = '/declarative.html';
/** The marks of the scripted article before its late paragraph: headline and body. */
const ARTICLE_MARKS = ['Haqqani network', 'Haqqani network', 'Taliban', 'Taliban', 'Taliban'];

const session = fixtureSession({ root: `${ROOT}/tests/fixtures/shadow-dom`, control: true });

const marked = async (page: Page) =>
  Object.values(await highlightedTexts(page))
    .flat()
    .sort();

/** For every highlighted range: its text and the custom element whose shadow root holds it ('' for the light DOM). */
const markPlaces = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights.values()].flatMap((h) =>
      [...h].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const root = r.startContainer.getRootNode();
        return { text: range.toString(), host: root instanceof ShadowRoot ? root.host.localName : '' };
      }),
    ),
  );

/** The page's DOM with the content of every open shadow root, as a page script could read it. */
const domWithShadowRoots = (page: Page) =>
  page.evaluate(() => {
    const roots: ShadowRoot[] = [];
    const collect = (scope: Document | ShadowRoot) => {
      for (const el of scope.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        roots.push(el.shadowRoot);
        collect(el.shadowRoot);
      }
    };
    collect(document);
    return document.documentElement.getHTML({ shadowRoots: roots });
  });

/** Resolves once the scripted article's late paragraph (3 s after the component renders) is in its shadow root. */
const lateParagraph = (page: Page) =>
  page.waitForFunction(() => document.querySelector('news-article')?.shadowRoot?.querySelector('.update') !== null, null, {
    timeout: 5000,
  });

describe('an article rendered by web components into open shadow roots', () => {
  it('marks the topics named only in the shadow-root article', async () => {
    const errors: string[] = [];
    const page = await session.open(COMPONENTS, { scan: true, errors });
    // The page's first scan reads the document's own text; the shadow roots are looked for after it,
    // so their marks come with the scan that follows. The late paragraph (3 s) may be in by then.
    await expect.poll(async () => (await marked(page)).filter((text) => text !== 'Pyongyang'), { timeout: 5000 }).toEqual(ARTICLE_MARKS);
    // Every mark is in the article component's shadow root: nothing in the light DOM names a topic.
    expect([...new Set((await markPlaces(page)).map((m) => m.host))]).toEqual(['news-article']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not mark the topic named only in the rail’s shadow root', async () => {
    const errors: string[] = [];
    const page = await session.open(COMPONENTS, { scan: true, errors });
    // The components are read (else nothing in a shadow root is marked, the rail's neither).
    await expect.poll(async () => (await marked(page)).filter((text) => text !== 'Pyongyang'), { timeout: 5000 }).toEqual(ARTICLE_MARKS);
    await lateParagraph(page);
    // Time for the extension to have read the late paragraph as well.
    await page.waitForTimeout(1500);
    // The rail names the Northern Territories twice ("Northern Territories", "Kunashiri"); the article never does.
    const places = await markPlaces(page);
    expect(places.filter((m) => m.host === 'related-rail')).toEqual([]);
    expect(places.filter((m) => /Northern Territories|Kunashiri/.test(m.text))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the brief card on a click on a mark inside the shadow root', async () => {
    const errors: string[] = [];
    const page = await session.open(COMPONENTS, { scan: true, errors });
    await page.bringToFront();
    const { x, y } = await pointOfTextIn(page.locator('news-article h1'), 'Haqqani');
    await page.mouse.click(x, y);
    const card = await briefCard(page, 'Haqqani network');
    await card.waitFor({ timeout: 10_000 });
    await card.getByText('Discussion of the Situation in Afghanistan').first().waitFor({ timeout: 10_000 });
    expect(await card.locator('.mark').first().textContent()).toMatch(/Haqqani/);
    expect(await page.evaluate((host) => document.querySelectorAll(host).length, CARD_HOST)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a paragraph the component renders into its shadow root later', async () => {
    const errors: string[] = [];
    const page = await session.open(COMPONENTS, { scan: true, errors });
    // The component is read before the paragraph comes (3 s after it renders): the paragraph is a
    // change inside a shadow root already read.
    await expect.poll(() => marked(page), { timeout: 2500 }).toEqual(ARTICLE_MARKS);
    await lateParagraph(page);
    // North Korea is named only in that paragraph ("Pyongyang").
    await expect.poll(() => marked(page), { timeout: 5000 }).toEqual([...ARTICLE_MARKS, 'Pyongyang'].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a fold the component opens by itself inside its shadow root', async () => {
    const errors: string[] = [];
    // No late paragraph: no other change to the page reads it again meanwhile.
    const page = await session.open(`${COMPONENTS}?reveal-after=4000&late=0`, { scan: true, errors });
    // The fold names Xi Jinping; hidden, it is not marked (the component is read well before the fold opens).
    await expect.poll(() => marked(page), { timeout: 3500 }).toEqual(ARTICLE_MARKS);
    await expect.poll(() => marked(page), { timeout: 6000 }).toEqual([...ARTICLE_MARKS, 'Xi Jinping'].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a component defined seconds after the page loaded, with no change to the document', async () => {
    const errors: string[] = [];
    const page = await session.open(`${COMPONENTS}?define-after=2500`, { scan: true, errors });
    expect(await marked(page)).toEqual([]);
    // The page is searched again during the minute after it loads (at 2, 6, 20 and 50 s).
    await expect.poll(async () => (await marked(page)).filter((text) => text !== 'Pyongyang'), { timeout: 12_000 }).toEqual(ARTICLE_MARKS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves the page, shadow roots included, as the same page without the extension, and causes no page error', async () => {
    const errors: string[] = [];
    const page = await session.open(COMPONENTS, { scan: true, errors });
    const controlPage = await session.context.newPage();
    await controlPage.goto(session.controlOrigin + COMPONENTS);
    await Promise.all([lateParagraph(page), lateParagraph(controlPage)]);
    // Time for the extension to have read the late paragraph too.
    await page.waitForTimeout(1500);
    expect(await marked(controlPage)).toEqual([]);
    const dom = await domWithShadowRoots(page);
    expect(dom).toContain('envoys from Pyongyang');
    expect(dom).toBe(await domWithShadowRoots(controlPage));
    expect(await page.evaluate((host) => document.querySelectorAll(host).length, CARD_HOST)).toBe(0);
    expect(errors).toEqual([]);
    await controlPage.close();
    await page.close();
  });
});

describe('an article in a declarative shadow root (server-rendered component)', () => {
  it('marks the article’s mentions', async () => {
    const errors: string[] = [];
    const page = await session.open(DECLARATIVE, { scan: true, errors });
    expect(await page.evaluate(() => document.querySelector('news-article')?.shadowRoot?.mode)).toBe('open');
    // Shadow roots are looked for once the page's first scan is done: their marks come with the next.
    await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(['Etorofu', 'Kunashiri', 'Northern Territories']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves the page, its shadow root included, as the same page without the extension', async () => {
    const errors: string[] = [];
    const page = await session.open(DECLARATIVE, { scan: true, errors });
    const controlPage = await session.context.newPage();
    await controlPage.goto(session.controlOrigin + DECLARATIVE);
    const dom = await domWithShadowRoots(page);
    expect(dom).toContain('visit family graves on Kunashiri');
    expect(dom).toBe(await domWithShadowRoots(controlPage));
    expect(errors).toEqual([]);
    await controlPage.close();
    await page.close();
  });
});
