/**
 * What mix263–268 showed, read sealed once in session 55 on ebac669 (193/194 article fragments, 8/198 others): a Czech
 * portal's lead caption in a picture box whose links open the story's gallery by its id as a folder, missed; German and
 * Italian ad-slot lines, a wire's line on where to send corrections, a Philippine paper's social media line, a Japanese
 * comment section's note, a reporter's profile opening with the desk, an app line, and an AFFINGER blog card under
 * 「あわせて読みたい」 that is one link as a whole. The cases that are not GUARDs fail on ebac669. The Czech caption's rule, a
 * gallery link with the story's id as a folder, is `leadsToOwnStory`'s (page-address.test.ts); mix263's page in
 * layout-fixtures.test.ts reads the caption with it.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('lines of mix264, mix266 and mix268', () => {
  const story = storyWith('Wire: customs seize North Korea-bound machine parts', 'North Korea');
  itLeavesOutLines(story, [
    'Anzeige – Artikel wird unterhalb fortgesetzt',
    'Continua a leggere sotto la pubblicità',
    'For feedback or corrections regarding this story, please contact the Formosa Wire English News desk at desk@wire.example.',
    'Don’t miss out on the latest news and information from the regions. Follow us on our social media pages and turn on notifications.',
  ]);
  itReadsSentences(story, [
    'Der Artikel wird unterhalb der Brücke fortgesetzt, sagte der Bauleiter, weil dort die Pfeiler stehen.',
    'For feedback on this story, the council said, residents were sent a survey in November.',
    'Follow us on our social media pages, the mayor told residents, and you will see the new timetable first.',
  ]);
});

describe('Japanese lines of mix265 and mix268', () => {
  const story = jaStoryWith('マイナンバーカードの出張窓口、山あいの集落を巡回', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    'こちらは、みなさまの感想や意見を共有する場です。誹謗中傷や差別的な表現を含む投稿は非表示になることがあります。',
    '長野総局記者。医療と地域交通を中心に、人口減少が進む山あいの暮らしを取材している。',
    '東都新聞アプリなら、気になるニュースの速報をプッシュ通知でいち早くお届けします。',
  ]);
  itReadsSentences(story, [
    '住民からは「こちらは、みんなの意見を聞く場ですか」との声も上がった。',
    '同社の記者は「地域交通を中心に取材している」と話した。',
  ]);
});

describe('a blog card under 「あわせて読みたい」 that is one link as a whole (mix267)', () => {
  const card = (label: string) =>
    `<a href="https://yurukakei-lab.example/furusato-onestop/" class="st-cardlink"><div class="kanren st-cardbox"><div class="st-cardbox-label"><span class="st-cardbox-label-text">${label}</span></div><dl class="clearfix"><dt class="st-card-img"><img width="150" height="150" src="/onestop-150x150.jpg" alt=""></dt><dd><h5 class="st-cardbox-t">ふるさと納税のワンストップ特例、申請書の書き方で迷ったポイントまとめ</h5><div class="st-card-excerpt"><p>初めての申請で、本人確認書類のコピーをどう貼ればいいのか迷ったので解説します。</p></div><p class="cardbox-more">続きを見る</p></dd></dl></div></a>`;
  const story = jaStoryWith('マイナンバーカードの更新、市役所で迷ったこと', 'マイナンバーカード');
  it('leaves out the card', () =>
    expectReadsWithout(story(card('あわせて読みたい')), '5回目の協議は来月にも開かれる見通しで', 'ワンストップ特例、申請書の書き方'));
  it('GUARD: reads such a card under a label that sends no one on', () =>
    expectReadsWithout(story(card('この記事で使った申請書')), 'ワンストップ特例、申請書の書き方', 'nothing left out here'));
});
