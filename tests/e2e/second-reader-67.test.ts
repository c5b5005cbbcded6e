/**
 * Second reader 67: where Alt+Shift+J's scroll (mention-navigation.ts, scrollTo: the mention's element
 * centred, then the window scrolled to the mention's own rectangle, f5b31da) leaves a mention that sits
 * in a box of its own that scrolls (a transcript box on a page that scrolls too).
 *
 * Probes marked `it.fails` are product failures a reader would notice; the others pass and stand as
 * regression tests.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cursorPlace } from './harness';
import { fixtureSession } from './session';

const FILLER =
  'Aid officials said the order, the third of its kind this year, would slow the delivery of food to the provinces at the start of winter, when roads into the highlands close for weeks at a time.';
const TRANSCRIPT_LINES = Array.from({ length: 40 }, (_, i) => `Speaker ${i % 2 ? 'B' : 'A'}: ${FILLER}`);

/** A story with an interview's transcript in a 240 px box that scrolls, its one long paragraph 10 times taller; the only mention is near its end. */
const TRANSCRIPT = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Aid groups told to register staff | The Regional Desk</title>
<style>
  body { font: 17px/1.6 Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
  .transcript { height: 240px; overflow: auto; border: 1px solid #999; padding: 0 1rem; }
</style></head>
<body>
<header><a href="/">The Regional Desk</a></header>
<article><h1>Aid groups told to register staff</h1>
${Array.from({ length: 8 }, () => `<p>${FILLER}</p>`).join('\n')}
<h2>The interview</h2>
<div class="transcript" id="box"><p id="long">${TRANSCRIPT_LINES.join(' ')} Speaker A: The Taliban have not answered our letters since the spring. ${FILLER}</p></div>
${Array.from({ length: 12 }, () => `<p>${FILLER}</p>`).join('\n')}
</article>
</body></html>`;

const session = fixtureSession({ pages: () => ({ 'transcript.html': TRANSCRIPT }) });

/** Whether the keyboard cursor's mark is inside both the window and the visible part of its scrolling box. */
const cursorSeen = async (page: Page) => {
  const place = await cursorPlace(page, '#box');
  if (!place?.box) return undefined;
  const { text, top, bottom, height, box } = place;
  return {
    text,
    inWindow: top >= 0 && bottom <= height,
    inBox: top >= box.top && bottom <= box.bottom,
    boxInWindow: box.top >= 0 && box.bottom <= height,
  };
};

describe('Alt+Shift+J on a mention in a box that scrolls', () => {
  /*
   * Failed on b8d1414 (worse since f5b31da, not visible before either); passes since scrollTo scrolls the
   * nearest scrolling box to the mention, then brings the box into the window. Expected: Alt+Shift+J on the one mention,
   * "Taliban" near the end of a transcript's long paragraph in a 240 px box that scrolls, shows it: the box
   * in the window and the mention in the box's visible part. Was: scrollIntoView centres the
   * paragraph's middle in the box, which leaves the mention below the box's visible part; the window
   * then scrolls by the mention's (clipped) rectangle. Measured: the mention is in neither the box's
   * visible part nor the window, and the box is no longer wholly in the window. At 71eb347 the box was centred in the window and the
   * mention hidden in it all the same. entrypoints/content/mention-navigation.ts, scrollTo: the window
   * is scrolled by a rectangle a scrolling box clips, and the box is never scrolled to the mention.
   */
  it('shows a mention near the end of a tall paragraph in a scrolling box, with the box in the window', async () => {
    const page = await session.open('/transcript.html', { scan: true });
    await page.bringToFront();
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.waitForTimeout(400);
    expect(await cursorSeen(page)).toEqual({ text: 'Taliban', inWindow: true, inBox: true, boxInWindow: true });
    await page.close();
  });
});
