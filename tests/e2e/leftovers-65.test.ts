/**
 * Leftovers a reviewer found in the content script, each checked in Chromium with the shipped
 * build; each test failed on 71eb347. A fold the reader closes far down a page of about 5,000
 * marks kept its marks (only the first 500 marked elements were looked at).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { marksBesideCursor as marked, waitForHighlights } from './harness';
import { fixtureSession } from './session';

const HEAD = (title: string) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | The Regional Desk</title>
<style>body { font: 17px/1.6 Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }</style>
</head>
<body>
<header><a href="/">The Regional Desk</a></header>
`;

/** Paragraphs of the long explainer, four marks each (Taliban, Kabul, Afghanistan, Pyongyang). */
const PARAGRAPHS = 1240;
const MARKS = PARAGRAPHS * 4;
const paragraph = (i: number) =>
  `<p id="q${i}">In round ${i + 1} of the talks, officials said the Taliban had met envoys in Kabul about the future of Afghanistan and about Pyongyang, according to two diplomats who attended.</p>`;

/** A long explainer (about 5,000 marks) with a native fold at its end; `addNote()` appends a paragraph naming Xi Jinping. */
const LONG = `${HEAD('Explainer: twelve hundred rounds of talks')}
<article>
<h1>Explainer: twelve hundred rounds of talks</h1>
${Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i)).join('\n')}
<details id="bg"><summary>Background</summary><p>Beijing has kept its embassy open throughout, and state media reported that Xi Jinping had received a written message about mining contracts.</p></details>
<p id="last">Aid officials said the order would slow the delivery of food to the provinces at the start of winter.</p>
</article>
<script>
  window.addNote = function () {
    var p = document.createElement('p');
    p.textContent = 'Update: a spokesman said Xi Jinping would send an envoy to the next round.';
    document.querySelector('article').appendChild(p);
  };
</script>
</body>
</html>`;

const session = fixtureSession({ pages: () => ({ 'long.html': LONG }) });

/** How many marks of each text the page shows (the keyboard cursor's highlight left out). */
const count = async (page: Page, text: string) => (await marked(page)).filter((t) => t === text).length;

/** The number of ranges in the extension's mark highlights (the keyboard cursor's left out), read from the page's registry. */
const markCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('jfir-briefs-') && name !== 'jfir-briefs-current') n += h.size;
    return n;
  });

describe('a fold the reader closes far down a page of about 5,000 marks', () => {
  it('loses its marks once closed, and has them back once opened again', { timeout: 120_000 }, async () => {
    const page = await session.open('/long.html', { scan: true });
    await page.bringToFront();
    await waitForHighlights(page, MARKS);
    expect(await count(page, 'Xi Jinping')).toBe(0);
    for (const shown of [1, 0, 1, 0]) {
      await page.locator('#bg summary').click();
      await expect.poll(() => count(page, 'Xi Jinping'), { timeout: 20_000 }).toBe(shown);
    }
    // The marks of the story around it stayed.
    expect(await markCount(page)).toBe(MARKS);
    await page.close();
  });
});
