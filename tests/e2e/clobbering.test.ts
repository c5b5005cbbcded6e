/**
 * DOM clobbering against the shipped Chromium build. A `<form>`'s named controls shadow the form's
 * own properties and methods, in the content script's isolated world too: `<img
 * name="parentElement">` inside a form made every walk up the tree from inside it circle forever
 * (the tab froze), and `<input name="getAttribute">` made the scan throw and mark nothing. The
 * page is `clobbered-page.ts`'s. (Firefox's Xray wrappers hide the controls from content scripts;
 * `firefox.test.ts` reads the same page there.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exposeCard } from './card';
import {
  clobberedWebForms,
  FORM_STORY_MARKS,
  formStoryShadowingEveryMember,
  WEBFORMS_ARTICLE_MARKS as ARTICLE_MARKS,
} from './clobbered-page';
import { FIXTURES, highlightedTexts, waitForHighlights } from './harness';
import { fixtureSession } from './session';

const session = fixtureSession({
  pages: () => ({
    'form.html': clobberedWebForms(),
    'form-story.html': readFileSync(join(FIXTURES, 'form-story.html'), 'utf8'),
    'form-story-shadowed.html': formStoryShadowingEveryMember(),
  }),
});

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

  it('marks a story that sits in the page’s one form, every member of that form and of the document shadowed by the page’s script', async () => {
    const plain = await session.open('/form-story.html', { scan: true });
    expect(await marked(plain)).toEqual(FORM_STORY_MARKS);
    await plain.close();
    const errors: string[] = [];
    const page = await session.open('/form-story-shadowed.html', { scan: true, errors });
    const shadowed = () => {
      const form = Document.prototype.querySelector.call(document, 'form')!;
      return [typeof form.closest, typeof form.textContent, typeof document.querySelectorAll, typeof document.body];
    };
    expect(await page.evaluate(shadowed)).toEqual(['object', 'object', 'object', 'object']);
    expect(await responsive(page)).toBe(true);
    expect(await marked(page)).toEqual(FORM_STORY_MARKS);
    await page.bringToFront();
    // Playwright's own locators call the form's shadowed members: the point is read with the prototypes' methods.
    const { x, y } = await page.evaluate(() => {
      const paragraph = [...Document.prototype.querySelectorAll.call(document, 'form p')].find((p) => p.textContent.includes('Haqqani'))!;
      paragraph.scrollIntoView({ block: 'center' });
      const text = paragraph.firstChild as Text;
      const range = Document.prototype.createRange.call(document);
      range.setStart(text, text.data.indexOf('Haqqani'));
      range.setEnd(text, text.data.indexOf('Haqqani') + 'Haqqani'.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.click(x, y);
    // Playwright's locators read the shadowed document too (its `defaultView`): the card's text is read from its root.
    await exposeCard(page);
    await page.waitForFunction(() =>
      ((globalThis as { __jfirBriefsCardRoot?: ShadowRoot }).__jfirBriefsCardRoot?.textContent ?? '').includes('Read the full commentary'),
    );
    const cardText = await page.evaluate(() => (globalThis as { __jfirBriefsCardRoot?: ShadowRoot }).__jfirBriefsCardRoot?.textContent);
    expect(cardText).toContain('Haqqani network');
    expect(errors).toEqual([]);
    await page.close();
  });
});
