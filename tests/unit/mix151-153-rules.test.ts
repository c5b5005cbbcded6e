/**
 * What mix151–153 showed, read sealed once on ae3471a (mix153), a0483f1 (mix151) and 5fcd5a5 (mix152) and used in session 49: a Japanese regional
 * broadcaster's note on how long its video stays online (「※動画の配信期間は放送日から30日間です。」) and its tip box's call for
 * tips and footage (its heading 「情報提供のお願い」 is no stock line: a police appeal printed in a story has it too); a box headed
 * by a title's paragraph that is a stock line, with a link, left out as one headed by a heading is; an Ippen paper's
 * "Rubriklistenbild: © …" credit closing the story; a French daily's topic box offering an alert when a story on the topic
 * appears; a Japanese daily's link line to a photo page opening 【写真】; a ministry release's 「ページ番号：…」 line. The cases that are not GUARDs fail on the code
 * their set was read on.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('a broadcaster’s lines and boxes in mix151–153', () => {
  const story = jaStoryWith('【独自】色丹島の元島民が残した日記約40冊　根室の資料館が来春公開へ', '北方領土');
  itLeavesOutJapaneseLines(story, ['※動画の配信期間は放送日から30日間です。', 'この動画の公開期間は7日間となります。']);
  itReadsSentences(story, [
    '動画の配信期間は、これまでの7日間から30日間に延びます。',
    '資料館では、元島民の皆さんからの写真や手紙を募集しています。',
  ]);
  it('leaves out a broadcaster’s call for tips and footage in its tip box', () =>
    expectReadsWithout(
      story(
        '<div class="article-body__info-request info-request"><p class="info-request__ttl">情報提供のお願い</p><p class="info-request__txt">HBTでは、皆さんからの情報や動画・写真を募集しています。身近な出来事や事件・事故の映像など、こちらからお寄せください。</p><a href="/news/tips/" class="info-request__btn">情報・動画を投稿する</a></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '身近な出来事や事件・事故の映像など',
    ));
  it('leaves out a members’ gate headed by a title’s paragraph that is a stock line, with its links and note (mix4)', () =>
    expectReadsWithout(
      story(
        '<div class="p-member-gate__box"><p class="p-member-gate__ttl">ここから先は「カレント・クラブ」会員の方だけがお読みいただけます</p><div class="p-member-gate__btns"><a class="btn-join" href="/club/join">31日間無料で続きを読む</a></div><p class="p-member-gate__note">※無料期間中に解約すれば料金は一切かかりません。</p></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '無料期間中に解約すれば',
    ));
  it('GUARD: reads a box of the story headed by a paragraph that is no stock line', () =>
    expect(
      articleText(
        story(
          '<div class="museum"><p class="museum__ttl">資料館の特別展</p><p class="museum__txt">元島民の日記の一部は、来年4月から<a href="/museum/">北方領土資料館</a>の特別展で公開されることになっています。館は遺族の了承を得て、日記をデジタル化する作業を進めています。</p></div>',
        ),
      ),
    ).toContain('日記をデジタル化する作業を進めています'));
});

describe('credits, alerts and photo links in mix151–153', () => {
  const story = storyWith('Afghan baker opens a second shop in Offenbach', 'the bakery');
  itLeavesOutLines(story, [
    'Rubriklistenbild: © Renate Hölzl/Mainufer-Bote',
    "Recevez une alerte dès qu'un article sur ce sujet est publié.",
    'Get an email alert when a new article on this topic is published.',
    'Erhalten Sie eine Benachrichtigung, sobald ein neuer Artikel zu diesem Thema erscheint.',
  ]);
  itReadsSentences(story, [
    'Titelbild des Magazins war ein Foto der Bäckerei, aufgenommen im Sommer von einem Kunden.',
    'Get alerts when the river rises: the county now texts residents in the flood zone, officials said.',
  ]);
  it('leaves out a link line to a photo page opening 【写真】', () =>
    expectReadsWithout(
      load(
        `<body><article><h1>北朝鮮が弾道ミサイル発射</h1><div class="ArticleBody_body">${jaProse('北朝鮮', 2)}<p class="ArticleBody_photoLink"><a href="/photo/AS20261206000815.html">【写真】発射を受けて首相官邸で記者団の取材に応じる高畑首相</a></p>${jaProse('ミサイル', 5)}</div></article></body>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '記者団の取材に応じる高畑首相',
    ));
});

describe('a ministry release’s lines in mix151–153', () => {
  const release = jaStoryWith('北方領土元島民による墓参の実施について', '北方領土');
  itLeavesOutJapaneseLines(release, ['ページ番号：pressit_000318']);
  itReadsSentences(release, ['ページ番号は、旧サイトの記事番号をそのまま引き継いでいます。']);
});
