/**
 * What mix121–123 showed, read sealed on 7e16f90 for a measure, then used: a Swiss-French Drupal story whose second half
 * stands in a paywall's locked wrapper of the same paragraph blocks; a Japanese local paper's unlinked ▼関連記事 line, print
 * note, tip box and a teaser whose title link stands outside its excerpt's paragraph; a German broadcaster's video title line;
 * a Polish city hall's lead picture under an `h2[itemprop=headline]` and its "Tekst: …, fot. …" line; a Mexican portal's
 * Google News and sourcing lines; a Belgian daily's print-edition note; a Hokkaido release's press-club line and its
 * contact box under a title box. The cases that are not GUARDs fail on 74de02c.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Cheese makers ship to Shanghai', 'the cooperative');
const jaStory = jaStoryWith('元島民の証言を記録する会が発足', '北方領土');

describe('site lines of mix121–123', () => {
  itLeavesOutLines(story, [
    'Cet article est paru dans notre édition papier du samedi 5 décembre 2026.',
    'Con información de Itzel Marín y la Redacción Tehuacán.',
    'Síguenos en Google News y mantente informado con las noticias más relevantes de Puebla.',
    'Video: Pflege mit Migrationsgeschichte: Wie gelingt der Start im Job? (4 Min)',
    'Tekst: Katarzyna Zielonka, fot. Marek Nowak / UM Brzeźnica Śląska',
  ]);
  itReadsSentences(story, [
    'Con información de la policía municipal, los agentes localizaron el vehículo, que había sido robado en Tehuacán el domingo.',
    'Cet article de loi est paru au Moniteur belge en 2019, rappelle le syndicat.',
    'Video: the mayor said the bridge would reopen in spring (Reuters)',
    'Tekst umowy podpisano w ratuszu; fot. archiwum pokazuje dawny budynek.',
  ]);
  itLeavesOutJapaneseLines(jaStory, [
    '※この記事は12月5日付の道東日報朝刊に掲載されたものです。',
    '道東日報は、読者の皆さまからの情報提供や取材のご要望をお待ちしています。',
    '資料提供先：道政記者クラブ、根室記者クラブ（同時提供）',
  ]);
  itReadsSentences(jaStory, ['警察は、事件について情報をお寄せくださいと呼びかけています。']);
});

describe('boxes and lines of mix121–123', () => {
  it("reads a story's last part in a paywall's locked wrapper of the blocks its first part stands in", () => {
    const block = (text: string) =>
      `<div class="field__item"><div class="paragraph paragraph--type--texte"><div class="field--name-field-texte"><p>${text}</p></div></div></div>`;
    const sentence = (n: number) =>
      `Part ${n} of the report, in which the cheese makers said, according to the cooperative's president, that the first pallet would leave in January.`;
    const text = articleText(
      load(
        `<body><article class="node"><h1>La raclette s'envole pour la Chine</h1><div class="node__content"><div class="field__items">${[1, 2, 3, 4].map((n) => block(sentence(n))).join('')}<div class="paywall-teaser"><p>Cet article est réservé aux abonnés.</p><p><a href="/abonnements">Je m'abonne</a></p></div><div class="paywall-locked is-locked">${[5, 6, 7].map((n) => block(sentence(n))).join('')}</div></div></div></article><aside class="sidebar">${prose('other news', 3)}</aside></body>`,
      ),
    );
    expect(text).toContain('Part 1 of the report');
    expect(text).toContain('Part 6 of the report');
  });
  it('GUARD: leaves out a paywall box of offer lines in the blocks of the story', () => {
    const block = (text: string) => `<div class="field__item"><p>${text}</p></div>`;
    const text = articleText(
      load(
        `<body><article><h1>La raclette s'envole pour la Chine</h1><div class="body">${block(prose('the cooperative', 1))}${block(prose('the export', 1))}${block(prose('the market', 1))}<div class="paywall-box">${block('Abonnez-vous pour lire la suite: un mois pour un franc, sans engagement, puis 19 francs par mois, résiliable à tout moment.')}${block('Déjà abonné? Connectez-vous pour lire tous les articles du site, le journal numérique et nos newsletters thématiques.')}</div></div></article></body>`,
      ),
    );
    expect(text).toContain('the export');
    expect(text).not.toContain('Abonnez-vous pour lire');
  });
  it('leaves out a ▼関連記事 line naming another story without a link', () =>
    expectReadsWithout(
      jaStory(
        '<div class="news_text">本文の続きです。<br><span class="kanren_inline">▼関連記事：北方墓参、4年連続で見送り　元島民「時間がない」</span></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '北方墓参、4年連続',
    ));
  it('leaves out a tip box that a stock heading opens', () =>
    expectReadsWithout(
      jaStory(
        '<div class="iken_box"><h3>ご意見・情報をお寄せください</h3><p>投稿フォームのほか、LINE公式アカウントからも送ることができます。</p><p><a href="/form/">情報提供フォームへ</a></p></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '投稿フォームのほか',
    ));
  it("leaves out a teaser list whose items' title links stand outside their excerpts' paragraphs", () =>
    expectReadsWithout(
      jaStory(
        `<div class="osusume_box"><p class="box_ttl">おすすめ記事</p><ul class="osusume_list">${[
          [
            '北朝鮮の弾道ミサイル、道東沖のEEZ外に落下か　漁業者に不安',
            '防衛省によると、4日午前に発射された弾道ミサイルは、根室沖の日本の排他的経済水域（EEZ）の外側に落下したとみられる。出漁中の漁船に被害は確認されていない。',
          ],
          [
            'サンマ漁、今季の水揚げ前年比3割減　釧路港は過去2番目の低水準',
            '道東の主要港でサンマの水揚げが伸び悩んでいる。漁業関係者は「海水温の上昇で漁場が遠く、燃料代がかさむばかりだ」と頭を抱える。',
          ],
          [
            '別海の酪農家、牛舎の屋根に太陽光パネル　電気代を4割削減',
            '飼料や燃料の高騰が続くなか、別海町の酪農家が牛舎の屋根を活用した発電に乗り出した。余った電力は売電し、冬場の暖房費に充てる。',
          ],
        ]
          .map(
            ([title, lead], n) =>
              `<li><a href="/news/${n}.html"><img class="thumb" src="/t${n}.jpg" alt="" width="100" height="66"></a><a href="/news/${n}.html">${title}</a><p class="lead">${lead}</p></li>`,
          )
          .join('')}</ul></div>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      'サンマ漁',
    ));
  it('leaves out a contact box whose label stands in a title box of its own', () =>
    expectReadsWithout(
      load(
        `<body><div id="tmp_contents"><h1>作文コンクールの入賞者が決定しました</h1>${jaProse('北方領土')}<div id="tmp_inquiry"><div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div><div id="tmp_inquiry_cnt"><p>総務部北方領土対策本部啓発・交流係</p><p>電話番号：011-204-5069</p><p class="inquiry_note">受付時間は平日の8時45分から17時30分までです（土曜日・日曜日・祝日・年末年始を除く）。</p></div></div></div></body>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '受付時間は平日',
    ));
  it("reads the lead picture's caption under a heading marked as the headline below the section's h1", () => {
    const text = articleText(
      load(
        `<head><title>Eksport bez tajemnic. Przedsiębiorcy uczyli się sprzedawać - Urząd Miasta</title></head><body><div class="page-header"><h1>Aktualności</h1></div><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Eksport bez tajemnic. Przedsiębiorcy uczyli się sprzedawać</h2></div><dl class="article-info"><dd class="published">Opublikowano: 04 marzec 2026</dd></dl><div class="item-image"><figure><img src="/images/szkolenie.jpg" alt="" width="780" height="440"><figcaption>Uczestnicy szkolenia w sali konferencyjnej Centrum Przedsiębiorczości</figcaption></figure></div><div itemprop="articleBody">${prose('the export training', 6)}</div></div></body>`,
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain('Uczestnicy szkolenia w sali');
  });
});
