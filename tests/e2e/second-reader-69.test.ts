/**
 * Second reader 69: kinds of pages and reader gestures not probed before, against the shipped
 * Chromium build (pages in second-reader-69-pages.ts): an infinite article stream that rewrites its
 * URL and title, Enter on the page's own keyboard controls after Alt+Shift+J, a page that takes
 * clicks in the capture phase at the window, a story in a modal <dialog> and a glossary popover
 * (the top layer), forced colours, printing, a double-click that selects a word, a Japanese
 * per-character headline with full-width letters and <wbr>, text nodes a framework rewrites,
 * an Arabic page, and a page that scrolls smoothly.
 *
 * Probes marked `it.fails` are product failures a reader would notice (each says what a reader
 * expects, what happens instead, and where the cause lies); the others pass on this build and
 * stand as regression tests.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { briefCard, CARD_HOST, cardTextFromOutside } from './card';
import {
  badgeText,
  boxOfText,
  currentMention,
  cursorPlace,
  marksBesideCursor as marked,
  pointOfText,
  tabTopicIds,
  waitForScan,
} from './harness';
import { PAGES } from './second-reader-69-pages';
import { fixtureSession } from './session';

const TALIBAN_MARKS = ['Afghanistan', 'Kabul', 'Kabul', 'Taliban', 'Taliban'];
const KURIL_MARKS = ['Kuril Islands', 'Shikotan'];

const session = fixtureSession({ control: true, pages: () => PAGES });

/** Whether a brief card is shown (read through the DevTools protocol: its root is closed). */
async function cardShown(page: Page): Promise<boolean> {
  return (await cardTextFromOutside(page)).includes('Read the full commentary');
}

/** The reader's click on `text` in the first element matching `selector`. */
async function clickText(page: Page, selector: string, text: string) {
  const { x, y } = await pointOfText(page, selector, text);
  await page.mouse.click(x, y);
}

/** The reader scrolls the stream with the wheel until the site has put the next story's URL in the address bar. */
async function scrollToNextStory(page: Page): Promise<void> {
  await page.mouse.move(500, 400);
  for (let i = 0; i < 40 && !page.url().endsWith('/stream-2.html'); i += 1) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  expect(page.url()).toBe(`${session.origin}/stream-2.html`);
}

/** Fill colours (`r g b rg`) set in a PDF's content streams: what is painted in colour on paper. */
function pdfFills(pdf: Buffer): Set<string> {
  const fills = new Set<string>();
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    for (const f of body.matchAll(/([\d.]+ [\d.]+ [\d.]+) rg/g)) fills.add(f[1]!);
  }
  return fills;
}

/** The most frequent colour in a clip of the page as shown (a mark's background), as [r, g, b]. */
async function dominantColor(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number[]> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (png) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])[0]![0]
      .split(',')
      .map(Number);
  }, png);
}

/** WCAG contrast ratio between two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('an infinite article stream', () => {
  it('marks the next story appended below and lists both when the site replaces only the URL', async () => {
    const page = await session.open('/stream.html?keep-title', { scan: true });
    await page.bringToFront();
    expect(await marked(page)).toEqual(TALIBAN_MARKS);
    await scrollToNextStory(page);
    await expect.poll(() => marked(page), { timeout: 4000 }).toEqual([...TALIBAN_MARKS, ...KURIL_MARKS].sort());
    await expect
      .poll(() => tabTopicIds(session.worker, `${session.origin}/stream-2.html`), { timeout: 4000 })
      .toEqual(['afghanistan', 'northern-territories', 'taliban']);
    await page.close();
  });

  /*
   * Failed before. Expected: on a story page that appends the next full story as the reader nears the
   * end and then replaces the URL and the document title with the next story's (history.replaceState,
   * as many dailies' story pages do), both stories stay marked (the reader may scroll back up to the
   * one just read) and the badge and the popup's "On this page" list the topics of both. Was: once
   * the URL changed every mark of the first story went, and the badge dropped to 1: the rescan's
   * finder took the story the new title names as the only article. Now a full scan keeps the
   * previous region's whole articles still on the page (article-region.ts, withStoriesKept).
   */
  it('keeps the first story marked and listed when the site replaces the URL and the title with the next story’s', async () => {
    const page = await session.open('/stream.html', { scan: true });
    await page.bringToFront();
    expect(await marked(page)).toEqual(TALIBAN_MARKS);
    await scrollToNextStory(page);
    const url = `${session.origin}/stream-2.html`;
    await waitForScan(session.worker, url);
    await page.waitForTimeout(1000);
    expect(await marked(page)).toEqual([...TALIBAN_MARKS, ...KURIL_MARKS].sort());
    await expect
      .poll(() => tabTopicIds(session.worker, url), { timeout: 4000 })
      .toEqual(['afghanistan', 'northern-territories', 'taliban']);
    expect(await badgeText(session.worker, url)).toBe('3');
    await page.close();
  });
});

describe('Enter on the page’s own controls after the reader used Alt+Shift+J', () => {
  /** Opens the story and moves the keyboard cursor to its first mention, as a reader trying the shortcut does. */
  const withCursor = async () => {
    const page = await session.open('/keys.html', { scan: true });
    await page.bringToFront();
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await currentMention(page)).toBe('Taliban in #headline');
    return page;
  };

  /*
   * Failed before Enter was left to every control and focusable element (mention-navigation.ts PAGE_CONTROLS). Expected: after trying Alt+Shift+J once, a keyboard reader who tabs to a question
   * (<summary>) and presses Enter opens its answer, as without the extension. Actual: the answer
   * stays closed and the card of the mention the cursor was left on opens (focus moves into it).
   * Cause: entrypoints/content/mention-navigation.ts, the keydown listener: Enter opens the cursor's
   * card wherever focus is, unless it is in an `a` or `button` (or an editable field), and calls
   * preventDefault, which cancels the <summary>'s activation; the cursor is never forgotten. Fix: open
   * on Enter only while focus is where Alt+Shift+J left it (the body, or the mention's own element), or
   * leave Enter to every focusable element and control (`summary`, `[role]`, `[tabindex]`, as
   * card-controller.ts's PAGE_CONTROLS does for clicks).
   */
  it('leaves Enter on a focused <summary> to it: the answer opens, no card', async () => {
    const page = await withCursor();
    await page.locator('#why-q').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (document.getElementById('why') as HTMLDetailsElement).open)).toBe(true);
    expect(await cardShown(page)).toBe(false);
    await page.close();
  });

  /*
   * Failed before, same fix. Expected: Enter on a video player's play button (a `div role="button"
   * tabindex="0"`, as most players write it) plays the report and nothing else. Actual: the page's
   * own handler still runs (the button toggles), and the card opens over the story and takes focus
   * from the player.
   */
  it('leaves Enter on a focused role="button" player control to it: no card', async () => {
    const page = await withCursor();
    await page.locator('#play').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1000);
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('true');
    expect(await cardShown(page)).toBe(false);
    await page.close();
  });

  it('leaves Enter on a link holding a mark, and typing in a comment box or an embedded frame’s field, to the page', async () => {
    const page = await withCursor();
    await page.locator('#talks').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#background');
    await page.locator('#comment').focus();
    await page.keyboard.type('ab');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Enter');
    await page.keyboard.type('c');
    expect(await page.locator('#comment').inputValue()).toBe('ab\nc');
    const frame = page.frameLocator('#embed');
    await frame.locator('#mail').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.type('x');
    await page.keyboard.press('Enter');
    expect(await frame.locator('#mail').inputValue()).toBe('x\n');
    await page.waitForTimeout(500);
    expect(await cardShown(page)).toBe(false);
    expect(await currentMention(page)).toBe('Taliban in #headline');
    // The keys typed in the page's own fields were not taken from it.
    const keys = await page.evaluate(() => (window as unknown as { keys: string[] }).keys);
    expect(keys.slice(keys.indexOf('a'))).toEqual(['a', 'b', 'Alt', 'Shift', 'J', 'Enter', 'c']);
    await page.close();
  });
});

describe('clicks and selections', () => {
  /*
   * Failed before the card listened at the window and kept the mention found where the reader pressed (card-controller.ts). Expected: a click on a mark opens its card on a page that forbids selecting its text
   * (`user-select: none` on the body) and whose "tap to show the reading tools" script takes clicks on
   * the story in the capture phase at the window and stops them there. Actual: no card; the page's
   * tools toggle. (`user-select: none` alone is fine, as second-reader-66's no-copy probe shows.)
   * Cause: entrypoints/content/card-controller.ts listens for `click` (and `pointerdown`) on the
   * document in the capture phase (lifetime.onTrustedEvent(document, …, { capture: true })); the
   * window's capture listeners run before it, and stopPropagation there keeps the event from the
   * document. Alt+Shift+J's keydown (mention-navigation.ts) has the same exposure. Fix: listen on
   * `window` in the capture phase: stopPropagation does not stop other listeners of the same target
   * (only stopImmediatePropagation from one registered earlier would).
   */
  it('opens the card on a page that stops clicks on its story in the capture phase at the window', async () => {
    const page = await session.open('/captured.html', { scan: true });
    await page.bringToFront();
    expect(await marked(page)).toEqual(TALIBAN_MARKS);
    await clickText(page, '#p1', 'Taliban');
    await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(true);
    await page.close();
  });

  /*
   * Failed before a click that leaves a selection closed the card. Expected: a reader who double-clicks a marked word to select it (to copy it or look it
   * up), the usual way to select one word, gets the word selected and no card, as a drag that
   * selects over a mark opens none (README, "Using it"). Actual: the word is selected and the card
   * stays open over the text, with focus in it. Cause: card-controller.ts, the click listener: the
   * double-click's first click opens the card (the selection is still collapsed); its second click,
   * which made the selection, returns early without closing it. Fix: on a click with `detail > 1`
   * (or a `dblclick`) that leaves a selection, close the card and give focus back.
   */
  it('opens no card, or closes it, when the reader double-clicks a marked word to select it', async () => {
    const page = await session.open('/static.html', { scan: true });
    await page.bringToFront();
    const { x, y } = await pointOfText(page, '#p3', 'Afghanistan');
    await page.mouse.dblclick(x, y);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('Afghanistan');
    expect(await cardShown(page)).toBe(false);
    await page.close();
  });
});

describe('the top layer: a modal <dialog> and a popover', () => {
  /*
   * Failed before. Expected: a front page whose stories open in a reading overlay (a modal <dialog>
   * holding the whole story, the URL pushed and the title set to the story's, as portals' "quick read"
   * views do) has the story marked and its topics listed, and a click on a mark opens its card on top,
   * clickable. Was: nothing marked (every `dialog` counted as furniture, furniture-markup.ts); and with
   * the story marked, the card opened under the dialog, or above it but inert (a modal dialog makes
   * the rest of the page inert, the top layer included). Now an open dialog holding an `article` is a
   * reading overlay, and the card's host goes inside the modal dialog that holds the mention.
   */
  it('marks a story shown in a modal <dialog> reading overlay, lists its topics, and opens a usable card', async () => {
    const page = await session.open('/overlay.html', { scan: true });
    await page.bringToFront();
    await page.locator('#open').click();
    const url = `${session.origin}/overlay.html?story=aid-rules`;
    await waitForScan(session.worker, url);
    await expect.poll(() => marked(page), { timeout: 3000 }).toEqual(TALIBAN_MARKS);
    await expect.poll(() => tabTopicIds(session.worker, url), { timeout: 4000 }).toEqual(['afghanistan', 'taliban']);
    await clickText(page, '#p1', 'Taliban');
    await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(true);
    const card = (await (await briefCard(page)).boundingBox())!;
    const centre = { x: card.x + card.width / 2, y: card.y + Math.min(card.height / 2, 40) };
    expect(await page.evaluate(({ x, y, host }) => document.elementFromPoint(x, y)!.matches(host), { ...centre, host: CARD_HOST })).toBe(
      true,
    );
    // The reader's Escape closes the card, not the dialog under it.
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(false);
    expect(await page.evaluate(() => (document.getElementById('reader') as HTMLDialogElement).open)).toBe(true);
    await page.close();
  });

  /*
   * Failed before the card's host entered the top layer. Expected: a click on a mark inside an
   * explainer popover (the Popover API, as a glossary term or footnote opens one) shows the card on
   * top, readable and clickable. Was: where the card overlapped the popover it was drawn under it
   * (the host was appended to <html> with the highest z-index, which cannot rise above the top
   * layer). Now the host is a manual popover shown on each opening. A page that hides it (it can
   * find the host) leaves the card shown as an ordinary layer.
   */
  it('draws the card above the popover that holds its mention', async () => {
    const page = await session.open('/popover.html', { scan: true });
    await page.bringToFront();
    await page.locator('#term').click();
    await expect.poll(() => marked(page), { timeout: 4000 }).toEqual(['Haqqani', 'Kabul', 'Taliban']);
    await clickText(page, '#who-text', 'Haqqani');
    await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.getElementById('who')!.matches(':popover-open'))).toBe(true);
    const card = (await (await briefCard(page)).boundingBox())!;
    const popover = (await page.locator('#who').boundingBox())!;
    const overlap = {
      left: Math.max(card.x, popover.x),
      right: Math.min(card.x + card.width, popover.x + popover.width),
      top: Math.max(card.y, popover.y),
      bottom: Math.min(card.y + card.height, popover.y + popover.height),
    };
    const onTop = await page.evaluate(
      ({ o, host }) =>
        o.left >= o.right || o.top >= o.bottom
          ? true
          : document.elementFromPoint((o.left + o.right) / 2, (o.top + o.bottom) / 2)!.matches(host),
      { o: overlap, host: CARD_HOST },
    );
    expect(onTop).toBe(true);
    await page.evaluate((host) => document.querySelector<HTMLElement>(host)!.hidePopover(), CARD_HOST);
    expect(await cardShown(page)).toBe(true);
    expect(await (await briefCard(page)).isVisible()).toBe(true);
    await page.close();
  });
});

describe('forced colours and print', () => {
  /*
   * FAILS. Expected: with forced colours on (Windows High Contrast, which keyboard readers use), the
   * keyboard cursor's mark stands out from the other marks, as it does otherwise (contrast 5:1 here;
   * WCAG asks 3:1 of a focus indicator against what is beside it). Actual: the browser paints every
   * mark in its system Highlight colour, like a text selection, and the cursor only slightly darker
   * where it stacks on its topic's mark (measured: about rgb(15,10,80) against rgb(55,51,109), 1.6:1).
   * Cause: entrypoints/content/highlights.css has no `@media (forced-colors: active)` rules, so the
   * browser forces the palette and the cursor's own colours alike. Fix: in forced colours, draw the
   * topic marks as underlines without background and the cursor with system colours (Highlight /
   * HighlightText, or Mark / MarkText), so it is the only filled mark.
   * Not fixed by CSS: under forced colours Chromium paints every ::highlight in the system's
   * colours whatever its author's rules (tried: topic marks with a transparent background and the
   * cursor in Highlight/HighlightText; painted exactly as before).
   */
  it.fails('keeps the keyboard cursor distinct from the other marks in forced colours', async () => {
    const page = await session.open('/static.html', { scan: true });
    await page.bringToFront();
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await currentMention(page)).toBe('Kabul in #headline');
    const ratios: Record<string, number> = {};
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      await page.waitForTimeout(200);
      const cursor = await dominantColor(page, await boxOfText(page, '#headline', 'Kabul'));
      const mark = await dominantColor(page, await boxOfText(page, '#headline', 'Taliban'));
      ratios[forcedColors] = Math.round(contrast(cursor, mark) * 10) / 10;
    }
    expect(ratios.none).toBeGreaterThanOrEqual(3);
    expect(ratios.active).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  /*
   * Failed before highlights.css applied on screen only. What a reader expects, decided here: printing a story (or saving it as PDF to keep or send)
   * gives the story as published, without the extension's marks, as a text selection is never
   * printed: the marks are for opening briefs, which paper cannot do. Actual: every mark prints with
   * its coloured background and underline even with the print dialog's "Background graphics" off (the
   * default, which drops the page's own backgrounds), and the keyboard cursor's mark prints as a solid
   * blue block with white text. Measured in Chromium's PDF (page.pdf, backgrounds off): six fill colours
   * that the same page without the extension does not have, the two topics' backgrounds and underlines
   * (rgb(255,193,7), rgb(191,140,0), rgb(76,175,80), rgb(46,125,50)) and the cursor's rgb(11,87,208) and white.
   * Cause: entrypoints/content/highlights.css applies to every medium. Fix: wrap its rules in
   * `@media screen` (or drop the registry's entries on `beforeprint` and restore them on `afterprint`).
   */
  it('prints the story without the marks or the keyboard cursor', async () => {
    const page = await session.open('/static.html', { scan: true });
    const control = await session.context.newPage();
    await control.goto(`${session.controlOrigin}/static.html`);
    const published = pdfFills(await control.pdf());
    await page.bringToFront();
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await currentMention(page)).toBe('Taliban in #headline');
    const printed = pdfFills(await page.pdf());
    expect([...printed].filter((fill) => !published.has(fill))).toEqual([]);
    await control.close();
    await page.close();
  });
});

describe('other scripts and layouts', () => {
  it('marks a Japanese headline split into animated per-character spans, full-width letters and a name broken by <wbr>, and opens the headline’s card', async () => {
    const page = await session.open('/japanese.html', { scan: true });
    await page.bringToFront();
    expect(await marked(page)).toEqual(['アフガニスタン', 'タリバン', 'Ｔａｌｉｂａｎ']);
    await page.waitForTimeout(800);
    const { x, y } = await pointOfText(page, '#jh .char:nth-child(2)', 'リ');
    await page.mouse.click(x, y);
    await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it('follows a line whose text node a framework rewrites in place: marks come and go with its words', async () => {
    const page = await session.open('/recycled.html', { scan: true });
    expect(await marked(page)).toEqual([]);
    const setLatest = (text: string) => page.evaluate((t) => (window as unknown as { setLatest(t: string): void }).setLatest(t), text);
    await setLatest('Taliban officials in Kabul confirmed the order on Wednesday.');
    await expect.poll(() => marked(page), { timeout: 3000 }).toEqual(['Kabul', 'Taliban']);
    await setLatest('Roads into the highlands are now closed.');
    await expect.poll(() => marked(page), { timeout: 3000 }).toEqual([]);
    await page.close();
  });

  it('marks an English name in an Arabic (right-to-left) story and opens its card inside the window', async () => {
    const page = await session.open('/arabic.html', { scan: true });
    await page.bringToFront();
    expect(await marked(page)).toEqual(['Taliban']);
    await clickText(page, '#r1', 'Taliban');
    await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(true);
    const card = (await (await briefCard(page)).boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(await page.evaluate(() => innerWidth));
    await page.close();
  });

  it('brings each mention Alt+Shift+J moves to into view on a page that scrolls smoothly', async () => {
    const page = await session.open('/smooth.html', { scan: true });
    await page.bringToFront();
    await page.locator('body').focus();
    const seen = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await page.waitForTimeout(i < 2 ? 300 : 1200);
      const place = await cursorPlace(page);
      seen.push(place && { text: place.text, inView: place.top >= 0 && place.bottom <= place.height });
    }
    expect(seen).toEqual([
      { text: 'Taliban', inView: true },
      { text: 'Kabul', inView: true },
      { text: 'Afghanistan', inView: true },
    ]);
    await page.close();
  });
});
