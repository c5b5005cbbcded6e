/**
 * What mix309–312 showed, read sealed once in session 57 on 3cbe0b0 (126/128 article fragments, 2/135 others): two lead
 * pictures' captions missed, a Czech portal's whose picture links to its gallery at "/foto/<slug>.<story id>/r1" (the
 * story's id a part of the folder, not the whole of it) and a Polish regional's whose only link is "Zobacz galerię (24
 * zdjęcia)"; a Japanese broadcaster's tip box under 「情報提供をお願いします」 and a Philippine daily's "Disclaimer: Comments do
 * not represent the views of …". The two captions are probed on the sets' own pages, kept in the fixtures (a small page
 * built like them was read on 3cbe0b0 too). Narrowed after its second reader (`second-reader-3613a9c.test.ts`): a gallery's
 * label counts only with how many pictures it holds (not a promo's "View gallery"), 「情報提供をお願いします」 heads a tip box only
 * over a link to the form for posts (a missing person's story asks the same), and the comments line only after "Disclaimer:"
 * or as a whole line (a story's "Comments do not represent the views of X, moderators said"). The cases that are not GUARDs
 * fail on 3cbe0b0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, storyWith } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe("lead pictures' captions beside a link to the story's gallery", () => {
  it('reads the Czech portal\'s, its picture linked to "/foto/<slug>.<story id>/r1" (mix310)', () =>
    expect(fixture('mix310/01-zpravy-alibaba-sklad.html')).toContain('Pozemek u dálnice D6 nedaleko Kladna'));
  it('reads the Polish regional\'s, its figure\'s one link "Zobacz galerię (24 zdjęcia)" (mix312)', () =>
    expect(fixture('mix312/01-dziennik-nadwislanski-wystawa-karykatur.html')).toContain('Największą pracą na wystawie jest'));
});

describe("a broadcaster's tip box (mix310)", () => {
  const story = jaStoryWith('マイナ保険証、休日窓口を開設', 'マイナンバーカード');
  const box = (title: string) =>
    `<div class="c-tipoff"><p class="c-tipoff__title">${title}</p><p class="c-tipoff__text">あなたの身の回りで起きた出来事や、気になるニュースの情報をお寄せください。写真や動画の投稿もお待ちしています。</p><a href="/news/toukou/" class="c-btn">投稿フォームへ</a></div>`;
  it('leaves it out under 「情報提供をお願いします」', () =>
    expectReadsWithout(story(box('情報提供をお願いします')), '5回目の協議は来月にも開かれる見通しで', 'あなたの身の回りで起きた'));
  it('GUARD: reads such a box under a heading of the story', () =>
    expect(articleText(story(box('窓口の混雑状況')))).toContain('あなたの身の回りで起きた'));
});

describe("a comment section's disclaimer (mix311)", () => {
  const story = storyWith('Tanker crew rescued off Mindoro', 'North Korea');
  itLeavesOutLines(story, [
    'Disclaimer: Comments do not represent the views of the Daily Ledger. We reserve the right to exclude comments which are inconsistent with our standards.',
  ]);
  itReadsSentences(story, ['His comments do not represent the views of the ministry, a spokesman said on Tuesday.']);
});
