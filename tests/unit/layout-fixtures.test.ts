// @vitest-environment node
/**
 * Main-text detection on Japanese page layouts (tests/fixtures/japanese-layouts): a news portal
 * with a long comment section, a public broadcaster's sectioned story, a paywalled daily with
 * CSS-module class names, a blog whose text is lines between `<br>`s, a three-paragraph wire
 * story among long headline lists, a business daily with related links inside its body. The
 * corpus of real pages holds six CJK pages of 884, so these layouts are written for the tests:
 * each page lists what a reader would call its article and what not (`snippets.json`), judged by
 * reading the page. Read as the brief CLI reads pages: parse5's tree, linkedom's DOM.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, scorePage, summarize } from '../../scripts/bench/article-corpus';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';

const DIR = join(import.meta.dirname, '../fixtures/japanese-layouts');

interface LayoutPage {
  file: string;
  with: string[];
  without: string[];
}

const { pages } = JSON.parse(readFileSync(join(DIR, 'snippets.json'), 'utf8')) as { pages: LayoutPage[] };
const html = (page: LayoutPage) => readFileSync(join(DIR, page.file), 'utf8');
const read = (page: LayoutPage) => normalize(articleText(parsePage(html(page))));

describe('main-text detection on Japanese layouts', () => {
  it('lists only fragments each page holds', () => {
    for (const page of pages)
      for (const snippet of [...page.with, ...page.without])
        expect(normalize(html(page)), `${page.file}: ${snippet}`).toContain(normalize(snippet));
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: reads its headline, and no comment, ranking or rail', (_file, page) => {
    const text = read(page);
    // The first fragment listed is the page's headline (or its first words).
    expect(text).toContain(normalize(page.with[0]!));
    const score = scorePage(page, text);
    expect(score.truePositives).toBeGreaterThanOrEqual(page.with.length - 1);
    expect(score.falsePositives).toBeLessThanOrEqual(1);
  });

  it('reads nearly all of the article text and little else, over all pages', () => {
    const s = summarize(pages.map((page) => scorePage(page, read(page))));
    console.log(`japanese layouts: ${JSON.stringify(s)}`);
    expect(s.none).toBe(0);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
  });
});
