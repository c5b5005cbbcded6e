/**
 * The finder's rules from blind set mix15 (tests/fixtures/blind-pages/mix15), each on a small page
 * with what it must read and what it must leave out: a story's own `article` is not widened to the
 * page for the responses and teaser cards after it, a signup box beside an e-mail field, a line on
 * where a syndicated story first ran, a page's notice that it holds advertising, a blog's name in
 * the theme's `h1`, and a scholarly page's back matter. Each probe but the GUARDs failed before its
 * rule (71eb347).
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { findArticle } from '../../utils/dom/article';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
/** The distinct texts marked, sorted. */
const marked = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))].sort();

/** A platform's response: a name, a date and a reader's paragraph, with a "Reply" button. */
const response = (who: string, text: string) =>
  `<div class="rg rh"><p><a href="/@${who}">${who}</a> <span>Mar 4, 2026</span></p><p>${text}</p><p><button>Reply</button></p></div>`;
/** A teaser card whose whole box is a link made of script (`role="link"`), no anchor. */
const card = (title: string, dek: string) =>
  `<div role="link" tabindex="0" data-href="/@author/${title.length}"><h3>${title}</h3><p>${dek}</p><p>Jan 18, 2026 · 9 min read</p></div>`;

describe('the story’s own article element', () => {
  it('is not widened to the page for the responses and script-link teaser cards after it', () => {
    const doc = load(
      `<body><div class="l c"><div class="top">Sign in</div><article><div class="ch bg"><h1>Notes from a camp</h1>${prose('aid', 6)}</div></article>` +
        `<div class="l ri"><div class="ch bg"><h2>Responses (3)</h2>` +
        response(
          'maeve',
          'Thank you for writing about the children without turning them into a symbol, it will stay with me for a long time.',
        ) +
        response('piotr', 'Worked in a reception centre for returnees for two years, and point four matches everything I saw there.') +
        response('sanaa', 'Would love a follow-up piece on the rehabilitation centres and who runs them, and who pays for them.') +
        `<h2>More from the author</h2>` +
        card(
          'The road back from Kabul is paved, and still almost empty',
          'Eleven years on, fewer than half of the families have returned, and I asked why.',
        ) +
        card(
          'Nobody credits the fixers who work for the stories',
          'Interpreters, drivers and negotiators carry most of the risk and get none of the bylines.',
        ) +
        `</div></div></div></body>`,
    );
    expect(findArticle(doc).roots.map((r) => r.tagName)).toEqual(['ARTICLE']);
    expect(marked(doc)).toEqual([]);
  });
});

describe('boxes and lines of the site', () => {
  it('leaves out a signup box: a line or two beside an e-mail field, with no class words', () => {
    const doc = load(
      `<body><div class="Q9dxrO"><h1 class="font_0">Garrisons and a frozen treaty</h1>${prose('Kunashir', 3)}` +
        `<div class="wixui-box"><div class="KcpHeO"><p>Enjoying this dispatch?</p><p>Get the Brief on the Taliban in your inbox every other Tuesday. Free.</p></div>` +
        `<form class="JVi7i2"><label>Email</label><input type="email" name="email"><button type="submit">Join</button></form></div>` +
        `${prose('Kunashir', 3)}</div></body>`,
    );
    expect(marked(doc)).toEqual(['Kunashir']);
  });

  it('GUARD: reads a story paragraph beside a search field', () => {
    const doc = load(
      `<body><article><h1>Aid convoys</h1>${prose('aid', 4)}<div class="box"><p>The Taliban said the convoys would resume next week.</p>` +
        `<input type="search" name="q"></div>${prose('aid', 2)}</article></body>`,
    );
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it('leaves out a line on where a syndicated story first ran, with the wire’s sign-off', () => {
    const doc = load(
      `<body><article><h1>Envoys agree joint survey</h1>${prose('Kabul', 5)}` +
        `<p>Originally published by Taliban Watch Wire on March 6, 2026. Reporting by Sahar Nouri; editing by Tom Ashcroft.</p></article></body>`,
    );
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('GUARD: reads a story’s sentence that opens with "Originally published"', () => {
    const doc = load(
      `<body><article><h1>A banned book returns</h1>${prose('aid', 5)}` +
        `<p>Originally published in 1998, the memoir about the Taliban years was banned for two decades; its author, who now lives abroad, says it was never meant as politics.</p></article></body>`,
    );
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it('leaves out a page’s notice that it holds advertising (「この記事には広告が含まれる場合があります」)', () => {
    const doc = load(
      `<body><article><h1>教書演説を見て</h1><p class="disclosure">※この記事にはタリバン関連の広告が含まれる場合があります</p>` +
        `<div class="entry-content">${Array.from({ length: 5 }, () => '<p>きのうはプーチン大統領の年次教書演説の中継をずっと見ていました。話しきれなかったことを、ここに書いておきます。</p>').join('')}</div></article></body>`,
    );
    expect(marked(doc)).toEqual(['プーチン']);
  });
});

describe('the headline', () => {
  it('is not a blog’s name in the theme’s h1 that the title’s last part opens, while an entry heading states the rest', () => {
    const doc = load(
      `<head><title>Notes on the budget | Taliban Watch Official Blog Powered by Ameblo</title></head><body>` +
        `<header class="skin-blogHeader"><h1 class="skin-blogTitle"><a href="https://ameblo.example/taliban-watch/">Taliban Watch Official Blog</a></h1>` +
        `<p class="skin-blogDescription">A commentator’s blog, with the things that did not fit into the studio’s twelve minutes.</p></header>` +
        `<div class="skin-entry"><h2 class="skin-entryTitle"><a href="https://ameblo.example/taliban-watch/entry-1.html">Notes on the budget</a></h2>` +
        `<div id="entryBody">${prose('Kabul', 6)}</div></div></body>`,
    );
    expect(findArticle(doc).headline?.textContent).not.toBe('Taliban Watch Official Blog');
    expect(marked(doc)).toEqual(['Kabul']);
  });
});

describe('back matter', () => {
  const section = (heading: string, text: string) =>
    `<section><div class="c-article-section"><h2>${heading}</h2><div class="c-article-section__content"><p>${text}</p></div></div></section>`;

  it('leaves out references, acknowledgements and a data availability statement', () => {
    const doc = load(
      `<body><article><h1>Groundwater decline in three river basins</h1>${prose('Afghanistan', 6)}` +
        section('Data availability', 'The well readings are deposited in a repository named after the Taliban era survey.') +
        section('Acknowledgements', 'We thank the village water masters of Kabul province who took part in the surveys.') +
        `<section><h2>References</h2><ol><li>Lindqvist T (2014) Shafts and shares: the Haqqani network and water. Water Hist 6:1–22</li></ol></section>` +
        `</article></body>`,
    );
    expect(marked(doc)).toEqual(['Afghanistan']);
  });

  it('GUARD: reads a report’s "Notes" and a fact check’s "Sources"', () => {
    const doc = load(
      `<body><article><h1>Fact check: a missile video</h1>${prose('aid', 6)}` +
        section('Notes', 'The Taliban figures are the ministry’s own, as published on its website in January.') +
        section('Sources', 'Kabul broadcaster archive, footage of the 2017 launch, retrieved March 5, 2026.') +
        `</article></body>`,
    );
    expect(marked(doc)).toEqual(['Kabul', 'Taliban']);
  });
});
