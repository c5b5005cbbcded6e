/**
 * What mix321–324 showed, read sealed once in session 58 on 23329e4 (132/132 article fragments, 4/134 others): a Japanese
 * national paper's expert-comment section inside its `article`, under obfuscated class names but named 「コメントプラス」 by its
 * `aria-label`; a trade paper's app promo and its writer's profile box under BEM names inside `p-article` (`p-article__appPromo`,
 * `p-article__writer`: "article" kept them in the running), and its note for print subscribers (「本紙購読者は…ご利用いただけます。」).
 * Each line is probed on its set's own page, kept in the fixtures; small pages built like them follow. The cases that are
 * neither GUARDs nor under "small pages" fail on 23329e4.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout, itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';
import { jaProse, jaStoryWith, load } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe('the lines mix321–324 read, on their own pages', () => {
  it.each([
    ['mix321/02-toyo-shimbun-mynumber-renewal.html', '更新の集中は発行時期から', 'マイナンバーカード'],
    ['mix323/02-yakuji-times-mynumber.html', '公式アプリ「薬事タイムズ＋」なら', 'デジタル庁は年度内に'],
    ['mix323/02-yakuji-times-mynumber.html', '2015年入社。厚生労働省記者クラブ', 'デジタル庁は年度内に'],
    ['mix323/02-yakuji-times-mynumber.html', '本紙購読者は追加料金なしで', 'デジタル庁は年度内に'],
  ])('%s: leaves out "%s…" and reads the story', (file, gone, kept) => {
    const text = fixture(file);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});

describe('small pages built like them', () => {
  const page = (inside: string) =>
    load(
      `<body><main><article class="Ar5Bs"><h1 class="xZ8kq">マイナカード更新、窓口に行列</h1><div class="Bd3Tx">${jaProse('マイナンバーカード', 6)}</div>${inside}</article></main></body>`,
    );
  it('leaves out an expert-comment section named 「コメントプラス」 by its aria-label', () =>
    expectReadsWithout(
      page(
        '<section class="Cm5Pl" aria-label="コメントプラス"><div class="Cm1Hd"><p>コメントプラス</p></div><div class="Cm2It"><p class="Cm8Nm">佐伯美和子（地方行政研究者）</p><div class="Cm6Tx">更新の集中は発行時期から何年も前に予測できたはずです。窓口の増強だけでなく、郵送で完結できる範囲を広げる議論が必要です。</div></div></section>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '更新の集中は発行時期から',
    ));
  it('GUARD: reads a section of the story named 「解説」', () =>
    expect(
      articleText(
        page(
          '<section class="Ex2Pl" aria-label="解説"><div class="Cm6Tx">更新の集中は発行時期から何年も前に予測できたはずで、窓口の増強だけでなく、郵送で完結できる範囲を広げる議論が必要だ。</div></section>',
        ),
      ),
    ).toContain('更新の集中は発行時期から'));
  const bem = (box: string) =>
    load(
      `<body><main><div class="p-article"><h1 class="p-article__title">マイナ保険証、薬局の4割で読み取り不具合</h1><div class="p-article__body">${jaProse('マイナンバーカード', 6)}</div>${box}</div></main></body>`,
    );
  it("leaves out a writer's box named p-article__writer", () =>
    expectReadsWithout(
      bem(
        '<div class="p-article__writer"><div class="p-article__writerBody"><p class="p-article__writerName">（本紙記者・高橋亮介）</p><p class="p-article__writerProfile">2015年入社。厚生労働省記者クラブ、医薬品卸担当を経て、現在は保険薬局と医療DXを中心に取材している。</p></div></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '2015年入社。',
    ));
  it('leaves out an app promo named p-article__appPromo', () =>
    expectReadsWithout(
      bem(
        '<div class="p-article__appPromo"><p class="p-article__appPromoText">公式アプリ「薬事タイムズ＋」なら、毎朝6時に最新紙面をスマートフォンやタブレットでお読みいただけます。</p><a href="/app/">アプリの詳細はこちら</a></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '公式アプリ「薬事タイムズ＋」なら',
    ));
  it('GUARD: reads a box of the story named p-article__lead', () =>
    expect(
      articleText(
        bem(
          '<div class="p-article__lead"><p>同連合会は来年4月にも同様の調査を実施し、読み取り精度が更新後にどこまで改善したかを検証する方針だ。</p></div>',
        ),
      ),
    ).toContain('同連合会は来年4月にも'));
  const story = jaStoryWith('マイナ保険証、薬局の4割で読み取り不具合', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, ['本紙購読者は追加料金なしで電子版の全記事と過去10年分の記事検索をご利用いただけます。']);
  itReadsSentences(story, ['本紙の購読者は、追加料金なしで電子版を利用できる仕組みに不満を示した。']);
});
