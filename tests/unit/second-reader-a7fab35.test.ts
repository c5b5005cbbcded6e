/**
 * Second reader of a7fab35 (the advertising-notice rule in japanese-notices now takes 「当…は」 and up to 20 characters before the
 * advertising word): story sentences it now leaves out that 68e7b5c read. Each case fails on a7fab35 and passes on 68e7b5c.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load } from './story-page';
import { itReadsStoryLines } from './site-lines';

const story = jaStoryWith('ステマ規制1年 アフィリエイトの表示 なお不十分', 'ステルスマーケティング');

describe("story sentences worded like a blog's affiliate disclosure (a7fab35)", () => {
  itReadsStoryLines(story, [
    // 「当」: a story quoting the disclosure the rules ask for.
    '消費者庁は、ブログなどでは「当サイトはアフィリエイト広告を利用しています」などと分かりやすく表示するよう求めています。',
    // 「当」: an operator's reply quoted in a broadcaster's polite form.
    '運営会社は取材に対し「当サイトは一部の記事でアフィリエイト広告を利用していますが、ランキングの順位には影響していません」とコメントしています。',
    // 「当」 inside 「該当」.
    'ＮＨＫが確認したところ、該当ページには現在も、この業者の広告が含まれています。',
    // The wider gap (20): a broadcaster's sentence on a scam site.
    '国民生活センターによりますと、このサイトには、著名人の写真を無断で使った投資の広告が含まれています。',
    // The wider gap (20): an official quoted.
    '消費者庁の担当者は「この記事には、事業者から依頼を受けた広告が含まれていますと表示する必要があります」と話しています。',
    // 「当」 + wider gap: a blog's income report, the post's own subject.
    '当ブログは開設2年目から、楽天とAmazonのアフィリエイト広告を利用していますが、先月の収益は初めて5万円を超えました。',
  ]);
});

describe('such a sentence in the middle of the story (a7fab35)', () => {
  it('reads a quoted disclosure between paragraphs of the story', () => {
    const line =
      '比較サイトの多くは「当サイトはアフィリエイトプログラムを利用しています」と記していますが、記事のどこに書くかは各社に任されています。';
    const doc = load(
      `<body><article><h1>比較サイトの広告表示</h1><div class="article-body">${jaProse('比較サイト', 3)}<p>${line}</p>${jaProse('広告表示', 3)}</div></article></body>`,
    );
    expect(articleText(doc)).toContain(line);
  });
});
