/**
 * Second reader 74: the card's host in the top layer (a manual popover shown on each opening,
 * entrypoints/card/container.ts) in the Chromium build, on pages (second-reader-74-pages.ts) with an
 * overlay manager that closes every popover but its own, an explainer popover holding the mention, a
 * newsletter modal <dialog> over the card, a story in full screen, a style sheet for every popover
 * and backdrop; scrolling, and many openings in a row.
 *
 * Probes marked `it.fails` are product failures a reader would notice (each says what a reader
 * expects, what happens instead, and where the cause lies); the others pass on this build and
 * stand as regression tests.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { briefCard, CARD_HOST, cardTextFromOutside } from './card';
import { boxOfText, marksBesideCursor as marked, pointOfText } from './harness';
import { PAGES } from './second-reader-74-pages';
import { fixtureSession } from './session';

const session = fixtureSession({ pages: () => PAGES });

/** Whether a brief card is shown (read through the DevTools protocol: its root is closed). */
async function cardShown(page: Page): Promise<boolean> {
  return (await cardTextFromOutside(page)).includes('Read the full commentary');
}

/** Uncaught errors and console errors in every world of the page (the content script's too) and in the extension's worker. */
async function watchErrors(page: Page): Promise<{ errors: string[]; stop: () => Promise<void> }> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => errors.push(`page: ${d.exception?.description ?? d.text}`));
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'assert') errors.push(`console: ${args.map((a) => a.description ?? a.value).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  // Not the background's "No tab with id" as the test closes a reader tab it has just opened.
  const onWorker = (m: ConsoleMessage) => m.type() === 'error' && !/No tab with id/.test(m.text()) && errors.push(`worker: ${m.text()}`);
  session.worker.on('console', onWorker);
  return { errors, stop: () => (session.worker.off('console', onWorker), cdp.detach()) };
}

/** Opens `text`'s card in `selector` with the reader's click, and waits for its brief. */
async function openCard(page: Page, selector: string, text: string) {
  const { x, y } = await pointOfText(page, selector, text);
  await page.mouse.click(x, y);
  await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(true);
}

/** Whether the element at the card's heading (the middle of its top 40 px) is the card: what the reader sees there. */
async function cardOnTop(page: Page): Promise<boolean> {
  const card = (await (await briefCard(page)).boundingBox())!;
  const at = { x: card.x + card.width / 2, y: card.y + Math.min(card.height / 2, 40) };
  return page.evaluate(({ x, y, host }) => document.elementFromPoint(x, y)?.matches(host) ?? false, { ...at, host: CARD_HOST });
}

/** The reader's click on the card's "Read the full commentary" opens the reader page in a new tab. */
async function readerOpensFromCard(page: Page): Promise<void> {
  const read = (await briefCard(page)).getByRole('button', { name: 'Read the full commentary' }).first();
  const [reader] = await Promise.all([session.context.waitForEvent('page'), read.click()]);
  await reader.waitForLoadState();
  await reader.close();
  await page.bringToFront();
}

/** The card's offset from its mark (card top minus mark bottom, card left minus mark left) and its width, in CSS pixels. */
async function offsetFromMark(page: Page, selector: string, text: string) {
  const card = (await (await briefCard(page)).boundingBox())!;
  const mark = await boxOfText(page, selector, text);
  return { top: Math.round(card.y - mark.bottom), left: Math.round(card.x - mark.left), width: Math.round(card.width) };
}

const hostState = (page: Page) =>
  page.evaluate((host) => {
    const el = Document.prototype.querySelector.call(document, host) as HTMLElement | null;
    return { hosts: document.querySelectorAll(host).length, open: el?.matches(':popover-open') ?? false };
  }, CARD_HOST);

describe('a site whose overlay manager closes every popover but its own', () => {
  for (const on of ['toggle', 'strip', 'sweep']) {
    it(`shows a readable, clickable card that Escape closes (?on=${on}), and nothing throws`, async () => {
      const page = await session.open(`/guarded.html?on=${on}`, { scan: true });
      const { errors, stop } = await watchErrors(page);
      await page.bringToFront();
      for (let i = 0; i < 2; i += 1) {
        await openCard(page, '#p1', 'Taliban');
        // The manager acts on the host: cancelled, closed or made an ordinary element.
        await expect.poll(() => page.evaluate(() => (window as unknown as { swept: number }).swept), { timeout: 3000 }).toBeGreaterThan(0);
        await page.waitForTimeout(600);
        expect(await cardShown(page)).toBe(true);
        expect(await cardOnTop(page)).toBe(true);
        // Once: the background opens at most one reader tab a second per page (background.ts), and this loop can be quicker.
        if (i === 0) await readerOpensFromCard(page);
        await page.keyboard.press('Escape');
        await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(false);
      }
      expect((await hostState(page)).hosts).toBe(1);
      expect(errors).toEqual([]);
      await stop();
      await page.close();
    });
  }
});

describe('a card opened from a mark in the site’s own explainer popover', () => {
  const explainerOpen = (page: Page) => page.evaluate(() => document.getElementById('who')!.matches(':popover-open'));
  /** The reader opens the glossary term's explainer, then the card of its "Haqqani". */
  const cardOverExplainer = async () => {
    const page = await session.open('/guarded.html', { scan: true });
    await page.bringToFront();
    await page.locator('#term').click();
    await expect.poll(() => marked(page), { timeout: 4000 }).toContain('Haqqani');
    await openCard(page, '#who-text', 'Haqqani');
    expect(await cardOnTop(page)).toBe(true);
    expect(await explainerOpen(page)).toBe(true);
    return page;
  };

  it('closes the card alone on Escape: the explainer stays open', async () => {
    const page = await cardOverExplainer();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(false);
    expect(await explainerOpen(page)).toBe(true);
    await page.close();
  });

  /**
   * FAILS (before 56849d0 too). Expected: a reader who opened a card from a name in a glossary
   * explainer (a popover) and clicks in the card (its heading, an excerpt, "Copy citation") keeps
   * the explainer open: the mention is in it. Actual: the explainer closes at the first click in the
   * card, which stays beside a mention no longer shown. Cause: the browser closes an auto popover
   * on a click outside it (light dismiss), and container.ts appends the host to <html>. Inside the
   * popover holding the mention it would stay open, but a host the page hid from the top layer would
   * then be laid out and clipped in the popover's box (`position: fixed; overflow: auto`).
   */
  it.fails('keeps the explainer open while the reader clicks in the card', async () => {
    const page = await cardOverExplainer();
    await (await briefCard(page)).getByRole('heading').first().click();
    await page.waitForTimeout(300);
    expect(await cardShown(page)).toBe(true);
    expect(await explainerOpen(page)).toBe(true);
    await page.close();
  });
});

describe('a newsletter modal <dialog> that opens while the card is open', () => {
  const signupOpen = (page: Page) => page.evaluate(() => (document.getElementById('signup') as HTMLDialogElement).open);
  /** Opens the card of P1's Taliban; the reader's click starts the sign-up's timer, which opens it 2 s later over the card. */
  const cardUnderSignup = async () => {
    const page = await session.open('/newsletter.html', { scan: true });
    await page.bringToFront();
    await openCard(page, '#p1', 'Taliban');
    await expect.poll(() => signupOpen(page), { timeout: 4000 }).toBe(true);
    return page;
  };

  it('draws the sign-up above the card; signing up closes both, and the next card opens on top, usable', async () => {
    const page = await cardUnderSignup();
    expect(await cardShown(page)).toBe(true);
    // The page's newest top-layer element is on top: the reader sees the sign-up, the card under its backdrop.
    expect(await cardOnTop(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signup-mail');
    await page.keyboard.type('reader@example.com');
    // Enter submits the form with a click on its first button: a click outside the card, which closes it.
    await page.keyboard.press('Enter');
    await expect.poll(() => signupOpen(page)).toBe(false);
    await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(false);
    await openCard(page, '#p1', 'Kabul');
    expect(await cardOnTop(page)).toBe(true);
    await readerOpensFromCard(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(false);
    await page.close();
  });

  /**
   * Failed before the card yielded Esc to a dialog over it. Expected: Escape on a newsletter sign-up
   * (a modal <dialog>) that popped up over the card closes the sign-up, as without the extension.
   * Was: it stayed; only the card hidden under it went: mention-navigation.ts took every Escape while
   * a card was open and called preventDefault, which cancels the dialog's close request. Now Esc is
   * left to the page while a modal dialog that does not hold the card is open (`isCovered`).
   */
  it('closes the sign-up on the reader’s Escape', async () => {
    const page = await cardUnderSignup();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    expect(await signupOpen(page)).toBe(false);
    // The card the sign-up covered is the reader's again.
    expect(await cardShown(page)).toBe(true);
    expect(await cardOnTop(page)).toBe(true);
    await page.close();
  });
});

describe('a story in full screen', () => {
  /*
   * Failed before the host went inside the full-screen element holding the mention. Expected: a
   * reader who put a long read in full screen and clicks a mark in it gets a card beside the mark
   * that can be read and clicked. Was: the card was drawn on top, but the pointer went through it to
   * the story (Chromium makes all outside the full-screen element inert, the top layer included): a
   * click on "Read the full commentary" landed on the text under it, closing the card, no reader tab.
   */
  it('opens the card of a mark in the full-screen story above it, beside its mark, and moves it as the story scrolls', async () => {
    const page = await session.open('/immersive.html', { scan: true });
    await page.bringToFront();
    await page.locator('#full').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id), { timeout: 3000 }).toBe('story');
    // The reader scrolls the story (its own box in full screen) down to the third paragraph.
    await page.mouse.move(1050, 400);
    await page.mouse.wheel(0, 700);
    await expect.poll(() => page.evaluate(() => document.getElementById('story')!.scrollTop)).toBeGreaterThan(300);
    await page.waitForTimeout(300);
    await openCard(page, '#p3', 'Afghanistan');
    expect(await cardOnTop(page)).toBe(true);
    const offset = await offsetFromMark(page, '#p3', 'Afghanistan');
    expect(offset.top).toBeGreaterThanOrEqual(0);
    expect(offset.top).toBeLessThan(20);
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(400);
    expect(await offsetFromMark(page, '#p3', 'Afghanistan')).toEqual(offset);
    // The reader's click on the card's link opens the reader page: the card is not inert.
    await readerOpensFromCard(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(false);
    await page.close();
  });
});

describe('a site style sheet for every popover and backdrop', () => {
  for (const search of ['', '?reading']) {
    it(`keeps the card beside its mark, its own size, on top${search ? ', with open popovers hidden by !important' : ''}`, async () => {
      const page = await session.open(`/styled.html${search}`, { scan: true });
      await page.bringToFront();
      await openCard(page, '#p1', 'Taliban');
      const offset = await offsetFromMark(page, '#p1', 'Taliban');
      expect(offset.top).toBeGreaterThanOrEqual(0);
      expect(offset.top).toBeLessThan(20);
      expect(offset.width).toBeLessThan(600);
      expect(await cardOnTop(page)).toBe(true);
      // The reader scrolls on with the card open: it moves with its mark, as an element of the page does.
      await page.mouse.move(100, 700);
      await page.mouse.wheel(0, 200);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
      await page.waitForTimeout(300);
      expect(await offsetFromMark(page, '#p1', 'Taliban')).toEqual(offset);
      await page.keyboard.press('Escape');
      await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(false);
      // Scrolled far down before opening (as find-in-page leaves it), the card opens beside its mark too.
      await page.evaluate(() => document.getElementById('p3')!.scrollIntoView({ block: 'center' }));
      await openCard(page, '#p3', 'Afghanistan');
      const below = await offsetFromMark(page, '#p3', 'Afghanistan');
      expect(below.top).toBeGreaterThanOrEqual(0);
      expect(below.top).toBeLessThan(20);
      expect(await cardOnTop(page)).toBe(true);
      await page.close();
    });
  }

  /*
   * Failed before the shadow root's `:host::backdrop { display: none !important }`. Expected:
   * opening a card leaves the story around it as bright and sharp as before. Was: on a site whose
   * style sheet dims and blurs every backdrop (`::backdrop { … }`, for its own dialogs) the whole
   * page went dark and blurred while a card was open: the host, a popover, has a `::backdrop`.
   */
  it('leaves the page behind the card undimmed under a site rule for every ::backdrop', async () => {
    const page = await session.open('/styled.html', { scan: true });
    await page.bringToFront();
    const clip = { x: 20, y: 600, width: 40, height: 40 };
    const before = await page.screenshot({ clip });
    await openCard(page, '#p1', 'Taliban');
    // The page's margin beside the story, as the reader sees it.
    expect((await page.screenshot({ clip })).equals(before)).toBe(true);
    await page.close();
  });
});

describe('many openings in a row', () => {
  it('keeps one host, in the top layer, through openings, switches, Escape and clicks away, without an error', async () => {
    const page = await session.open('/guarded.html', { scan: true });
    const { errors, stop } = await watchErrors(page);
    await page.bringToFront();
    for (let round = 0; round < 3; round += 1) {
      for (const [i, mark] of ['#p1 Taliban', '#p1 Kabul', '#headline Taliban', '#headline Kabul'].entries()) {
        await openCard(page, ...(mark.split(' ') as [string, string]));
        expect(await hostState(page)).toEqual({ hosts: 1, open: true });
        expect(await cardOnTop(page)).toBe(true);
        // Closed by Escape, by a click in the page's margin, or not at all (the next mark's click switches).
        if (i === 1) await page.keyboard.press('Escape');
        if (i === 2) await page.mouse.click(40, 700);
        if (i === 1 || i === 2)
          await expect.poll(() => cardShown(page), { timeout: 3000, message: `round ${round}, mark ${i}` }).toBe(false);
      }
    }
    expect((await hostState(page)).hosts).toBe(1);
    expect(errors).toEqual([]);
    await stop();
    await page.close();
  });
});
