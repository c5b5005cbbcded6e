/**
 * What mix154–156 showed, read sealed once on 3c12057 (the session's rules after the second reading) for a measure and then
 * used in session 49: a UK broadsheet's support appeal after the body, as a box of its own beside it (three paragraphs, a
 * heading, a button to its contribution page); a Norwegian paper's upsell box, its heading after a "Pluss" badge; a think
 * tank's bold "Related Event:" paragraph; a Japanese daily's note on following a topic; a note-style post's plea for support,
 * follow prompt, paid-part teaser and membership offer. The cases that are not GUARDs fail on 3c12057. Left as is: the post's
 * author card (avatar, name, profile, follow button), read.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('appeals and upsells of mix154–156', () => {
  /** Paragraphs as long as a broadsheet's, so that the body's own container is the article's text and its siblings join it. */
  const longProse = (topic: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>Paragraph ${i} of the report on ${topic}, which researchers at a threat lab pieced together from leaked files, payroll records and interviews with six company founders, shows how remote contractors were hired, paid in stablecoins and kept online by helpers in three towns, while their employers saw nothing amiss for months.</p>`,
    ).join('');
  it('leaves out a support appeal of three paragraphs in a box of its own after the body', () =>
    expectReadsWithout(
      load(
        `<head><link rel="canonical" href="https://www.thechronicle.example/world/2026/dec/05/north-korea-it-workers"></head><body><main><article><div data-gu-name="headline"><h1>How North Korean IT workers got jobs at British startups</h1></div><div data-gu-name="body"><div id="maincontent" class="article-body-commercial-selector"><h2>Laptop farms</h2>${longProse('the workers', 5)}<h2>Sanctions exposure</h2>${longProse('the sanctions', 5)}</div><div id="slot-body-end"><gu-island name="SlotBodyEnd"><div data-component="contributions-epic"><div><h2>Not everyone can afford to pay for news. But you can.</h2><p>Before you move on, we’re hoping you’ll consider supporting the Chronicle’s independent journalism. We have no shareholders and no billionaire owner, which means our reporting is free from commercial influence.</p><p>Reporting like this, tracing money across borders through leaked records, takes months and costs a great deal. Your support keeps it open for everyone to read, whatever their ability to pay.</p><p><strong>Support the Chronicle from as little as £1 – it only takes a minute. If you can, please consider supporting us with a regular amount each month. Thank you.</strong></p><div><a href="https://support.thechronicle.example/contribute?INTCMP=epic">Support us</a><button type="button">Remind me in January</button></div></div></div></gu-island></div></div></article></main></body>`,
      ),
      'Paragraph 4 of the report on the sanctions',
      'takes months and costs a great deal',
    ));
  it('leaves out an upsell box whose heading follows a badge', () =>
    expectReadsWithout(
      storyWith(
        'Fra Kabul til Storgata: familien åpnet bakeri',
        'bakeriet',
      )(
        '<section class="plus-offer"><span class="premium-badge">Pluss</span><h2>Du leser nå en plussak fra Fjordposten</h2><p>Takk for at du er abonnent! Visste du at abonnementet ditt også gir tilgang til over 100 lokalaviser?</p><a class="btn" href="/plussalt">Oppgrader til +Alt for 49 kr</a></section>',
      ),
      'Paragraph 5 of the story',
      'Visste du at abonnementet ditt',
    ));
  it('GUARD: reads a box of the story headed after a badge by a heading that is no stock line', () =>
    expect(
      articleText(
        storyWith(
          'Fra Kabul til Storgata: familien åpnet bakeri',
          'bakeriet',
        )(
          '<section class="fact-box"><span class="badge">Fakta</span><h2>Bakeriet i Storgata</h2><p>Bakeriet åpnet i mars og har fem ansatte. Det selger rundt 400 brød i uka, de fleste før klokka ti.</p><a href="/kart/storgata">Se kart</a></section>',
        ),
      ),
    ).toContain('Det selger rundt 400 brød i uka'));
  it('leaves out a think tank’s bold “Related Event:” paragraph with its link', () =>
    expectReadsWithout(
      storyWith(
        'North Korea’s barter economy after the UN panel',
        'the barter trade',
      )(
        '<div class="field--name-field-callout-text"><p><strong>Related Event:</strong> Join CPSS scholars on December 16 for “Sanctions After the Panel: Monitoring North Korea Without the UN,” a hybrid discussion in Washington. <a href="/events/sanctions-after-the-panel">Register here</a>.</p></div>',
      ),
      'Paragraph 5 of the story',
      'Join CPSS scholars on December 16',
    ));
});

describe('lines of mix154–156', () => {
  itLeavesOutLines(storyWith('Familie herenigd na vier jaar', 'het gezin'), ['Du leser nå en plussak fra Fjordposten']);
  const post = jaStoryWith('デジタル庁5年目の通信簿――マイナ保険証の窓口で見た「紙」の逆襲', 'デジタル庁');
  itLeavesOutJapaneseLines(post, [
    'トピックをフォローすると、新着情報のチェックやまとめ読みがしやすくなります。',
    '取材は自費で続けています。記事が役に立ったと思ったら、サポートをお願いします。いただいたサポートは交通費と資料代に使わせていただきます。',
    'この記事が気に入ったら、早瀬千尋さんをフォローしてみませんか？新しい記事が公開されると通知が届きます。',
    'この記事の続きでは、北関東の診療所が独自に作った「受付マニュアル」の中身と、来年度予算で何が変わるのかを詳しく書いています。',
    'このクリエイターのメンバーシップに参加すると、この記事を含むすべての有料記事が読めます',
  ]);
  itReadsSentences(post, [
    '同庁は、記事が役に立ったと思った利用者に評価を付けてもらう仕組みも試している。',
    'この記事の続きは来週、現場の声を中心にお届けする予定だ。',
  ]);
});
