/**
 * Second reader's probes of 3ca44e5 (「コメント」 as a furniture word of an accessible name, `article__writer`/`article__appPromo`
 * as furniture, 「本紙購読者は…」 as a print-subscriber note): story text the change now leaves out. Each fails on 3ca44e5
 * and passes on its parent 23329e4.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load } from './story-page';

const reads = (doc: Document, ...sentences: string[]) => {
  const text = articleText(doc);
  expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
  for (const s of sentences) expect(text).toContain(s);
};

describe('story sections named with 「コメント」 by their aria-label', () => {
  const page = (inside: string) =>
    load(
      `<body><main><article class="Ar5Bs"><h1 class="xZ8kq">マイナカード更新、窓口に行列</h1><div class="Bd3Tx">${jaProse('マイナンバーカード', 6)}</div>${inside}</article></main></body>`,
    );
  it('reads the story\'s own section of experts\' remarks, aria-label="識者のコメント"', () =>
    reads(
      page(
        '<section class="Ex7Qa" aria-label="識者のコメント"><h2>識者のコメント</h2><p>地方行政に詳しい東京都立大の佐伯美和子教授は「更新の集中は発行時期から何年も前に予測できたはずだ。郵送で完結できる範囲を広げるべきだ」と指摘する。</p></section>',
      ),
      '佐伯美和子教授は',
    ));
  it('reads the full text of a minister\'s statement, aria-label="大臣コメント全文"', () =>
    reads(
      page(
        '<section class="St2Fx" aria-label="大臣コメント全文"><h2>河野デジタル相のコメント全文</h2><p>窓口の混雑で多くの皆さまにご不便をおかけしていることをおわびします。来月から土日の臨時窓口を全国で倍増させ、郵送による更新手続きの対象も広げます。</p></section>',
      ),
      '来月から土日の臨時窓口を全国で倍増させ',
    ));
  it('reads a club match report\'s manager and player remarks, aria-label="試合後の監督・選手コメント"', () =>
    reads(
      load(
        `<body><main><article><h1>明治安田J1第12節 浦和 2-1 鹿島</h1><div class="match-report">${jaProse('試合', 6)}<section class="mr-Cm" aria-label="試合後の監督・選手コメント"><h2>試合後の監督・選手コメント</h2><p>スコルジャ監督：「前半は苦しい時間が続いたが、ハーフタイムに守備の立ち位置を修正し、選手たちが最後まで走り切ってくれた。」</p><p>関根貴大選手：「決勝点はサイドで粘って中に入れるだけだった。ホームでサポーターと勝利を喜べてうれしい。」</p></section></div></article></main></body>`,
      ),
      'ハーフタイムに守備の立ち位置を修正し',
      '決勝点はサイドで粘って',
    ));
  it('reads a company\'s comment quoted in a box, aria-label="同社のコメント"', () =>
    reads(
      page(
        '<blockquote class="Qb4Lm" aria-label="同社のコメント"><p>当社の委託先で発生したシステム障害により、利用者の皆さまに多大なご迷惑をおかけしました。原因の究明と再発防止策を月内に公表します。</p></blockquote>',
      ),
      '原因の究明と再発防止策を月内に公表します',
    ));
  it("reads a picture's caption whose figure is named 「会見でコメントする…」", () =>
    reads(
      page(
        '<figure class="Ph3Cd" aria-label="記者会見でコメントする河野デジタル相"><img src="/p/kono.jpg" alt=""><figcaption>記者会見で窓口の混雑についてコメントする河野デジタル相（12日午前、デジタル庁）</figcaption></figure>',
      ),
      '記者会見で窓口の混雑について',
    ));
});

describe("the story's sentences worded like a print-subscriber note", () => {
  const story = jaStoryWith('本社主催「北斎と広重展」、県立美術館で開幕', '展覧会');
  it.each([
    ['本紙購読者は、紙面に掲載の読者優待券を窓口で提示すると、会期中いつでも当日料金の半額でご覧いただけます。'],
    ['本紙購読者は、4月1日から追加料金なしで新しい電子版とアプリをご利用いただけます。'],
  ])('reads "%s"', (sentence) => reads(story(`<p>${sentence}</p>`), sentence.slice(0, 20)));
});

describe('BEM boxes of the story named article__writer…', () => {
  const bem = (box: string) =>
    load(
      `<body><main><div class="p-article"><h1 class="p-article__title">作家・村井理子さんに聞く、翻訳と介護の10年</h1><div class="p-article__body">${jaProse('翻訳', 6)}</div>${box}</div></main></body>`,
    );
  it("reads a guest writer's own essay in p-article__writer-essay", () =>
    reads(
      bem(
        '<div class="p-article__writer-essay"><h2>寄稿：村井理子</h2><p>義母の介護が始まった年、私は初めて締め切りを落とした。翻訳は待ってくれるが、人の暮らしは待ってくれない。その当たり前のことを、私は五十を過ぎてようやく知った。</p><p>それでも机に向かう時間だけは手放さなかった。原文の一行と向き合う数分が、あの頃の私をかろうじて支えていた。</p></div>',
      ),
      '義母の介護が始まった年',
      '原文の一行と向き合う数分が',
    ));
});
