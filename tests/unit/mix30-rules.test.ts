/**
 * The finder's rules from blind set mix30 (tests/fixtures/blind-pages/mix30, Japanese editions of
 * international media), each on a small page: a paywall overlay's lines, a newsletter line, a
 * column's transfer notice and "continued" line, a wire's reporter and editor in parentheses, a
 * link to the story's pictures, a 「写真：」 credit in a caption. Each probe failed before its rule
 * (914c8f7).
 */
import { describe, it } from 'vitest';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose, storyWith } from './story-page';

const story = storyWith('北朝鮮ハッカーの暗号資産窃取、過去最高に', '北朝鮮');

describe('lines such editions add to a story', () => {
  itLeavesOutLines(story, [
    'この記事は有料会員限定です',
    '続きを読むには購読のお申し込みが必要です。初月無料ですべての記事が読み放題。',
    '＊＊＊　WSJ日本版が厳選した最新記事を毎朝お届け！ニュースレター登録はこちら',
    '※当記事は「アジア政策フォーラム」からの転載記事です。',
    '〔その２へ続く〕軍の粛清は何を意味するのか',
    '（白石里奈　編集：宮崎亜巳）',
    // mix33's, after the rules above (failed on b3393e1).
    'この記事は英語版の記事を翻訳・編集したものです。',
  ]);

  itReadsSentences(story, [
    '北朝鮮のハッカー集団は、ニュースレター登録者を装ったメールで取引所の社員を狙ったという。',
    '政府関係者は「この記事は事実と異なる」と述べ、北朝鮮の関与を否定した。',
  ]);

  it("leaves out a line that is one link to the story's pictures", () => {
    expectReadsWithout(
      story('<p class="photo-more"><a href="/articles/-/3612845?pid=28193341">【写真】この記事の写真を見る（全5枚）</a></p>'),
      'Paragraph 5 of the story',
      'この記事の写真を見る',
    );
  });
});

describe("an author's box", () => {
  it('leaves out a profile box whose label is its first paragraph (mix33, failed on b3393e1)', () => {
    expectReadsWithout(
      story(
        '<div class="entryDetailProfile"><p class="profileTitle">筆者プロフィール</p><p class="profileName">梶谷 蒼</p><p class="profileText">アジア経済研究者。シンクタンク勤務を経て現職。中国のマクロ経済と地方財政が専門。</p></div>',
      ),
      'Paragraph 5 of the story',
      'シンクタンク勤務を経て現職',
    );
  });
});

describe("a caption's credit", () => {
  it('reads the caption and leaves out its 「写真：」 credit', () => {
    expectReadsWithout(
      load(
        `<body><main><article><h1>北朝鮮ハッカーの暗号資産窃取、過去最高に</h1><figure><img src="/p.jpg" width="1280" height="853" alt=""><figcaption><span class="css-1h1l5mc">平壌で開かれた科学技術展示会の会場（2024年撮影）</span><span class="css-9q5ex8">写真：Kim Won Jin/Agence France-Presse/Getty Images</span></figcaption></figure><div class="article-body">${prose('北朝鮮', 6)}</div></article></main></body>`,
      ),
      '平壌で開かれた科学技術展示会の会場',
      'Kim Won Jin',
    );
  });
});
