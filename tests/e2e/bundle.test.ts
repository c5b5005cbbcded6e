/**
 * The content script runs on every news page: it must stay small and carry no commentary text.
 * The card's rendering is a script of its own (`card.js`), injected only when a card first opens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import index from '../../data/commentary.json';
import { CONTENT_SCRIPT_MATCHES } from '../../utils/sites';
import { EXTENSION_DIR, ROOT, requireBuiltExtensionAndChromium } from './harness';

describe('content script bundle', () => {
  requireBuiltExtensionAndChromium();
  const js = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');

  it('is at most 20 KB gzipped', () => {
    expect(gzipSync(js).length).toBeLessThanOrEqual(20 * 1024);
  });

  // The polyfill's own error message: present wherever webextension-polyfill is bundled.
  const POLYFILL_MARKER = 'This script should only be loaded in a browser extension';
  it('carries no webextension-polyfill, which the background still does (so the marker is the right one)', () => {
    // `includes` rather than `toContain`: a failure names the check instead of printing the bundle.
    expect(js.includes(POLYFILL_MARKER), 'the content script bundles webextension-polyfill').toBe(false);
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8').includes(POLYFILL_MARKER), 'the polyfill marker is out of date').toBe(
      true,
    );
  });

  // Strings only the card's rendering has: BriefCard's heading id, and a font of card.css.
  const CARD_MARKERS = ['jfir-card-heading', 'Hiragino Sans'];
  const card = readFileSync(join(EXTENSION_DIR, 'card.js'), 'utf8');

  it('leaves the card to card.js, itself at most 11 KB gzipped and without webextension-polyfill', () => {
    for (const marker of CARD_MARKERS) {
      expect(js.includes(marker), `the content script bundles the card (${marker})`).toBe(false);
      expect(card.includes(marker), `the card marker ${marker} is out of date`).toBe(true);
    }
    // Loaded with the first card only, but a cap still catches a dependency pulled in by mistake. The
    // page's date is read here (about 2.4 KB with the page layer it uses), not in the content script.
    expect(gzipSync(card).length).toBeLessThanOrEqual(11 * 1024);
    expect(card.includes(POLYFILL_MARKER), 'the card script bundles webextension-polyfill').toBe(false);
  });

  // Class words only the article finder looks for.
  const FINDER_MARKERS = ['disqus', 'moduletable'];
  const finder = readFileSync(join(EXTENSION_DIR, 'finder.js'), 'utf8');

  it('leaves the article finder to finder.js, itself at most 46 KB gzipped and without webextension-polyfill', () => {
    for (const marker of FINDER_MARKERS) {
      expect(js.includes(marker), `the content script bundles the finder (${marker})`).toBe(false);
      expect(finder.includes(marker), `the finder marker ${marker} is out of date`).toBe(true);
    }
    // Loaded with a page's first possible mention; the cap catches a dependency pulled in by mistake
    // (webextension-polyfill is 3 KB). The CHANGELOG records each raise with what the size costs a page once, cold, as
    // `npm run bench:parts` measures it beside the content script's.
    expect(gzipSync(finder).length).toBeLessThanOrEqual(46 * 1024);
    expect(finder.includes(POLYFILL_MARKER), 'the finder script bundles webextension-polyfill').toBe(false);
  });

  // One of the Japanese site lines, which only a page with CJK text loads, beside the finder.
  const JAPANESE_MARKER = '会員登録';
  const japanese = readFileSync(join(EXTENSION_DIR, 'japanese-lines.js'), 'utf8');

  // Loaded only beside the finder on a page with CJK text; the cap catches a dependency pulled in by mistake.
  it('leaves the Japanese site lines to japanese-lines.js, at most 7.5 KB gzipped and without webextension-polyfill', () => {
    expect(js.includes(JAPANESE_MARKER), 'the content script bundles the Japanese site lines').toBe(false);
    expect(finder.includes(JAPANESE_MARKER), 'the finder bundles the Japanese site lines').toBe(false);
    expect(japanese.includes(JAPANESE_MARKER), `the marker ${JAPANESE_MARKER} is out of date`).toBe(true);
    expect(gzipSync(japanese).length).toBeLessThanOrEqual(7.5 * 1024);
    expect(japanese.includes(POLYFILL_MARKER), 'japanese-lines.js bundles webextension-polyfill').toBe(false);
  });

  // A web-accessible card.js or finder.js could be loaded, or probed for, by any page.
  it('makes the card, finder and Japanese lines scripts web-accessible in neither build', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const manifest = readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8');
      expect(existsSync(join(ROOT, '.output', build, 'card.js')), build).toBe(true);
      expect(existsSync(join(ROOT, '.output', build, 'finder.js')), build).toBe(true);
      expect(existsSync(join(ROOT, '.output', build, 'japanese-lines.js')), build).toBe(true);
      expect(manifest.includes('web_accessible_resources'), `${build} lists web-accessible resources`).toBe(false);
    }
  });

  it('holds no commentary text', () => {
    for (const c of index.commentaries) {
      expect(js).not.toContain(c.passages[0]!.text.slice(0, 40));
      expect(js).not.toContain(c.author.name);
    }
  });

  // The list is filled in at build time (wxt.config.ts), not bundled: both builds must still carry it whole.
  it('runs on exactly the listed news sites in both builds, and the list is not bundled', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const manifest = JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as {
        content_scripts: Array<{ matches: string[] }>;
      };
      expect(
        manifest.content_scripts.map((c) => [...c.matches].sort()),
        build,
      ).toEqual([[...CONTENT_SCRIPT_MATCHES].sort()]);
    }
    expect(js.includes('thediplomat.com'), 'the news-site list is bundled in the content script').toBe(false);
  });
});
