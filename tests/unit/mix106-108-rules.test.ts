/**
 * What mix106–108 showed, read sealed on 50f6a42: a community radio's funder line, a Wix post list of dated titles and
 * excerpts beside the report (taken for its standfirst); a Belgian site's "Retrouvez toute l'actualité" pointer and tip line, a
 * union's leave to publish and the credit after a caption set as a paragraph under its picture, a portal's Google News follow
 * line; a Japanese paper's paywall offer, print note and tip appeal, a county's credit line, document link, media contact and the
 * boilerplate after its "###", an Italian release's number line. The cases that are not GUARDs fail on 50f6a42.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';

const story = storyWith('Sheriff launches Veterans Response Team', 'the team');

describe('site lines of mix106–108', () => {
  itLeavesOutLines(story, [
    'This program is supported by the Community Broadcasting Foundation.',
    "Retrouvez toute l'actualité de Grâce-Hollogne et de sa région sur notre page dédiée.",
    'Vous avez une info à nous communiquer ? Écrivez à la rédaction via notre formulaire Alertez-nous, c’est confidentiel.',
    'Diese Pressemitteilung ist zur Veröffentlichung frei. Bei Verwendung des Fotos bitten wir um Angabe des Bildnachweises.',
    'Comunicato stampa n. 214/2026 – Ufficio Stampa del Comune di Valdiflora',
    'Follow Punjab Pulse Today on Google News for the fastest updates from your district.',
  ]);
  itLeavesOutJapaneseLines(jaStoryWith('北方領土の証言を3D地図で公開', '北方領土'), [
    '有料会員になると、会員限定記事が読み放題。紙面ビューアーや過去記事検索もご利用いただけます。',
    '※本紙をご購読中の方は、追加料金なしで全ての記事をお読みいただけます（要登録）。',
    '※この記事は12月6日付朝刊根室・釧路面に掲載した記事に一部加筆しました。',
    '道東日報は読者の皆さんからの情報提供をお待ちしています。身近な疑問や地域の話題を、下のフォームからお寄せください。',
  ]);
  it("leaves out a county's credit line, document link and media contact, and what follows its ###", () => {
    const text = articleText(
      story(
        '<p><em>Photo courtesy of Tamarack County Sheriff\'s Office</em></p><p><a href="/DocumentCenter/View/5521">Download the Veterans Response Team fact sheet (PDF)</a></p><p><span><strong>Media contact:</strong><br>Sgt. Kayla Brandvold, Public Information Officer<br>218-555-0147 | kayla.brandvold@tamarack.example</span></p><p>###</p><p><em>The Tamarack County Sheriff’s Office provides law enforcement services to more than 48,000 residents across 1,150 square miles.</em></p>',
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    for (const gone of ['Photo courtesy', 'fact sheet', 'Public Information Officer', 'provides law enforcement services'])
      expect(text).not.toContain(gone);
  });
  it('leaves out the credit after a caption set as a paragraph under its picture, and reads the caption', () => {
    const text = articleText(
      storyAroundWith(
        'Afghanische Journalisten warten in Islamabad',
        'the union',
        'the visas',
      )(
        '<p><img src="/mahnwache.jpg" alt="Mahnwache" width="620" height="349"></p><p><span><em>Mahnwache afghanischer Medienschaffender vor dem Düsseldorfer Landtag im Oktober 2026.</em> Foto: DMJ NRW / Sabine Krähling</span></p>',
      ),
    );
    expect(text).toContain('Mahnwache afghanischer Medienschaffender');
    expect(text).not.toContain('Sabine Krähling');
  });
  itReadsSentences(story, [
    'This program is supported by the state government and will expand to two more counties next year.',
    'Photo courtesy of Anna Berg, who kept the album for forty years, the exhibition opens on Friday.',
    'Diese Pressemitteilung ist nach Angaben des Ministeriums nie veröffentlicht worden.',
  ]);
  it('GUARD: reads on after a story\'s "* * *" between its sections', () =>
    expect(articleText(story(`<p>* * *</p>${prose('the second part', 2)}`))).toContain('that the second part was discussed'));
});

describe("a Wix post list beside a councillor's report (mix106)", () => {
  const item = (n: number) =>
    `<div id="comp-item__item-k${n}" class="GPmm8Z comp-item wixui-repeater__item" role="listitem"><div data-testid="inline-content"><div class="HcOXKn wixui-rich-text"><p class="font_9">2026.11.${10 + n}</p></div><div class="HcOXKn wixui-rich-text"><p class="font_8"><span><a href="/official/katsudou-202611${10 + n}">地域の防災訓練に参加しました（その${n}）</a></span></p></div><div class="HcOXKn wixui-rich-text"><p class="font_9"><span>津波を想定した避難訓練に、地域の皆さんと一緒に参加しました。冬の避難所運営の課題も見えてきました。${n}</span></p></div></div></div>`;
  it('leaves out its dated titles and excerpts, and takes none of them for the standfirst', () => {
    const text = articleText(
      load(
        `<head><title>12月議会で北方領土問題の啓発を質問しました | 佐々木ゆうと</title></head><body><main id="PAGES_CONTAINER"><section class="wixui-section"><h1 class="font_0">活動報告</h1><div class="comp-list" role="list">${[1, 2, 3, 4].map(item).join('')}</div>` +
          `<div class="HcOXKn wixui-rich-text"><h2 class="font_2">12月議会で北方領土問題の啓発を質問しました</h2></div><div class="HcOXKn wixui-rich-text">${Array.from({ length: 6 }, (_, i) => `<p class="font_8">関係者によりますと、${i + 1}回目の協議は来月にも開かれる見通しで、市は北方領土をめぐる啓発を進めることにしています。</p>`).join('')}</div></section></main></body>`,
      ),
    );
    expect(text).toContain('6回目の協議は来月にも開かれる見通しで');
    expect(text).not.toContain('津波を想定した避難訓練');
  });
});
