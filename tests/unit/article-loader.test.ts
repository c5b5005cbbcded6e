/**
 * The content script's article loader (`entrypoints/content/article-loader.ts`) in place of
 * `utils/dom/article-finding.ts`, as wxt.config.ts puts it in the content script's build, with the
 * background's injection of finder.js played by a stand-in `sendMessage`.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const background = vi.hoisted(() => ({ loads: 0, refuse: 0, japanese: 0 }));

vi.mock('../../utils/dom/article-finding', () => import('../../entrypoints/content/article-loader'));
vi.mock('../../utils/browser/messages', async () => {
  const { findArticleSteps } = await import('../../utils/dom/article');
  const { useJapaneseSiteLines } = await import('../../utils/dom/article-notices');
  const { isJapaneseSiteLine } = await import('../../utils/dom/japanese-notices');
  const { ARTICLE_FINDER_KEY, JAPANESE_LINES_KEY } = await import('../../utils/dom/article-region');
  return {
    sendMessage: async (type: string, payload: { part?: string }) => {
      // What japanese-lines.js does once injected.
      if (type === 'loadPart' && payload.part === 'japanese') {
        background.japanese += 1;
        Object.defineProperty(globalThis, JAPANESE_LINES_KEY, { value: isJapaneseSiteLine, configurable: true });
        return;
      }
      if (type !== 'loadPart' || payload.part !== 'finder') throw new Error(`unexpected ${type}`);
      background.loads += 1;
      if (background.refuse > 0) {
        background.refuse -= 1;
        throw new Error('Frame with ID 0 was removed.');
      }
      // What finder.js does once injected.
      Object.defineProperty(globalThis, ARTICLE_FINDER_KEY, {
        value: (doc: Document, _roots: unknown, lines?: (text: string) => boolean) => {
          useJapaneseSiteLines(lines);
          return findArticleSteps(doc);
        },
        configurable: true,
      });
    },
  };
});

import { analyzePageSteps } from '../../utils/dom/analyze-page';
import { ARTICLE_FINDER_KEY, JAPANESE_LINES_KEY } from '../../utils/dom/article-region';
import { runInSlices } from '../../utils/steps';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';

const matcher = compileMatcher(DEFAULT_TOPICS);
const filler = '<p>Background paragraph with enough words, commas, and length to be the article. </p>'.repeat(10);
const story = (mentions: string, rail = '<a href="/x">Putin</a>') =>
  `<article><h1>Story</h1>${filler}${mentions}</article><div class="rail">${rail}</div>`;
const pause = () => Promise.resolve();

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[ARTICLE_FINDER_KEY];
  delete (globalThis as Record<symbol, unknown>)[JAPANESE_LINES_KEY];
  Object.assign(background, { loads: 0, refuse: 0, japanese: 0 });
});

describe('the article loader', () => {
  it('loads the finder once a match is seen, and marks the article only', async () => {
    document.body.innerHTML = story('<p>The Taliban said so.</p>');
    const analysis = await runInSlices(analyzePageSteps(document, matcher), () => 0, pause);
    expect(analysis.mentions.map((m) => m.text)).toEqual(['Taliban']);
    expect(background.loads).toBe(1);
  });

  it('loads no Japanese site lines for a page without CJK text', async () => {
    document.body.innerHTML = story('<p>The Taliban said so.</p>');
    await runInSlices(analyzePageSteps(document, matcher), () => 0, pause);
    expect(background.japanese).toBe(0);
  });

  it("loads the Japanese site lines with the finder for a Japanese page, and marks none in a site's notice", async () => {
    const prose = '<p>関係者によりますと、北方領土をめぐる協議は来月にも開かれる見通しで、政府は情報収集を進めることにしています。</p>';
    document.body.innerHTML = `<article><h1>元島民の記憶</h1>${prose.repeat(6)}<p>この記事は北方領土問題に関心のある正会員の皆さまを対象とした情報です。</p></article>`;
    const analysis = await runInSlices(analyzePageSteps(document, matcher), () => 0, pause);
    expect(background.japanese).toBe(1);
    expect(analysis.mentions.length).toBe(6);
  });

  it('tries a refused load again, and fails the scan after three refusals', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = story('<p>The Taliban said so.</p>');
      background.refuse = 1;
      const once = runInSlices(analyzePageSteps(document, matcher), () => 0, pause);
      await vi.advanceTimersByTimeAsync(2000);
      expect((await once).mentions.map((m) => m.text)).toEqual(['Taliban']);
      expect(background.loads).toBe(2);

      delete (globalThis as Record<symbol, unknown>)[ARTICLE_FINDER_KEY];
      Object.assign(background, { loads: 0, refuse: 3 });
      const failing = runInSlices(analyzePageSteps(document, matcher), () => 0, pause);
      const outcome = expect(failing).rejects.toThrow('Frame with ID 0 was removed.');
      await vi.advanceTimersByTimeAsync(2000);
      await outcome;
      expect(background.loads).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  // helper-50's probe: `readableChecker` found the article with `runToEnd`, which cannot wait for the load.
  it('marks a match shown between two batches of matches before the finder was ever loaded', async () => {
    let clock = 0;
    const now = () => (clock += 25);
    /** 1,100 possible mentions, not rendered when the scan starts (a fold, a page still loading). */
    const page = () =>
      (document.body.innerHTML = story(
        `<div id="fold">${'<p class="m" style="display:none">The Taliban said so.</p>'.repeat(1100)}</div>`,
        '',
      ));
    page();
    let pauses = 0;
    await runInSlices(analyzePageSteps(document, matcher), now, async () => void (pauses += 1));
    expect(background.loads).toBe(0);
    // Same page; at the last pause (between the two batches of matches) the fold opens.
    page();
    let n = 0;
    const open = async () => {
      if (++n === pauses) for (const p of document.querySelectorAll('p.m')) p.removeAttribute('style');
    };
    const analysis = await runInSlices(analyzePageSteps(document, matcher), now, open);
    expect(analysis.mentions.length).toBeGreaterThan(0);
    expect(new Set(analysis.mentions.map((m) => m.text))).toEqual(new Set(['Taliban']));
    expect(background.loads).toBe(1);
  });
});
