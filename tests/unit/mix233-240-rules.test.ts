/**
 * What mix233–240 showed, read sealed once in session 54 on b9be7af (254/254 article fragments, 5/265 others): an Indian
 * paper's "Next Story" box after the story (the next story's linked headline, standfirst and first lines), a Norwegian tip
 * line with its address, a Japanese broadcaster's app box (its badges lead to .example addresses, as the brief asked; a real
 * one leads to the stores or through an app-link service, which these probes use), a Polish portal's "Dalszy ciąg materiału
 * pod wideo" over its video, and a Japanese news site's invitation to its mail magazine. The cases that are not GUARDs fail
 * on b9be7af; second-reader-ee6e16d.test.ts holds the cases that narrowed them.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const STORY = 'https://www.ledger.example/india-news/afghan-students-get-visa-reprieve-101765012345678.html';
/** The site's list of latest stories, between the story and the box after it. */
const LATEST = `<div class="latestNews"><h2>Latest News</h2><ul>${[
  'Monsoon session to open on July 21',
  'Metro line 3 gets safety nod',
  'Sensex ends flat after volatile day',
]
  .map((title, i) => `<li><a href="https://www.ledger.example/india-news/latest-${i}.html">${title}</a></li>`)
  .join('')}</ul></div>`;
/** A story page whose story box has the site's latest stories and `beside` after it, in the same section. */
const storyBeside = (beside: string) =>
  load(
    `<head><link rel="canonical" href="${STORY}"></head><body><section class="mainSec"><div class="fullStory current"><h1>Afghan students in Pune get one-year visa reprieve</h1>${prose('Afghan', 14)}</div>${LATEST}${beside}</section></body>`,
  );

describe('boxes beside the story of mix235', () => {
  it('leaves out the next story’s box: its linked headline, standfirst and first lines', () =>
    expectReadsWithout(
      storyBeside(
        '<div class="fullStory nextStory" data-next-story="true"><div class="nextStoryLabel">Next Story</div><h2 class="nextHdg"><a href="https://www.ledger.example/india-news/maharashtra-helpline-101765005566778.html">Maharashtra to set up 24x7 helpline for foreign nationals in distress</a></h2><h3>The helpline, run with the police control room, will offer assistance in eight languages from January</h3><div class="storyDetails"><p>MUMBAI: The state home department will launch a round-the-clock helpline for foreign nationals facing emergencies, officials said on Saturday, adding that it would be staffed by trained volunteers...</p></div><a class="readFull" href="https://www.ledger.example/india-news/maharashtra-helpline-101765005566778.html">Read Full Story</a></div>',
      ),
      'Paragraph 5 of the story',
      'Maharashtra to set up 24x7 helpline',
    ));
  it('GUARD: reads the story’s second part, opening with a subhead of its own', () =>
    expectReadsWithout(
      storyBeside(
        '<div class="fullStory part"><h2>What the students want next</h2><p>The students said they would ask the ministry for a two-year extension, so that those in the final year of their degrees could finish without another application.</p></div>',
      ),
      'The students said they would ask the ministry for a two-year extension',
      'nothing left out here',
    ));
  it('GUARD: reads a part whose linked subhead leads to the page itself (a live blog’s entry)', () =>
    expectReadsWithout(
      storyBeside(
        `<div class="fullStory part"><h2><a href="${STORY}">Ministry answers the students</a></h2><p>The ministry said on Friday evening that it would look at each case, and that no student would be asked to leave before the end of the academic year.</p></div>`,
      ),
      'The ministry said on Friday evening that it would look at each case',
      'nothing left out here',
    ));
  it('GUARD: reads a part whose subhead only holds a link among its words', () =>
    expectReadsWithout(
      storyBeside(
        '<div class="fullStory part"><h2>What <a href="https://www.ledger.example/topic/afghanistan">Afghanistan</a>’s students face at home</h2><p>Most of the students said they could not go home, where women may no longer study at universities, and where their degrees would not be recognised.</p></div>',
      ),
      'Most of the students said they could not go home',
      'nothing left out here',
    ));
});

describe('lines of mix234–235', () => {
  const story = storyWith('Rederi i Bergen stanset frakt etter sanksjoner mot Putin-vennlige eiere', 'Putin');
  itLeavesOutLines(story, [
    'Vet du mer om denne saken? Tips oss på SMS til 2440 eller send e-post til tips@bergensposten.example.',
    'Ved du mere om sagen? Tip os på 1234 eller skriv til tip@fynsposten.example.',
  ]);
  itReadsSentences(story, [
    'Politiet spør: Vet du noe om brannen? Tips oss på telefon 02800, sier operasjonsleder Kari Hansen.',
    'Vet du hva rederiet tjente i fjor? Tips oss, sa styrelederen, og pekte på tallene i årsrapporten.',
  ]);
  const polish = storyAroundWith('Centrum logistyczne pod Piotrkowem. Mieszkańcy protestują', 'the warehouse', 'the commune');
  it('leaves out the site’s video under "Dalszy ciąg materiału pod wideo"', () =>
    expectReadsWithout(
      polish(
        '<div class="embeddedVideo"><div class="embeddedVideo__continue">Dalszy ciąg materiału pod wideo</div><div class="kanetPlayer"><div class="kanetPlayer__poster"><img src="/poster.jpg" width="640" height="360" alt=""></div><div class="kanetPlayer__title">Tak wygląda teren przyszłej inwestycji. Nagranie z drona</div><button type="button" aria-label="Odtwórz wideo"></button></div></div>',
      ),
      'Paragraph 2 of the story, in which officials said, according to two sources, that the commune',
      'Dalszy ciąg materiału',
    ));
  itReadsSentences(story, ['Dalszy ciąg materiału pod wideo, jak mówi reżyser, powstanie dopiero wiosną.']);
});

describe('Japanese lines of mix234', () => {
  const story = jaStoryWith('マイナンバーカードの本人確認API、民間に開放へ', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    'TechLine NEWSの主要記事を毎朝お届けするメールマガジンに登録しませんか。行政DXやセキュリティの最新動向もまとめて読めます。',
  ]);
  itReadsSentences(story, ['同社は顧客に「メールマガジンに登録しませんか」と呼びかける営業手法を見直すとしている。']);
});

describe('app boxes of mix237 whose badges lead through an app-link service', () => {
  const story = jaStoryWith('避難所の受付、マイナンバーカードで　加賀浜町が実証', 'マイナンバーカード');
  it('leaves out the app box', () =>
    expectReadsWithout(
      story(
        '<div class="content--app-banner"><p class="content--app-banner-title">JPBニュース・防災アプリ</p><p class="content--app-banner-text">石川県のニュースや気象情報、避難の情報をプッシュ通知でお届けします。アプリの設定で「地域」を石川県にすると、この地域の最新情報が届きます。</p><ul><li><a href="https://jpbnews.onelink.me/Ab12/ios">App Storeでダウンロード</a></li><li><a href="https://jpbnews.onelink.me/Ab12/android">Google Playで手に入れよう</a></li></ul></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '避難の情報をプッシュ通知でお届け',
    ));
  it('leaves out an English app box of picture badges', () =>
    expectReadsWithout(
      storyWith(
        'Kabul bakery reopens with women at the ovens',
        'Kabul',
      )(
        '<div class="appBox"><p>Get breaking news alerts from the Harbour on your phone, and read every story of the day ad-free with your subscription.</p><a href="https://app.adjust.com/1a2b3c"><img src="/badge-ios.svg" alt="Download on the App Store"></a> <a href="https://app.adjust.com/4d5e6f"><img src="/badge-android.svg" alt="Get it on Google Play"></a></div>',
      ),
      'Paragraph 5 of the story',
      'Get breaking news alerts from the Harbour',
    ));
  it('GUARD: reads a story’s sentence that links to a store', () =>
    expectReadsWithout(
      storyWith(
        'A Kabul bakery’s app takes orders from the diaspora',
        'Kabul',
      )(
        '<p>The app is free in the <a href="https://apps.example/bakery">App Store</a> and was downloaded 40,000 times in its first month, the owners said.</p>',
      ),
      'was downloaded 40,000 times in its first month',
      'nothing left out here',
    ));
});
