/**
 * What mix241–247 showed, read sealed once in session 54 on dc5dd48 (225/227 article fragments, 9/233 others): a Turkish
 * portal's standfirst, an h2 in a box of its own under the h1, inside the ASP.NET form around the page (missed); a Japanese
 * sports paper's lead caption, its picture linked to the story's photo page named by the story's id (missed, as mix230's;
 * its probes are in page-address.test.ts, the fixture mix241 reads it whole);
 * French ad-slot lines ("La suite après cette publicité"); a bracketed 「【あわせて読みたい】」 link line; a Turkish app line
 * and Google News line; a Japanese company blog's 「PR：」 line and its free-download link line. Still read: a sports
 * reporter's profile box and a company blog's download box (mix244). The cases that are not GUARDs fail on dc5dd48.
 */
import { describe, it } from 'vitest';
import { jaProse, jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('the standfirst in a box of its own under the headline, in a form around the page (mix246)', () => {
  const page = (standfirst: string) =>
    load(
      `<body><form id="form1" action="./haber.aspx" method="post"><div id="wrapper"><div class="news-detail-page"><article class="news-detail"><div class="news-detail-head"><h1>Taliban yönetimi, kuraklıkla mücadele için baraj ihalesine çıkıyor</h1>${standfirst}<div class="news-detail-author"><span>Dış Haberler Servisi</span></div></div><div class="news-content">${prose('the Taliban', 6)}</div></article></div></div></form></body>`,
    );
  it('reads the standfirst, an h2 in its own box', () =>
    expectReadsWithout(
      page(
        '<div class="news-detail-spot"><h2>Afganistan’daki yönetim, ülkenin güneyindeki üç sulama barajı için uluslararası ihale açacağını duyurdu.</h2></div>',
      ),
      'üç sulama barajı için uluslararası ihale',
      'nothing left out here',
    ));
  it('GUARD: leaves out a box of the header with a heading of its own beside the line', () =>
    expectReadsWithout(
      page(
        '<div class="news-detail-spot"><h3>Son Dakika</h3><h2>Kabil’de bir pazar yerinde yangın çıktı, itfaiye ekipleri bölgeye sevk edildi ve yangın söndürüldü.</h2></div>',
      ),
      'Paragraph 5 of the story',
      'Kabil’de bir pazar yerinde yangın çıktı',
    ));
});

describe('lines of mix242–246', () => {
  const french = storyWith('Un ancien juge afghan enseigne le droit belge aux nouveaux arrivants', 'Afghanistan');
  itLeavesOutLines(french, [
    'La suite après cette publicité',
    'La suite de l’article après cette annonce',
    'Votre lecture se poursuit sous cette publicité',
  ]);
  itReadsSentences(french, ['La suite après cette publicité a surpris les téléspectateurs, qui attendaient la fin du débat.']);
  const turkish = storyWith('Taliban yönetimi baraj ihalesine çıkıyor', 'Taliban');
  itLeavesOutLines(turkish, [
    'Günlük Manşet’i Google News üzerinden takip edin, gündemi kaçırmayın.',
    'Son dakika gelişmelerini anında öğrenmek için uygulamamızı indirin.',
  ]);
  itReadsSentences(turkish, [
    'Bakanlık, vatandaşlardan gelişmeleri resmi hesap üzerinden takip etmelerini istedi.',
    'Şirket, müşterilerine “uygulamamızı indirin” çağrısı yaptığı reklamları geri çekti.',
  ]);
});

describe('Japanese lines of mix243–244', () => {
  const story = jaStoryWith('「書かない窓口」導入から半年　マイナンバーカードで手続き短縮', 'マイナンバーカード');
  /** The story's text with `line` between its paragraphs. */
  const between = (line: string) =>
    load(
      `<body><article><h1>「書かない窓口」導入から半年</h1><div class="article_text">${jaProse('マイナンバーカード', 3)}${line}${jaProse('住民', 3)}</div></article></body>`,
    );
  it('leaves out a 【あわせて読みたい】 line that is one link, between the paragraphs', () =>
    expectReadsWithout(
      between(
        '<p class="also_read"><a href="https://news.harbor.example/articles/aw01f9d2">【あわせて読みたい】県内の公立病院、来春から診察券の電子化を拡大へ</a></p>',
      ),
      '政府は住民をめぐる情報収集',
      '診察券の電子化を拡大へ',
    ));
  it('leaves out a company blog’s free-download link line, between the paragraphs', () =>
    expectReadsWithout(
      between(
        '<p><a class="cta-text-link" href="https://www.miraiworks.example/download/myna-checklist?utm_source=blog">【無料】人事担当者向け マイナ保険証 移行チェックリストをダウンロードする</a></p>',
      ),
      '政府は住民をめぐる情報収集',
      '移行チェックリスト',
    ));
  itLeavesOutJapaneseLines(story, ['PR：入社手続きのペーパーレス化なら、ミライ労務クラウドを30日間無料でお試しいただけます。']);
  itReadsSentences(story, [
    '同社の広報担当者は、PR：という表記を広告の冒頭に入れるよう指導していると話した。',
    '【無料】と書かれた資料のダウンロードをきっかけに営業電話がかかってくる例もあるという。',
  ]);
});
