/**
 * The Japanese layouts of tests/fixtures/japanese-layouts read with the shipped build in
 * Chromium, as a reader with the default topics meets them: the topic the article names is
 * marked, and the topic named only in its comments, rankings or rails is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightedTexts, ROOT } from './harness';
import { fixtureSession } from './session';

const DIR = join(ROOT, 'tests/fixtures/japanese-layouts');
const { pages } = JSON.parse(readFileSync(join(DIR, 'snippets.json'), 'utf8')) as {
  pages: Array<{ file: string; articleAlias: string; outsideAlias: string }>;
};

const session = fixtureSession({ root: DIR });

describe('Japanese layouts in Chromium', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s: marks the article’s topic, not one named only around it', async (_file, layout) => {
    const errors: string[] = [];
    const page = await session.open(`/${layout.file}`, { scan: true, errors });
    const marked = Object.values(await highlightedTexts(page)).flat();
    expect(marked).toContain(layout.articleAlias);
    expect(marked.filter((text) => text.includes(layout.outsideAlias))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
