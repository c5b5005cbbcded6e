/**
 * The finder's rule from blind set mix20 (tests/fixtures/blind-pages/mix20), on a small page with
 * what it must read and what it must leave out: a part named only by its accessible name
 * (`aria-label="Comments"` among hashed classes). The probe failed before the rule (7090f3b).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose } from './story-page';

describe('parts named by their aria-label', () => {
  const page = (section: string) =>
    load(
      `<body><div id="__next"><main class="Layout_main__x7Kq2"><div class="Layout_columns__vB3s8">` +
        `<article class="Article_root__Zp4Qe">${section}<div class="Article_body__m2Hd8">${prose('the reshuffle', 6)}</div></article>` +
        `<section aria-label="Comments" class="Thread_root__Wq41z"><h2 class="Thread_heading__Ce7Ym">Conversation</h2>` +
        `<p class="Thread_guidelines__Mn2fB">Be respectful. Posts are reviewed under our community rules before they appear.</p>` +
        Array.from(
          { length: 4 },
          (_, i) =>
            `<div role="article" class="Thread_item__Q9z1k"><span class="Thread_user__hB9cT">reader_${i}</span>` +
            `<p class="Thread_text__lS6fJ">Comment ${i}: the police chiefs named this year, according to people I know in Kabul, were all from one faction, and that is the real story here.</p></div>`,
        ).join('') +
        `</section></div></main></div></body>`,
    );

  it('leaves out a comment section named only by aria-label, its guidelines line and its comments', () => {
    const text = articleText(page(`<h1 class="Article_title__p0Lk3">Haqqani network loyalists take over police posts</h1>`));
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Be respectful');
    expect(text).not.toContain('Comment 2');
  });

  it('GUARD: reads a story header named so by aria-label (a header word beside the story’s)', () => {
    const text = articleText(
      page(
        `<section aria-label="Story header" class="Article_head__Qe2"><h1>Haqqani network loyalists take over police posts</h1>` +
          `<p class="Article_dek__Lm9">A quiet reshuffle has placed the faction's men in charge of police units in eleven provinces.</p></section>`,
      ),
    );
    expect(text).toContain('A quiet reshuffle has placed');
  });
});
