/**
 * Second reader 62: probes of 8fabbec (after the reader's click, Enter or Space, parts shown before
 * count again and marks now hidden cause a rescan) against the shipped Chromium build. Each page is
 * written as real sites write them; the comments say what a reader would notice.
 * The gallery and drawer probes failed on 8fabbec (and passed before it): they pass since the
 * reader's act is judged by what changed after it (a snapshot taken as it happens), a cover over the
 * whole article (a modal's aria-hidden on the app root) is not a fold, Space and Enter count only on
 * a control, and the keyboard cursor stays on the mark at the same place across a rescan. The GUARD
 * probes pass on 8fabbec (the <details> and shadow-root fold ones failed before it). The
 * display: contents probe failed on both; it passes since `isRendered` judges such an element by its parent.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badgeText, currentMention, marksBesideCursor as marked, pointOfText } from './harness';
import { P1, P2, P3, storyHead } from './regional-desk';
import { fixtureSession } from './session';

/** A story with a photo gallery that turns by itself every 700 ms (slides not shown are display: none; ?manual: when the test says); a comment box below. */
const CAROUSEL = `${storyHead('Taliban tighten rules on aid groups in Kabul', { style: '.slide{display:none;margin:0}.slide.on{display:block}.slide .img{height:120px;background:#ccd}' })}
<header><a href="/">The Regional Desk</a></header>
<article>
<h1 id="headline">Taliban tighten rules on aid groups in Kabul</h1>
<p id="p1">${P1}</p>
<p id="p2">${P2}</p>
<div class="gallery" aria-roledescription="carousel">
<figure class="slide on"><div class="img"></div><figcaption>Aid workers queue at a checkpoint in Kabul on Monday.</figcaption></figure>
<figure class="slide"><div class="img"></div><figcaption>A Taliban official speaks to reporters in the capital.</figcaption></figure>
<figure class="slide"><div class="img"></div><figcaption>Xi Jinping's envoy arrives at the airport last month.</figcaption></figure>
</div>
<p id="p3">${P3}</p>
</article>
<form id="comments"><label>Your comment<br><textarea id="comment" rows="3" cols="60"></textarea></label></form>
<footer><p>© 2026 The Regional Desk</p></footer>
<script>
  var slides = document.querySelectorAll('.slide'), at = 0;
  window.turn = function () { slides[at].classList.remove('on'); at = (at + 1) % slides.length; slides[at].classList.add('on'); };
  // ?manual: the test turns the gallery itself (window.turn()), between the reader's clicks.
  if (!/manual/.test(location.search)) setInterval(window.turn, 700);
</script>
</body>
</html>`;

/**
 * A React app's story with an MUI-style drawer menu: opening it appends the drawer to <body> and sets
 * aria-hidden="true" on the app's root (#__next) beside it, as MUI's Modal, Radix's Dialog
 * (aria-hidden's hideOthers) and react-modal do. The drawer covers the left 260 px; the story stays in view.
 */
const DRAWER = `${storyHead('Taliban tighten rules on aid groups in Kabul')}
<div id="__next">
<header><button type="button" id="menu">Menu</button> <a href="/">The Regional Desk</a></header>
<main><article>
<h1>Taliban tighten rules on aid groups in Kabul</h1>
<p id="p1">${P1}</p>
<p id="p2">${P2}</p>
<p id="p3">${P3}</p>
</article></main>
<footer><p>© 2026 The Regional Desk</p></footer>
</div>
<script>
  var root = document.getElementById('__next');
  function closeDrawer() {
    var d = document.getElementById('drawer');
    if (d) d.remove();
    root.removeAttribute('aria-hidden');
  }
  document.getElementById('menu').addEventListener('click', function () {
    var d = document.createElement('div');
    d.id = 'drawer';
    d.setAttribute('role', 'presentation');
    d.innerHTML = '<div id="backdrop" style="position:fixed;top:0;bottom:0;left:0;width:260px;background:rgba(0,0,0,.2)"></div>' +
      '<nav style="position:fixed;left:0;top:0;bottom:0;width:240px;background:#fff;padding:1rem"><a href="/asia">Asia</a><br><a href="/world">World</a><br><button type="button" id="close">Close</button></nav>';
    document.body.appendChild(d);
    root.setAttribute('aria-hidden', 'true');
    document.getElementById('close').addEventListener('click', closeDrawer);
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') closeDrawer(); });
</script>
</body>
</html>`;

/** A long explainer whose sections use content-visibility: auto (sections far below the fold are not rendered until scrolled to). */
const CV_TOPICS = [
  'Taliban',
  'Kabul',
  'Afghanistan',
  'Xi Jinping',
  'Pyongyang',
  'Taliban',
  'Kabul',
  'Afghanistan',
  'Xi Jinping',
  'Pyongyang',
];
const CV_AUTO = `${storyHead('Explainer: ten years of talks', { style: 'section{content-visibility:auto;contain-intrinsic-size:auto 900px} section p{margin-bottom:700px}' })}
<header><a href="/">The Regional Desk</a></header>
<article>
<h1>Explainer: ten years of talks</h1>
${CV_TOPICS.map((t, i) => `<section id="s${i}"><h2>Part ${i + 1}</h2><p>In part ${i + 1} of the talks, officials said ${t} was discussed at length, according to two diplomats who attended the meetings and spoke on condition of anonymity.</p></section>`).join('\n')}
</article>
<footer><p>© 2026 The Regional Desk</p></footer>
</body>
</html>`;

/** A story whose background is folded in a native <details>. */
const DETAILS = `${storyHead('Taliban tighten rules on aid groups in Kabul')}
<header><a href="/">The Regional Desk</a></header>
<article>
<h1>Taliban tighten rules on aid groups in Kabul</h1>
<p id="p1">${P1}</p>
<p id="p2">${P2}</p>
<details id="bg"><summary>Background</summary><p>Beijing has kept its embassy open throughout, and state media reported this month that Xi Jinping had received a written message from the acting prime minister about mining contracts.</p></details>
<p id="p3">${P3}</p>
</article>
<footer><p>© 2026 The Regional Desk</p></footer>
</body>
</html>`;

/** A story rendered by a web component into an open (declarative) shadow root, with a fold its button toggles. */
const SHADOW_FOLD = `${storyHead('Taliban tighten rules on aid groups in Kabul')}
<header><a href="/">The Regional Desk</a></header>
<main>
<news-story>
<template shadowrootmode="open">
<article>
<h1>Taliban tighten rules on aid groups in Kabul</h1>
<p id="p1">${P1}</p>
<p id="p2">${P2}</p>
<div id="rest" hidden><p>Beijing has kept its embassy open throughout, and state media reported this month that Xi Jinping had received a written message from the acting prime minister about mining contracts.</p></div>
<button type="button" id="more">Read more</button>
<p id="p3">${P3}</p>
</article>
</template>
</news-story>
</main>
<footer><p>© 2026 The Regional Desk</p></footer>
<script>
  var sr = document.querySelector('news-story').shadowRoot;
  sr.getElementById('more').addEventListener('click', function () {
    var rest = sr.getElementById('rest');
    rest.hidden = !rest.hidden;
    this.textContent = rest.hidden ? 'Read more' : 'Show less';
  });
</script>
</body>
</html>`;

/** The marks of a story of P1-P3 under its headline. */
const STORY_MARKS = ['Afghanistan', 'Kabul', 'Kabul', 'Taliban', 'Taliban'].sort();

/** A plain static story: nothing hidden, nothing moving. */
const STATIC = `${storyHead('Taliban tighten rules on aid groups in Kabul')}
<header><a href="/">The Regional Desk</a></header>
<article>
<h1>Taliban tighten rules on aid groups in Kabul</h1>
<p id="p1">${P1}</p>
<p id="p2">${P2}</p>
<p id="p3">${P3}</p>
</article>
<footer><p>© 2026 The Regional Desk</p></footer>
</body>
</html>`;

/** A story that names a place in an element laid out with display: contents (Astro's <astro-island>, a component's wrapper). */
const DISPLAY_CONTENTS = `${storyHead('Taliban tighten rules on aid groups', { style: 'astro-island{display:contents}' })}
<header><a href="/">The Regional Desk</a></header>
<article>
<h1>Taliban tighten rules on aid groups</h1>
<p id="p1">${P1.replace('in Kabul', 'in <astro-island>Kabul</astro-island>')}</p>
<p id="p2">${P2}</p>
<p id="p3">${P3}</p>
</article>
</body>
</html>`;

const session = fixtureSession({
  pages: () => ({
    'carousel.html': CAROUSEL,
    'drawer.html': DRAWER,
    'cv-auto.html': CV_AUTO,
    'details.html': DETAILS,
    'shadow-fold.html': SHADOW_FOLD,
    'static.html': STATIC,
    'display-contents.html': DISPLAY_CONTENTS,
  }),
});

/** Starts counting the extension's redraws of its marks (each publish sets new Highlight objects); returns a reader of the count. */
async function countRedraws(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __redraws: number };
    w.__redraws = 0;
    const read = () => {
      const now = new Map<string, Highlight>();
      for (const [name, h] of CSS.highlights) if (name.startsWith('jfir-briefs-') && name !== 'jfir-briefs-current') now.set(name, h);
      return now;
    };
    let last = read();
    setInterval(() => {
      const now = read();
      const changed = now.size !== last.size || [...now].some(([name, h]) => last.get(name) !== h);
      if (changed) w.__redraws += 1;
      last = now;
    }, 20);
  });
  return () => page.evaluate(() => (window as unknown as { __redraws: number }).__redraws);
}

/** Opens the gallery story turned by the test (?manual), after each slide has been shown once (the old guard's one rescan per slide). */
async function openManualCarousel(): Promise<{ page: Page; turn: () => Promise<void> }> {
  const page = await session.open('/carousel.html?manual', { scan: true });
  await page.bringToFront();
  const turn = () => page.evaluate(() => (window as unknown as { turn(): void }).turn());
  for (let i = 0; i < 3; i += 1) {
    await turn();
    await page.waitForTimeout(1200);
  }
  return { page, turn };
}

/** Clicks the reader's way on a word of plain text (no mark: no card opens). */
async function clickText(page: Page, selector: string, text: string) {
  const { x, y } = await pointOfText(page, selector, text);
  await page.mouse.click(x, y);
}

/** Steps the keyboard cursor (Alt+Shift+J) from the page's start until it is on `mention` ("text in #id"), at most 8 steps. */
async function cursorTo(page: Page, mention: string): Promise<void> {
  await page.locator('body').focus();
  let at: string | undefined;
  for (let i = 0; i < 8 && at !== mention; i += 1) {
    await page.keyboard.press('Alt+Shift+KeyJ');
    at = await currentMention(page);
  }
  expect(at).toBe(mention);
}

describe('8fabbec: every click rescans a page whose story holds a gallery that turns by itself', () => {
  it('a few clicks on the story’s plain text cause no rescan (no redraw of the marks)', async () => {
    const { page, turn } = await openManualCarousel();
    const redraws = await countRedraws(page);
    // The gallery turns by itself between the reader's clicks on the story's text.
    for (let i = 0; i < 5; i += 1) {
      await turn();
      await page.waitForTimeout(500);
      await clickText(page, '#p1', 'administration');
      await page.waitForTimeout(1300);
    }
    expect(await redraws()).toBe(0);
    await page.close();
  });

  it('typing a comment (spaces) in the page’s comment box causes no rescan', async () => {
    const { page, turn } = await openManualCarousel();
    await page.locator('#comment').click();
    await page.waitForTimeout(1500);
    const redraws = await countRedraws(page);
    for (const word of ['the ', 'rules ', 'will ', 'slow ', 'aid ']) {
      await turn();
      await page.locator('#comment').pressSequentially(word, { delay: 60 });
      await page.waitForTimeout(1100);
    }
    expect(await redraws()).toBe(0);
    await page.close();
  });

  it('paging down with Space while reading causes no rescan', async () => {
    const { page, turn } = await openManualCarousel();
    await page.locator('body').focus();
    const redraws = await countRedraws(page);
    for (let i = 0; i < 4; i += 1) {
      await turn();
      await page.waitForTimeout(300);
      await page.keyboard.press('Space');
      await page.waitForTimeout(1300);
    }
    expect(await redraws()).toBe(0);
    await page.close();
  });

  it('keeps the keyboard cursor (Alt+Shift+J) across a click on the story’s text', async () => {
    const { page, turn } = await openManualCarousel();
    await cursorTo(page, 'Kabul in #p1');
    // The gallery turns by itself while the reader reads on.
    await turn();
    await page.waitForTimeout(500);
    await clickText(page, '#p2', 'highlands');
    await page.waitForTimeout(1500);
    expect(await currentMention(page)).toBe('Kabul in #p1');
    await page.close();
  });

  it('keeps the keyboard cursor when the reader opens a card with Enter and closes it with Escape', async () => {
    const { page, turn } = await openManualCarousel();
    await cursorTo(page, 'Kabul in #p1');
    await turn();
    await page.waitForTimeout(500);
    const redraws = await countRedraws(page);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    expect(await redraws()).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.keyboard.press('Alt+Shift+KeyJ');
    // The next mention after Kabul in #p1, not the headline's Taliban again.
    expect(await currentMention(page)).not.toMatch(/in #headline$/);
    await page.close();
  });
});

describe('8fabbec: a menu drawer or dialog that sets aria-hidden on the app root beside it', () => {
  it('keeps the story’s marks and the badge while the reader’s menu drawer is open', async () => {
    const page = await session.open('/drawer.html', { scan: true });
    await page.bringToFront();
    const before = await marked(page);
    expect(before).toEqual(STORY_MARKS);
    const badge = await badgeText(session.worker, page.url());
    await page.locator('#menu').click();
    await page.waitForTimeout(1500);
    expect.soft(await marked(page)).toEqual(before);
    expect.soft(await badgeText(session.worker, page.url())).toBe(badge);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1500);
    expect(await marked(page)).toEqual(before);
    await page.close();
  });

  it('has the story’s marks back once the drawer is closed with Escape, a minute after the page loaded', { timeout: 120_000 }, async () => {
    const page = await session.open('/drawer.html', { scan: true });
    await page.bringToFront();
    const before = await marked(page);
    // The reader has been reading for a minute (the watch of the page's own changes has ended).
    await page.waitForTimeout(61_000);
    await page.locator('#menu').click();
    await page.waitForTimeout(1500);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(2000);
    expect(await marked(page)).toEqual(before);
    // Alt+Shift+J finds a mention.
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await currentMention(page)).toBeDefined();
    await page.close();
  });
});

describe('8fabbec: things that hold', () => {
  it('GUARD: marks far down a long story in content-visibility: auto sections, and clicks do not drop or redraw them', async () => {
    const page = await session.open('/cv-auto.html', { scan: true });
    await page.bringToFront();
    await expect.poll(() => marked(page), { timeout: 5000 }).toEqual([...CV_TOPICS].sort());
    const redraws = await countRedraws(page);
    await clickText(page, '#s0 p', 'officials');
    await page.waitForTimeout(1300);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    await clickText(page, '#s9 p', 'officials');
    await page.waitForTimeout(1300);
    expect(await marked(page)).toEqual([...CV_TOPICS].sort());
    expect(await redraws()).toBe(0);
    await page.close();
  });

  it('GUARD: a native <details> fold is marked when opened, unmarked when closed, marked when reopened', async () => {
    const page = await session.open('/details.html', { scan: true });
    await page.bringToFront();
    const closed = STORY_MARKS;
    const open = [...closed, 'Xi Jinping'].sort();
    expect(await marked(page)).toEqual(closed);
    for (const marks of [open, closed, open, closed]) {
      await page.locator('#bg summary').click();
      await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(marks);
    }
    await page.close();
  });

  it('GUARD: a fold inside an open shadow root is marked when opened, unmarked when closed, marked when reopened; clicks elsewhere redraw nothing', async () => {
    const page = await session.open('/shadow-fold.html', { scan: true });
    await page.bringToFront();
    const closed = STORY_MARKS;
    const open = [...closed, 'Xi Jinping'].sort();
    await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(closed);
    for (const marks of [open, closed, open]) {
      await page.locator('news-story').locator('#more').click();
      await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(marks);
    }
    await page.waitForTimeout(1200);
    const redraws = await countRedraws(page);
    for (let i = 0; i < 3; i += 1) {
      await page.mouse.click(5, 5);
      await page.waitForTimeout(1200);
    }
    expect(await redraws()).toBe(0);
    await page.close();
  });

  it('GUARD: clicks and keys on a static story redraw nothing and keep the cursor; forged clicks and keys do nothing', async () => {
    const page = await session.open('/static.html', { scan: true });
    await page.bringToFront();
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Alt+Shift+KeyJ');
    const cursor = await currentMention(page);
    const redraws = await countRedraws(page);
    for (let i = 0; i < 3; i += 1) {
      await clickText(page, '#p2', 'highlands');
      await page.keyboard.press('Space');
      await page.waitForTimeout(1100);
    }
    expect(await redraws()).toBe(0);
    expect(await currentMention(page)).toBe(cursor);
    // The page hides its story's first paragraph and forges the reader's click and Enter: the marks stay.
    const before = await marked(page);
    await page.evaluate(() => {
      document.getElementById('p1')!.setAttribute('aria-hidden', 'true');
      document.body.click();
      document.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.waitForTimeout(1500);
    expect(await marked(page)).toEqual(before);
    await page.close();
  });
});

describe('older limits', () => {
  it('marks a place named in an element laid out with display: contents', async () => {
    const page = await session.open('/display-contents.html', { scan: true });
    await page.waitForTimeout(500);
    expect(await marked(page)).toContain('Kabul');
    await page.close();
  });
});
