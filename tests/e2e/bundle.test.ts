/** The content script runs on every news page: it must stay small and carry no commentary text. */
import { readFileSync } from 'node:fs';
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
