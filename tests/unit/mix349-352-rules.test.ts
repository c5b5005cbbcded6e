/**
 * What mix349–352 showed, read sealed once in session 59 on ccc4b49 (134/134 article fragments, 4/135 others): a Canadian
 * daily's share label "Share this article in your social network" (named `article-content__share-title`, which the story word
 * keeps), a Japanese TV station's call for tips and footage under 「情報・映像をお寄せください」 (the viewers' own pictures after
 * the news it asks for), a Japanese monthly's mail magazine box named `article-mailmag` (the story word kept it, as it does
 * not for `article-newsletter`), and a reporter's note in a box named `p-writer` (only `article-writer` and the like were
 * known). Each line is probed on its set's own page, kept in the fixtures; small pages built like them follow. The cases that
 * are neither GUARDs nor under "small pages" fail on ccc4b49.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout, itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';
import { jaProse, jaStoryWith, load, prose, storyWith } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe('the lines mix349–352 read, on their own pages', () => {
  it.each([
    ['mix349/03-prairie-examiner-afghan-bakery.html', 'Share this article in your social network', 'Afghan'],
    ['mix350/02-sct-news-mynumber-window.html', '視聴者の皆さんが撮影した写真・動画を募集しています', 'マイナンバーカード'],
    ['mix351/02-jp-monthly-mynumber-card.html', 'メールマガジンに登録すると、最新号の読みどころ', '信頼は「使われ方」から生まれる'],
    ['mix352/02-kitanihon-mynumber.html', 'has covered local government and welfare from the Yokote bureau', 'My Number'],
  ])('%s: leaves out "%s…" and reads the story', (file, gone, kept) => {
    const text = fixture(file);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});

describe('small pages built like them', () => {
  it('leaves out "Share this article on your social networks" after the story', () =>
    expectReadsWithout(
      storyWith('Bakery opens on Main Street', 'the bakery')('<p>Share this article on your social networks</p>'),
      'Paragraph 5 of the story',
      'Share this article on your',
    ));
  itReadsSentences(storyWith('Campaign urges readers to share', 'the campaign'), [
    'Share this article with your social network, the campaign urged, and within a day the post had been seen 40,000 times.',
  ]);
  itLeavesOutJapaneseLines(jaStoryWith('マイナ保険証、窓口の混雑続く', 'マイナンバーカード'), [
    'KTV報道部では、事件や事故についての情報や、視聴者の皆さんが撮影した写真・動画を募集しています。',
  ]);
  itReadsSentences(jaStoryWith('郷土資料館が写真を募集', '資料館'), [
    '資料館では、昭和の街並みについての情報や、市民が撮影した写真を募集しています。',
  ]);
  it('leaves out a mail magazine box named article-mailmag between paragraphs', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>マイナ保険証、窓口の混雑続く</h1><div class="article-body">${jaProse('マイナンバーカード', 3)}<div class="article-mailmag"><p>メールマガジンに登録すると、編集部おすすめの記事を毎週お届けします。</p><a href="/mailmag">登録はこちら</a></div>${jaProse('基幹システム', 3)}</div></article></main></body>`,
      ),
      '基幹システム',
      '編集部おすすめの記事を毎週',
    ));
  it("leaves out a reporter's note in a box named p-writer after the story", () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>Ward offices struggle with renewals</h1><div class="article-body">${prose('the ward office', 6)}</div><div class="p-writer"><img src="/w.jpg" alt="" width="72" height="72"><div class="p-writer__body"><p>Aya Takeuchi</p><p>Aya Takeuchi joined the newspaper in 2014 and has covered local government from the Yokote bureau since 2022.</p></div></div></article></main></body>`,
      ),
      'Paragraph 5 of the story',
      'joined the newspaper in 2014',
    ));
});
