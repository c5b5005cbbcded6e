/**
 * The finder's rules from blind set mix35 (tests/fixtures/blind-pages/mix35, Japanese foreign-policy
 * commentary), each on a small page: a post's plea for support, an update note, an offer to follow a
 * topic, a link line to the PDF, an institute's disclaimer naming itself, a citation box's label, a
 * creator's box. Each probe failed before its rule (9b3fb1d).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itReadsSentences } from './site-lines';
import { load } from './story-page';

/** `n` paragraphs of a Japanese commentary's running text. */
const japaneseProse = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>第${i}段落。北方領土をめぐる交渉は停滞しているが、現地では元島民の高齢化が進み、墓参の再開を求める声が年々強まっている。政府は粘り強く働きかけを続けるとしている。</p>`,
  ).join('');

const column = (after: string) =>
  load(
    `<body><main><article><h1>動かない交渉、動く現場――北方領土をめぐる日露関係の現在地</h1><div class="report-body">${japaneseProse(6)}${after}</div></article></main></body>`,
  );

describe('lines a commentary site adds', () => {
  it.each([
    'この記事が気に入ったらサポートをしてみませんか？',
    '【追記 12/3 20:15】防衛省の追加発表を受け、飛行時間と落下推定地点の記述を更新しました。',
    'トピックをフォローすると、新着記事を通知します',
    'PDF版はこちら（412KB）',
    '※本稿の内容は執筆者個人の見解であり、日本国際問題研究所の見解を代表するものではありません。',
  ])('leaves out "%s"', (line) => expectReadsWithout(column(`<p>${line}</p>`), '第5段落', line.slice(0, 12)));

  itReadsSentences(column, [
    'この記事が示すように、元島民の平均年齢は89歳を超えた。',
    '【追記】政府は12月3日、墓参の再開をロシア側に改めて求めたと発表した。',
    '政府はロシア側の動向をフォローすると述べ、新たな協議の場を探っている。',
  ]);
});

describe('boxes after a commentary', () => {
  it('leaves out a box headed as telling how to cite the report', () => {
    expectReadsWithout(
      column(
        '<div class="report-cite"><h2>本レポートを引用する際は</h2><p>岡部直人「動かない交渉、動く現場」日本国際問題研究所『研究レポート』2026年12月1日。</p></div>',
      ),
      '第5段落',
      '岡部直人「動かない交渉',
    );
  });

  it('leaves out a creator’s box of name and profile', () => {
    expectReadsWithout(
      column(
        '<div class="m-creatorInfo"><a href="/ryoko_miwa" class="m-creatorInfo__name">三輪 遼子</a><p class="m-creatorInfo__profile">民間シンクタンク研究員。専門は日米関係とインド太平洋の安全保障。ここでは論文に書けない雑感を書いています。</p></div>',
      ),
      '第5段落',
      '論文に書けない雑感',
    );
  });

  it('GUARD: reads the text of a page on a creator economy whose body is named for it', () => {
    const doc = load(`<body><main><div class="article-body creator-economy">${japaneseProse(6)}</div></main></body>`);
    expect(articleText(doc)).toContain('第5段落');
  });
});
