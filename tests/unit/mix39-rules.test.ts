/**
 * The finder's rules from blind set mix39 (South Asian and Afghan English media), each on a small
 * page: a headline whose text is a link to the story's own page, a note that the report was
 * translated, an "inputs from" line. Each probe failed before its rule (af85562); the
 * guards passed before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../utils/dom/article';
import { parsePage } from '../../scripts/page-html';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const story = (after: string) =>
  load(
    `<body><main><article><h1>Taliban and Islamabad agree to reopen Torkham crossing</h1><div class="story__content">${prose('the Taliban', 6)}${after}</div></article></main></body>`,
  );

describe('a headline linked to its own page', () => {
  it('finds the headline of the Dawn-like page (the set’s page 01)', () => {
    const html = readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix39/01-dawn-torkham.html'), 'utf8');
    expect(findArticle(parsePage(html)).headline?.textContent?.trim()).toBe(
      'Islamabad, Taliban agree to phased reopening of Torkham after three-week closure',
    );
  });

  it('GUARD: takes no heading that links to another story for the headline', () => {
    const doc = load(
      `<head><title>Torkham reopens after three-week closure - Daily Ledger</title><link rel="canonical" href="https://www.ledger.example/news/1/torkham-reopens"></head><body><main><div class="rail"><h2><a href="https://www.ledger.example/news/2/torkham-reopens-after-three-week-closure-analysis">Torkham reopens after three-week closure</a></h2></div><div class="story__content">${prose('the Taliban', 6)}</div></main></body>`,
    );
    expect(findArticle(doc).headline?.textContent?.trim()).not.toBe('Torkham reopens after three-week closure');
  });
});

describe('notes after a story', () => {
  itLeavesOutLines(story, [
    'This report was translated from Amu’s Dari service and updated with additional reporting by Amu’s English desk.',
    'With additional input from our correspondent in Peshawar',
    'With inputs from PTI',
  ]);

  itReadsSentences(story, [
    'With input from farmers, the ministry drafted a plan for the border markets.',
    'This report was welcomed by traders in Peshawar, who had lost weeks of business.',
  ]);
});
