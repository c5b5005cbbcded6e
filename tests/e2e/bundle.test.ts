/** The content script runs on every news page: it must stay small and carry no commentary text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import index from '../../data/commentary.json';
import { EXTENSION_DIR, requireBuiltExtensionAndChromium } from './harness';

describe('content script bundle', () => {
  requireBuiltExtensionAndChromium();
  const js = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');

  it('is at most 20 KB gzipped', () => {
    expect(gzipSync(js).length).toBeLessThanOrEqual(20 * 1024);
  });

  it('holds no commentary text', () => {
    for (const c of index.commentaries) {
      expect(js).not.toContain(c.passages[0]!.text.slice(0, 40));
      expect(js).not.toContain(c.author.name);
    }
  });
});
