/**
 * DOM clobbering against the shipped Chromium build. A `<form>`'s named controls shadow the form's
 * own properties and methods, in the content script's isolated world too: `<img
 * name="parentElement">` inside a form made every walk up the tree from inside it circle forever
 * (the tab froze), and `<input name="getAttribute">` made the scan throw and mark nothing. The
 * page is the WebForms fixture (the whole page in one form) with such controls added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, highlightedTexts, waitForHighlights } from './harness';
import { fixtureSession } from './session';

const WEBFORMS = readFileSync(join(FIXTURES, 'webforms-news.html'), 'utf8');
const FORM_TAG = '<form method="post" action="./article.aspx?id=4411" id="aspnetForm">';

/** Names of the DOM's own members that the scan reads, and some it does not. */
const SHADOWED = [
  'getAttribute',
  'hasAttributes',
  'getAttributeNames',
  'checkVisibility',
  'parentNode',
  'tagName',
  'id',
  'className',
  'closest',
  'contains',
  'querySelectorAll',
  'children',
  'textContent',
];

/** The WebForms page with controls named after DOM members inside its form. */
function clobbered(): string {
  // An image, not an input: a skipped element would have ended the walk up by chance.
  const controls = `<img name="parentElement" alt="">${SHADOWED.map((n) => `<input type="hidden" name="${n}" value="1">`).join('')}`;
  return WEBFORMS.replace(FORM_TAG, `${FORM_TAG}${controls}`);
}

const session = fixtureSession({ pages: () => ({ 'form.html': clobbered() }) });

/** The article's mentions, as `detection.test.ts` expects them on the page without the controls. */
const ARTICLE_MARKS = ['Taliban', 'Kabul', 'Haqqani network', 'Taliban', 'Kabul', 'Pyongyang', 'North Korea'].sort();

const marked = async (page: Page) =>
  Object.values(await highlightedTexts(page))
    .flat()
    .sort();

/** Whether the page's main thread answers within a second (a scan circling forever holds it). */
async function responsive(page: Page): Promise<boolean> {
  return await Promise.race([page.evaluate(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 1000))]);
}

describe('a page whose markup shadows DOM members (DOM clobbering)', () => {
  it('marks the article inside a form whose controls shadow its members as on the same page without them', async () => {
    const errors: string[] = [];
    const page = await session.open('/form.html', { scan: true, errors });
    expect(await page.evaluate(() => (document.forms[0]!.parentElement as Element).tagName)).toBe('IMG');
    expect(await responsive(page)).toBe(true);
    expect(await marked(page)).toEqual(ARTICLE_MARKS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a mention added later inside that form', async () => {
    const errors: string[] = [];
    const page = await session.open('/form.html', { scan: true, highlights: ARTICLE_MARKS.length, errors });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Diplomats in Doha said the Haqqani network had not been consulted about the appointments.';
      document.querySelector('#story-part-1')!.append(p);
    });
    await waitForHighlights(page, ARTICLE_MARKS.length + 1);
    expect(await marked(page)).toEqual([...ARTICLE_MARKS, 'Haqqani network'].sort());
    expect(await responsive(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
