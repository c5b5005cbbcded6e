/**
 * DOM clobbering against the shipped Chromium build. A `<form>`'s named controls shadow the form's
 * own properties and methods, in the content script's isolated world too: `<img
 * name="parentElement">` inside a form made every walk up the tree from inside it circle forever
 * (the tab froze), and `<input name="getAttribute">` made the scan throw and mark nothing. The
 * page is `clobbered-page.ts`'s. (Firefox's Xray wrappers hide the controls from content scripts;
 * `firefox.test.ts` reads the same page there.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clobberedWebForms, WEBFORMS_ARTICLE_MARKS as ARTICLE_MARKS } from './clobbered-page';
import { highlightedTexts, waitForHighlights } from './harness';
import { fixtureSession } from './session';

const session = fixtureSession({ pages: () => ({ 'form.html': clobberedWebForms() }) });

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
