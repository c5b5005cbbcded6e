/**
 * Stock words of a site's line inside a story's sentence: "affiliate links" and "ohne Gewähr" count only near the line's
 * start, where a site's disclosure puts them. The probes (a story's sentences) fail on b7533e9; the site's lines, from
 * the corpus's tuning half and earlier fixtures, are left out before and after.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutLines } from './site-lines';
import { load, prose } from './story-page';

const story = (after: string) =>
  load(
    `<body><main><article><h1>Fake review sites earned millions</h1><div class="article-body">${prose('the ceasefire', 6)}${after}</div></article></main></body>`,
  );

describe('a disclosure or disclaimer, and a story speaking of one', () => {
  itLeavesOutLines(story, [
    'Anzeige, enthält Affiliate Links',
    'Affiliatelink',
    'Alle Angaben ohne Gewähr',
    '(Alle Angaben ohne Gewähr, Stand: 5. Dezember 2026)',
  ]);

  it.each([
    'Investigators said the network earned millions through affiliate links placed on fake review sites.',
    'Die Behörde teilte mit, alle Angaben zu den Opferzahlen erfolgten bislang ohne Gewähr.',
  ])('reads the story\'s sentence "%s"', (sentence) => {
    expect(articleText(story(`<p>${sentence}</p>`))).toContain(sentence);
  });
});
