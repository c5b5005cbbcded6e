/**
 * Detection in Chromium on the project's own fixture pages: false friends, possessives, ALL CAPS,
 * hyphen variants, Japanese, inputs and editors, live updates, SPA navigation, back/forward.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badgeText, domWithoutExtension, FIXTURES, highlightedTexts, pointOfText, serveStatic, waitForScan } from './harness';
import { briefCard } from './card';
import { fixtureSession } from './session';

const session = fixtureSession();
const errors: string[] = [];

const open = (path: string) => session.open(path, { scan: true, errors });

const marked = async (page: Page) =>
  Object.values(await highlightedTexts(page))
    .flat()
    .sort();

describe('detection on fixture pages', () => {
  it('marks ALL CAPS, possessives, hyphen variants and mentions across tags, and no false friend', async () => {
    const page = await open('/edge-cases.html');
    expect(await marked(page)).toEqual(
      [
        'TALIBAN',
        'KABUL',
        'Taliban',
        'Taliban',
        'Haqqanis',
        'Japan–U.S. alliance',
        'U.S.-Japan alliance',
        'Kuril islands',
        'Kuril Islands',
        'Haqqani network',
        'Pyongyang',
        'Vladimir Putin',
      ].sort(),
    );
    await page.close();
  });

  it('marks the article of a WebForms page in an hfeed wrapper (headline, standfirst, caption, subhead), not its teasers, comments or rails', async () => {
    const page = await open('/webforms-news.html');
    expect(await marked(page)).toEqual(['Taliban', 'Kabul', 'Haqqani network', 'Taliban', 'Kabul', 'Pyongyang', 'North Korea'].sort());
    expect(await badgeText(session.worker, `${session.origin}/webforms-news.html`)).toBe('4');
    await page.close();
  });

  it("marks the story on a theme page whose short intro box is named as the post's text, not its newsletter call, picture credit or footer", async () => {
    const page = await open('/theme-intro.html');
    expect(await marked(page)).toEqual(['Taliban', 'Kabul', 'Haqqani network'].sort());
    await page.close();
  });

  it('leaves typing in inputs and editors alone, and marks nothing typed there', async () => {
    const page = await open('/edge-cases.html');
    const before = await marked(page);
    await page.locator('#box').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' and Putin in North Korea');
    await page.locator('#editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' and Xi Jinping');
    await page.waitForTimeout(500); // longer than the mutation batch, so a rescan would have happened
    expect(await page.locator('#box').inputValue()).toBe('Taliban and Putin in North Korea');
    expect(await page.locator('#editor').textContent()).toBe('Draft: the Taliban and Putin and Xi Jinping');
    expect(await marked(page)).toEqual(before);
    await page.close();
  });

  it('marks Japanese and full/half-width text in the article, not in the rails', async () => {
    const page = await open('/japanese.html');
    expect(await marked(page)).toEqual(
      ['北方領土', '択捉', '国後', '北方四島', '択捉', '国後', '日露', 'プーチン', '日米同盟', 'ＤＰＲＫ', '北朝鮮', 'ﾀﾘﾊﾞﾝ'].sort(),
    );
    await page.close();
  });

  it('picks up text added after load within a second, and drops removed text', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      // Times the page's own change, to measure how soon the marks follow.
      new MutationObserver(() => ((window as unknown as { changedAt?: number }).changedAt ??= performance.now())).observe(document, {
        childList: true,
        subtree: true,
      });
    });
    await page.goto(`${session.origin}/dynamic.html`);
    await waitForScan(session.worker, `${session.origin}/dynamic.html`);
    const seenAt = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const tick = () => {
            const texts = [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.startContainer.textContent ?? ''));
            if (texts.some((t) => t.includes('Haqqani'))) done(performance.now());
            else requestAnimationFrame(tick);
          };
          tick();
        }),
    );
    const changedAt = await page.evaluate(() => (window as unknown as { changedAt: number }).changedAt);
    expect(seenAt - changedAt).toBeLessThan(1000);
    await expect.poll(() => marked(page)).toEqual(['Afghanistan', 'Haqqani network', 'Kabul', 'North Korea'].sort());
    await page.close();
  });

  it('marks a Japanese news page’s headline, body and caption, not its breadcrumb, related list, ranking or paywall box', async () => {
    const page = await open('/japanese-news.html');
    expect(await marked(page)).toEqual(
      ['タリバン', 'カブール', 'ハッカニ', 'アフガニスタン', 'タリバン', 'カブール', 'カブール', 'ハッカニ', 'ハッカニ'].sort(),
    );
    await page.close();
  });

  // The page shows itself the two ways anti-flicker scripts do: dropping a class, or the style element.
  for (const [how, reveal] of [
    ['its class is removed', () => document.documentElement.classList.remove('js-loading')],
    ['its style element is removed', () => document.getElementById('anti-flicker')?.remove()],
  ] as const)
    it(`marks a page hidden until its scripts run once it is shown (${how})`, async () => {
      const page = await open('/anti-flicker.html');
      // Hidden text is never marked.
      expect(await marked(page)).toEqual([]);
      await page.evaluate(reveal);
      await expect.poll(() => marked(page)).toEqual(['Haqqani network', 'Kabul', 'Taliban', 'Haqqani network', 'Kabul'].sort());
      await page.close();
    });

  it('marks a page whose main part is hidden while it loads once it is shown', async () => {
    const page = await session.context.newPage();
    // A loading screen: html is shown, but main stays hidden until the page's scripts are done.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.classList.remove('js-loading');
        document.querySelector('main')!.style.visibility = 'hidden';
      }),
    );
    await page.goto(`${session.origin}/anti-flicker.html`);
    await waitForScan(session.worker, `${session.origin}/anti-flicker.html`);
    expect(await marked(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('main')!.style.removeProperty('visibility'));
    await expect.poll(() => marked(page)).toEqual(['Haqqani network', 'Kabul', 'Taliban', 'Haqqani network', 'Kabul'].sort());
    await page.close();
  });

  it('marks an app whose root stays cloaked until its framework mounts, once it is shown', async () => {
    const page = await open('/app-cloak.html');
    expect(await marked(page)).toEqual([]);
    // The framework drops its cloak attribute: no html, body or main was ever hidden.
    await page.evaluate(() => document.getElementById('app')!.removeAttribute('v-cloak'));
    await expect.poll(() => marked(page)).toEqual(['Northern Territories', 'Northern Territories', 'Southern Kurils']);
    await page.close();
  });

  it('marks an AMP page whose body a style sheet animation shows when the AMP script never loads', async () => {
    const page = await open('/amp-boilerplate.html');
    // Read while the body was hidden (unless this machine took longer than the animation to scan,
    // when that first state is gone and only the end can be checked).
    if (await page.evaluate(() => getComputedStyle(document.body).visibility === 'hidden')) expect(await marked(page)).toEqual([]);
    // Shown later by the animation's end alone, with no change to the DOM.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).visibility), { timeout: 5000 }).toBe('visible');
    await expect.poll(() => marked(page)).toEqual(['Kabul', 'Taliban', 'Taliban']);
    await page.close();
  });

  it('marks the rest of a story the reader unfolds with "Continue reading"', async () => {
    const page = await open('/read-more.html');
    const folded = ['Haqqani network', 'Kabul', 'Kabul', 'Haqqani'].sort();
    expect(await marked(page)).toEqual(folded);
    // The page unfolds it through its style sheet alone: only the reader's click tells us to look.
    await page.getByRole('button', { name: 'Continue reading' }).click();
    await expect.poll(() => marked(page)).toEqual([...folded, 'Afghanistan', 'Taliban', 'Kabul'].sort());
    await page.close();
  });

  it('marks the rest of a Japanese story the reader opens with 続きを読む (a fold hidden from readers by aria-hidden, clipped to no height)', async () => {
    const page = await open('/ja-accordion.html');
    const shown = ['北方領土', '北方領土'];
    expect(await marked(page)).toEqual(shown);
    await page.getByRole('button', { name: '続きを読む' }).click();
    await expect.poll(() => marked(page)).toEqual([...shown, '日露', 'プーチン'].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drops the marks of a fold the reader closes again (Alt+Shift+J no longer stops there), and marks it again when reopened', async () => {
    const page = await open('/ja-accordion.html');
    const shown = ['北方領土', '北方領土'];
    const unfolded = [...shown, '日露', 'プーチン'].sort();
    for (const [button, marks] of [
      ['続きを読む', unfolded],
      ['閉じる', shown],
      ['続きを読む', unfolded],
      ['閉じる', shown],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => marked(page), { message: button }).toEqual(marks);
    }
    // The keyboard cursor goes round the two marks left: neither is in the closed fold.
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Alt+Shift+J');
      const inFold = await page.evaluate(() => {
        const current = CSS.highlights.get('jfir-briefs-current');
        const range = current && [...current][0];
        return range ? document.getElementById('rest')!.contains(range.startContainer) : undefined;
      });
      expect(inFold).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a tab panel hidden by its attribute once the reader opens its tab', async () => {
    const page = await open('/tabbed-explainer.html');
    const first = ['Afghanistan', 'Afghanistan', 'Kabul', 'Taliban'].sort();
    expect(await marked(page)).toEqual(first);
    await page.getByRole('tab', { name: 'China' }).click();
    // The page is read again once the panel shows: the second panel's mention comes, the first's (hidden now) goes.
    await expect.poll(() => marked(page)).toEqual(['Afghanistan', 'Afghanistan', 'Kabul', 'Xi Jinping'].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks each tab panel again whenever the reader goes back to its tab', async () => {
    const page = await open('/tabbed-explainer.html');
    const first = ['Afghanistan', 'Afghanistan', 'Kabul', 'Taliban'].sort();
    const china = ['Afghanistan', 'Afghanistan', 'Kabul', 'Xi Jinping'].sort();
    // Each panel is shown twice: the second time it is one shown (and read) before.
    for (const [tab, marks] of [
      ['China', china],
      ['The movement', first],
      ['China', china],
      ['The movement', first],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await expect.poll(() => marked(page), { message: tab }).toEqual(marks);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a hidden="until-found" part once it opens, and not before', async () => {
    const page = await open('/tabbed-explainer.html?open-found=2500');
    // Collapsed, the third panel renders as a box (its content skipped): it is not taken as shown.
    await page.waitForTimeout(1500);
    expect(await marked(page)).toEqual(['Afghanistan', 'Afghanistan', 'Kabul', 'Taliban'].sort());
    await expect
      .poll(() => marked(page), { timeout: 5000 })
      .toEqual(['Afghanistan', 'Afghanistan', 'Kabul', 'Kabul', 'Pyongyang', 'Taliban'].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the keyboard cursor while a ticker outside the article keeps turning hidden slides', async () => {
    const page = await open('/ticker.html');
    const current = () =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('jfir-briefs-current') ?? [])][0];
        return range ? `${range.startContainer.textContent?.slice(range.startOffset, range.endOffset)}` : undefined;
      });
    // Every slide has been shown at least once and read (at most one scan a second).
    await page.waitForTimeout(4000);
    await page.locator('body').focus();
    const seen: Array<string | undefined> = [];
    for (const key of ['Alt+Shift+KeyJ', 'ArrowDown', 'Alt+Shift+KeyJ', 'ArrowDown', 'Alt+Shift+KeyJ']) {
      await page.keyboard.press(key);
      if (key !== 'ArrowDown') seen.push(await current());
      // Longer than the ticker's turn and a rescan's throttle: a rescan would have reset the cursor.
      await page.waitForTimeout(1200);
    }
    expect(seen).toEqual(['Kabul', 'Taliban', 'Haqqani network']);
    await page.close();
  });

  it('marks the story below a live quotes board that rewrites its rows while the scan pauses', async () => {
    const page = await open('/markets-board.html');
    // Reading the board's 20,000 rows takes several slices, and the board replaces every row's text
    // between two: a walk standing on a replaced row must go on to the story below.
    await expect
      .poll(() => marked(page), { timeout: 10_000 })
      .toEqual(['Afghanistan', 'Taliban', 'Afghanistan', 'Taliban', 'Kabul', 'Haqqani network', 'Kabul'].sort());
    expect(await page.evaluate(() => (window as unknown as { boardTicks: number }).boardTicks)).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a topic written with furigana above it, as its base text reads', async () => {
    const page = await open('/furigana-news.html');
    // A mark covers the word and the reading above it, as the reader sees them.
    expect(await marked(page)).toEqual(['北方（ほっぽう）領土', '北方ほっぽう領土', 'プーチン'].sort());
    await page.close();
  });

  it('marks Japanese names on word edges, not in words that hold their characters (帰国後, イスラム国家)', async () => {
    const page = await open('/japanese-false-friends.html');
    // 国後 (Kunashiri) in the headline's 国後島, in 国後、択捉 and in 国後島 at the end; not in the headline's
    // and the story's 帰国後 ("after returning") or in 入国後; イスラム国 in 「イスラム国」, not in イスラム国家 ("an Islamic state").
    expect(await marked(page)).toEqual(['北方領土', '国後', '北方領土', '国後', '択捉', 'イスラム国', 'アフガニスタン', '国後'].sort());
    await page.close();
  });

  it('marks words a CMS hyphenated with soft hyphens, whole, and opens the brief from one', async () => {
    const page = await open('/soft-hyphens.html');
    // Written with "-" for U+00AD; the page's one real hyphen ("Haqqani-Netzwerk") ends the mark before it.
    const words = ['Af-gha-ni-stan', 'Ta-li-ban', 'Ka-bul', 'Ta-li-ban', 'Ta-li-ban', 'Ka-bul', 'Haq-qa-ni', 'Si-ra-jud-din Haq-qa-ni'];
    expect(await marked(page)).toEqual(words.map((w) => w.replaceAll('-', '\u00ad')).sort());
    // The reader clicks the body's "Taliban" on its last syllable, behind two soft hyphens.
    const at = await pointOfText(page, 'article p:nth-of-type(4)', 'ban');
    await page.mouse.click(at.x, at.y);
    await (await briefCard(page, 'Taliban')).getByRole('button', { name: 'Read the full commentary' }).first().waitFor();
    await page.close();
  });

  it('follows an SPA navigation to the new article', async () => {
    const page = await open('/spa.html');
    expect(await marked(page)).toEqual(['Xi Jinping', 'Xi Jinping']);
    await page.click('#go');
    const next = `${session.origin}/spa.html?story=2`;
    await expect.poll(async () => (await waitForScan(session.worker, next)).map((t) => t.topicId)).toEqual(['tokyo-olympics']);
    expect(await marked(page)).toEqual(['Tokyo Olympics', 'Tokyo Olympics']);
    await page.close();
  });

  it('works again after going back (back/forward cache or reload)', async () => {
    const page = await open('/japanese.html');
    const before = await marked(page);
    await page.goto(`${session.origin}/spa.html`);
    await waitForScan(session.worker, `${session.origin}/spa.html`);
    await page.goBack();
    await expect.poll(() => marked(page)).toEqual(before);
    const badge = () => badgeText(session.worker, `${session.origin}/japanese.html`);
    // The browser clears a tab's badge on navigation; the restored page reports its topics again.
    await expect.poll(badge).toBe('6');
    expect(await domWithoutExtension(page)).not.toContain('jfir');
    await page.close();
  });

  it('styles the card on a page whose Content-Security-Policy forbids inline styles', async () => {
    const strict = await serveStatic({ '/': FIXTURES }, '127.0.0.1', { 'content-security-policy': "default-src 'self'; style-src 'self'" });
    const page = await session.context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    try {
      // japanese.html has no inline style or script of its own, so any violation would be ours.
      await page.goto(`${strict.origin}/japanese.html`);
      await waitForScan(session.worker, `${strict.origin}/japanese.html`);
      const { x, y } = await pointOfText(page, 'h1', '北方領土');
      await page.mouse.click(x, y);
      const card = await briefCard(page, 'Northern Territories');
      await card.waitFor({ timeout: 10_000 });
      expect(await card.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('8px');
      expect(violations).toEqual([]);
    } finally {
      await page.close();
      await strict.close();
    }
  });

  it('caused no page error', () => {
    expect(errors).toEqual([]);
  });
});
