/**
 * What mix184–189 showed, read sealed once in session 51 on 9e05d70: a Soledad theme's page container named for its layout
 * ("container container-single penci_sidebar right-sidebar") around the whole story, whose class words kept the story from
 * scoring so that a cookie notice won; a Mexican outlet's donation box lines; a press release's share label; a Czech
 * report-an-error line; Japanese broadcaster, column, release-site, sports-paper and blog lines. The cases that are not
 * GUARDs fail on 9e05d70.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('a layout wrapper of mix187', () => {
  const page = (sidebarBox: string) =>
    load(
      `<body><div class="wrapper-boxed header-style-header-6"><div class="container container-single penci_sidebar right-sidebar"><div id="main"><article class="post"><h1 class="post-title">Cold Comfort: how a Penang family firm became the backbone of the grocery boom</h1><div class="inner-post-entry">${prose('Alibaba', 8)}</div></article></div><div id="sidebar" class="penci-sidebar-content">${sidebarBox}</div></div></div><div class="penci-gprd-law"><p>This website uses cookies to improve your experience. We’ll assume you’re ok with this, but you can opt-out if you wish.</p></div></body>`,
    );
  it('reads the story inside a container named for a layout with a sidebar', () => {
    const text = articleText(page('<p>Most read this week.</p>'));
    expect(text).toContain('Paragraph 7 of the story');
    expect(text).not.toContain('This website uses cookies');
  });
  it('GUARD: leaves out the sidebar’s box beside it', () =>
    expect(
      articleText(
        page(
          '<div class="widget"><p>Subscribe to our weekly newsletter on logistics and retail across Asia, every Friday in your inbox.</p></div>',
        ),
      ),
    ).not.toContain('Subscribe to our weekly newsletter'));
});

describe('lines of mix185–188', () => {
  const release = storyWith('Verband fordert schnellere Sanktionsprüfungen', 'the sanctions');
  itLeavesOutLines(release, [
    'Diese Pressemitteilung teilen oder weiterempfehlen:',
    'Našli jste v článku chybu? Napište nám, opravíme ji co nejdříve.',
    'En Cauce Digital no tenemos muro de pago. Nuestras investigaciones se sostienen gracias a más de 3.200 personas.',
    'Súmate a la Comunidad Cauce desde 50 pesos mensuales y ayúdanos a seguir contando historias.',
  ]);
  itReadsSentences(release, [
    'Diese Pressemitteilung teilen die Verbände nach eigenen Angaben mit allen Ministerien.',
    'Našli jste v článku chybu, ptá se v anketě ministerstvo, a odpověděla třetina respondentů.',
    'En Monterrey no tenemos muro de pago ni suscripción, dijo el director del periódico comunitario.',
  ]);
});

describe('Japanese lines of mix184–189', () => {
  const story = jaStoryWith('元島民の証言を映像で記録へ', '北方領土');
  itLeavesOutJapaneseLines(story, [
    '※この記事は放送時点の情報に基づいています。記事の内容は変更される場合があります。',
    '本コラムのPDF版（A4判・4ページ）は印刷してお読みいただけます。',
    '本コラムを引用・転載される場合は、出典（当機構名、執筆者名、タイトル、掲載日、URL）を必ず明記してください。',
    'このプレスリリース内で使われている画像ファイルは、メディアユーザー登録をすると高画質版をダウンロードできます。',
    'スポーツ日報アプリなら速報をプッシュ通知でお届け。ダウンロードは無料です',
    'スポーツ日報プレミアムに登録すると、紙面ビューアーと限定コラムが読み放題になります。初回31日間無料。',
    '〒399-0000 みなと川市中央町2-8-1 グリーンビル1階',
  ]);
  itReadsSentences(story, [
    '町によりますと、避難所の情報は放送時点の情報に基づいて更新されていたということです。',
    '同社のアプリなら通知でお届けできると担当者は説明しましたが、利用者は伸び悩んでいます。',
  ]);
});
