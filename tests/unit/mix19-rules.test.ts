/**
 * The finder's rules from blind set mix19 (tests/fixtures/blind-pages/mix19), each on a small page
 * with what it must read and what it must leave out: the story the title names when the title words
 * its headline a little otherwise (an infinite scroll's next story below it, loaded with the page),
 * and custom elements named as comments, sign-up boxes or consent banners. Each probe but the GUARDs
 * failed before its rule (c8ba31a).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { load, prose } from './story-page';

describe('the story the title names', () => {
  it('takes the h1 the title words a little otherwise as the titled story, not the next story loaded below it', () => {
    // The mix19 page itself: its wrapper of both stories scores best, and only the titled story stands alone.
    const doc = parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix19/en-infinite-scroll.html'), 'utf8'));
    const text = articleText(doc);
    expect(text).toContain('deepens as aquifers fall');
    expect(text).not.toContain('Benchmark prices rose for a sixth straight session');
  });

  it('GUARD: joins a sibling article without an h1 that carries on the story (its second part)', () => {
    const doc = load(
      `<head><title>Kabul's water shortage deepens - Northline News</title></head><body><div class="container">` +
        `<article class="story"><h1>Kabul's water shortage deepens</h1>${prose('the aquifer', 6)}</article>` +
        `<article class="story"><p>The second part of the report, which officials said covered the city's wells, was published in full.</p>` +
        `<p>Engineers said the wells in the western districts, dug in the 1990s, would run dry within three years.</p></article></div></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain('Engineers said the wells in the western districts');
  });

  it('GUARD: reads a story appended beside the story, as an infinite stream appends the next (marked once the reader reaches it)', () => {
    // The product's stream rule (tests/e2e/second-reader-69.test.ts): a story the site appends beside the one read is
    // marked too. A rule that left out every sibling article with its own h1 failed those browser tests, and was dropped.
    const doc = load(
      `<head><title>Kabul's water shortage deepens as aquifers fall, UN agencies warn - Northline News</title></head>` +
        `<body><div class="container"><article class="story"><h1>Kabul's water shortage deepens as aquifers fall, UN agencies warn</h1>` +
        `${prose('the aquifer', 6)}</article>` +
        `<article class="story"><h1>European gas prices climb as a cold snap drains storage early</h1>` +
        `<p>Benchmark prices rose for a sixth straight session on Tuesday, traders said, as storage sites emptied faster than in any winter since 2021.</p>` +
        `<p>Analysts said the cold, which is forecast to last into next week, had pushed demand for heating far above the seasonal average.</p>` +
        `<p>Governments have so far ruled out new price caps, saying last winter's measures had cost more than they saved, according to officials.</p>` +
        `</article></div></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain('Benchmark prices rose');
  });
});

describe('custom elements named as furniture', () => {
  const page = (extra: string) =>
    load(
      `<body><page-grid><news-article><article-header><h1>Haqqani network tightens hold on the interior ministry</h1>` +
        `<article-dek>A quiet reshuffle has placed loyalists in charge of police units in at least eleven provinces.</article-dek></article-header>` +
        `<article-body>${Array.from(
          { length: 6 },
          (_, i) =>
            `<story-paragraph>Paragraph ${i} of the story, in which officials said, according to two sources, that the reshuffle was discussed at length.</story-paragraph>`,
        ).join('')}</article-body>${extra}</news-article></page-grid></body>`,
    );

  it('leaves out comments, a sign-up box and a consent banner written as custom elements', () => {
    const doc = page(
      `<newsletter-signup><h3>The Frontier Brief</h3><p>Get our correspondents' weekly analysis of security and diplomacy.</p><input type="email"><button>Subscribe</button></newsletter-signup>` +
        `<comment-thread><comment-item><b>khost_reader</b><p>This matches what relatives in Khost have been telling me for months, and nobody listens.</p></comment-item>` +
        `<comment-item><b>mapfan</b><p>Would be helpful to see a map of the eleven provinces, since the story names only three of them.</p></comment-item></comment-thread>` +
        `<consent-banner><p>This site uses cookies to understand how our journalism is read and to show advertising.</p><button>Accept</button></consent-banner>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('relatives in Khost');
    expect(text).not.toContain('weekly analysis');
    expect(text).not.toContain('uses cookies');
  });

  it('GUARD: reads the standfirst inside a custom header named for the article, and the story’s own custom paragraphs', () => {
    const text = articleText(page(''));
    expect(text).toContain('A quiet reshuffle has placed loyalists');
    expect(text).toContain('Paragraph 0 of the story');
  });
});
