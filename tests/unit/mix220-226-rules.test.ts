/**
 * What mix220–226 showed, read sealed once in session 53 on b052824 (231/231 article fragments, 13/244 others): a Spanish
 * sports daily's app pitch, a US paper's subscription appeal line, a Hungarian newsletter line, a Canadian daily's ad-slot
 * line and a Turkish portal's Google News line; a Japanese company's mail service line; an affiliate plugin's product box
 * (AAWP: price, "Zum günstigsten Angebot*" and its footnote); a Polish portal's site video under "Dalsza część artykułu pod
 * materiałem wideo"; a SWELL blog card under 「あわせて読みたい」; and a business paper's expert comments, each closed by its
 * 「いいね」 count. Still read: a football club's ticket box in its news (mix222) and a Turkish editor's bio (mix226). The
 * cases that are not GUARDs fail on b052824.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('lines of mix220–226', () => {
  const story = storyWith('Marismas firma con Tencent para transmitir sus partidos en China', 'Tencent');
  itLeavesOutLines(story, [
    'Sigue todos los partidos del Marismas en la app de GOLAZO: alertas de gol, alineaciones y estadísticas al minuto.',
    'Reporting like this is made possible by subscribers. Join your neighbors for as little as $1 for the first three months.',
    'Iratkozz fel a Hírvonal Tech hírlevelére, és minden csütörtökön elküldjük a hét legfontosabb technológiai híreit.',
    'La suite de l’article se trouve sous cette publicité',
    'Gündem Ekspres’i Google News’te takip edin, en güncel haberler cebinize gelsin.',
  ]);
  itReadsSentences(story, [
    'Los aficionados siguen todos los partidos en la app de GOLAZO, según una encuesta del club.',
    'Reporting like this is rare in a town of 4,000 people, the editor said at the awards dinner.',
    'A polgármester arra kérte a lakókat, iratkozzanak fel a város hírlevelére, ha értesülni akarnak a lezárásokról.',
    'Bakan, vatandaşlara resmi hesabı Twitter’da takip edin çağrısı yaptı.',
  ]);
});

describe('Japanese lines of mix220', () => {
  const story = jaStoryWith('港湾物流向けデータ連携基盤の提供開始について', 'デジタル庁');
  itLeavesOutJapaneseLines(story, [
    'IRメール配信サービスにご登録いただくと、最新のニュースリリースや決算情報をいち早くメールでお届けします。',
  ]);
  itReadsSentences(story, ['投資家の多くは、メール配信サービスに登録すると決算情報が早く届くと話している。']);
});

describe('boxes of mix223–226 between the paragraphs', () => {
  const around = (box: string) =>
    load(
      `<body><main><article><h1>Powerbanks im Test: Nur drei von zwölf halten, was sie versprechen</h1><div class="entry-content">${prose('Alibaba', 3)}${box}${prose('the testers', 3)}</div></article></main></body>`,
    );
  it('leaves out an affiliate plugin’s product box with its footnote', () =>
    expectReadsWithout(
      around(
        '<div class="aawp"><div class="aawp-product"><span class="aawp-product__ribbon">Anzeige</span><div class="aawp-product__thumb"><a href="https://partner.example/go/flux?tag=x-21"><img src="/flux.jpg" alt=""></a></div><div class="aawp-product__content"><a class="aawp-product__title" href="https://partner.example/go/flux?tag=x-21">Voltana Flux 20 Powerbank 20000 mAh, USB-C PD 45W, Display</a><div class="aawp-product__description"><ul><li>Zwei USB-C-Anschlüsse, ein USB-A-Anschluss</li><li>Gewicht laut Hersteller 348 g</li></ul></div></div><div class="aawp-product__footer"><div class="aawp-product__pricing"><span class="aawp-product__price">58,90 €</span></div><a class="aawp-button" href="https://partner.example/go/flux?tag=x-21">Zum günstigsten Angebot*</a></div><p class="aawp-disclaimer">* Affiliate-Link: Wenn Sie über diesen Link einkaufen, erhält Prüfstand eine Provision. Für Sie ändert sich der Preis nicht.</p></div></div>',
      ),
      'Paragraph 2 of the story, in which officials said, according to two sources, that the testers',
      'Voltana Flux 20 Powerbank',
    ));
  it('GUARD: reads a gift guide’s item whose own paragraph tells why', () =>
    expectReadsWithout(
      around(
        '<div class="gift-item"><img src="/flux.jpg" alt=""><h3>Für Vielreisende: Voltana Flux 20</h3><p>Sie lädt ein Notebook über USB-C mit 45 Watt und wiegt dabei weniger als 350 Gramm, was sie zur besten Wahl für lange Zugfahrten macht.</p><span>58,90 €</span> <a href="https://partner.example/go/flux">Zum günstigsten Angebot*</a></div>',
      ),
      'Sie lädt ein Notebook über USB-C mit 45 Watt',
      'nothing left out here',
    ));
  it('leaves out the site’s video under a line that the story goes on below it', () =>
    expectReadsWithout(
      around(
        '<div class="componentsVideoFlesz"><span class="componentsVideoFlesz__continue">Dalsza część artykułu pod materiałem wideo</span><div class="componentsVideoFlesz__player"><img src="/flesz.jpg" width="640" height="360" alt=""><span class="componentsVideoFlesz__title">Flesz: Ceny paliw przed świętami. Na co mogą liczyć kierowcy w grudniu?</span></div></div>',
      ),
      'Paragraph 2 of the story, in which officials said, according to two sources, that the testers',
      'Flesz: Ceny paliw przed świętami',
    ));
  it('leaves out a blog card under 「あわせて読みたい」', () =>
    expectReadsWithout(
      around(
        '<div class="p-blogCard -internal"><div class="p-blogCard__inner"><span class="p-blogCard__caption">あわせて読みたい</span><div class="p-blogCard__thumb"><figure><img src="/thumb.jpg" alt=""></figure></div><div class="p-blogCard__body"><a class="p-blogCard__title" href="https://kurashi.example/point-check/">申請したのにポイントが届かない？受け取り状況をスマホで確認する方法</a><span class="p-blogCard__excerpt">申請から1か月以上たってもポイントが付与されない場合の確認手順をまとめました。</span></div></div></div>',
      ),
      'Paragraph 2 of the story, in which officials said, according to two sources, that the testers',
      '申請したのにポイントが届かない',
    ));
  it('GUARD: reads the story’s own picture box with its caption and a link to its source', () =>
    expectReadsWithout(
      around(
        '<div class="wp-block-image"><figure><img src="/lab.jpg" alt=""><figcaption>Im Labor des Prüfstands wurden alle zwölf Geräte zehnmal entladen. <a href="/methodik/">So testen wir</a></figcaption></figure></div>',
      ),
      'Im Labor des Prüfstands wurden alle zwölf Geräte',
      'nothing left out here',
    ));
});

describe('expert comments of mix226, each closed by its 「いいね」 count', () => {
  const item = (name: string, text: string, likes: number) =>
    `<div class="thinkItem"><p class="thinkAuthor">${name}<span>アナリスト</span></p><p class="thinkType">ひとこと解説</p><p class="thinkBody">${text}</p><p class="thinkLikes">いいね ${likes}</p></div>`;
  const page = (section: string) =>
    load(
      `<body><main><article><h1>地銀、取引先向け認証基盤を提供へ</h1><div class="article-body"><p>地方銀行が取引先の中小企業向けに認証基盤を提供する。マイナンバーカードを使った本人確認を組み込む計画だ。</p>${prose('マイナンバーカード', 5)}</div>${section}</article></main></body>`,
    );
  it('leaves out the comments', () =>
    expectReadsWithout(
      page(
        `<section class="think"><h2>Think! 有識者の見解</h2>${item('高岡 真理子', '地銀が認証基盤を担うのは興味深い試みだ。取引先の日々の動きが見えるようになれば、融資判断にもつながるだろう。', 48)}${item('木村 亮', '中小企業の現場ではカードの読み取りに手間取る例も多く、導入支援が欠かせない。', 21)}</section>`,
      ),
      'Paragraph 4 of the story',
      '取引先の日々の動きが見えるように',
    ));
  it('GUARD: reads a story’s ranking whose items each end with a count', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>今年最も読まれた地銀の取り組み</h1><div class="article-body">${prose('マイナンバーカード', 5)}<ol><li><p>認証基盤の共同利用を始めた北陸の地銀は、取引先の手続きを半分に減らした。</p><p>読者投票 312</p></li><li><p>店舗を減らした九州の地銀は、移動窓口車を県内全域に走らせている。</p><p>読者投票 287</p></li></ol></div></article></main></body>`,
      ),
      '認証基盤の共同利用を始めた北陸の地銀',
      'nothing left out here',
    ));
});
