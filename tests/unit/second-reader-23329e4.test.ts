/**
 * Second reader's probes of 23329e4 (on d144730): where the change reads worse. The split-story rule no longer counts the
 * `main` around the story's own `article`, so story text the site puts in that `main` after the `article` (the body's
 * last paragraphs, a correction) is lost; the new furniture words name story boxes (a reporter's photo, a Q&A with
 * reporters, a kids' reporter's account, a reporter's interview intro, app download steps in a story about the app, a
 * mail-magazine sample in a how-to). Each case fails on 23329e4 and passes on d144730; the class words were narrowed after it,
 * and the two split-story cases are kept as expected failures (see there).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';

// Expected to fail while 23329e4's split-story rule stands: the story's own `article` bounds it unless the `main` around it holds
// clearly more prose (the later rule, a quarter more), as README's "How detection behaves" says of the article element. What
// a site puts in that `main` after the `article` (mix318's premium offer, mix38's live-channel promo) was furniture on the
// sets, a correction or a continued body on none of them; these two cases are the price, kept visible.
describe("story text in the main around the story's own article (split-story rule)", () => {
  const page = (after: string) =>
    load(
      `<body><div class="page"><main class="page__main"><article class="article"><h1>Game studio sold to Tencent, staff share the proceeds</h1><div class="article__body">${prose('the studio', 7)}</div></article>${after}</main><aside class="page__sidebar"><h2>Most read</h2><ul><li><a href="/a">Storm closes bridge</a></li><li><a href="/b">Council raises fees</a></li></ul></aside></div></body>`,
    );
  it.fails("reads the body's last paragraphs, continued in a box after the article", () => {
    const text = articleText(
      page(
        '<div class="article__body article__body--rest"><p>The sale is expected to close in the spring, after the competition authority has reviewed the deal, the company said on Monday.</p><p>Staff who joined after the deal was signed will not share in the proceeds, according to the agreement seen by the newspaper.</p></div>',
      ),
    );
    expect(text).toContain('Paragraph 6 of the story');
    expect(text).toContain('expected to close in the spring');
    expect(text).toContain('Staff who joined after the deal');
  });
  it.fails("reads a correction the site appends after the story's article", () => {
    const text = articleText(
      page(
        '<p class="correction">Correction: An earlier version of this story misstated the number of staff at the studio. There are 38, not 83.</p>',
      ),
    );
    expect(text).toContain('Paragraph 6 of the story');
    expect(text).toContain('Correction: An earlier version of this story');
  });
});

describe('story boxes named with the new furniture words (class words)', () => {
  it("reads the caption of a reporter's own photo (figure.reporter-photo)", () =>
    expect(
      articleText(
        storyWith(
          'Life on the river, one ferry at a time',
          'the river',
        )(
          '<figure class="reporter-photo"><img src="/img/ferry.jpg" alt=""><figcaption>A ferryman waits for passengers at dawn on the east bank of the river near the old mill.</figcaption></figure>',
        ),
      ),
    ).toContain('A ferryman waits for passengers'));
  it('reads the answer in an "ask the reporter" Q&A box', () =>
    expect(
      articleText(
        storyWith(
          'Your questions on the budget, answered',
          'the budget',
        )(
          '<div class="ask-the-reporter"><h3>Will my council tax go up?</h3><p>Most households will see a rise of about four percent in April, our political reporter said, though some councils have frozen it.</p></div>',
        ),
      ),
    ).toContain('Most households will see a rise'));
  it("reads a kids' news site's kid-reporter account", () =>
    expect(
      articleText(
        storyWith(
          'Students meet the mayor at city hall',
          'the mayor',
        )(
          '<div class="kid-reporter"><p>I asked the mayor why the playground was closed, and she said it would reopen in June after new swings are fitted.</p></div>',
        ),
      ),
    ).toContain('I asked the mayor why the playground'));
  it("reads an interview's reporter-intro (the interviewer's scene-setting)", () =>
    expect(
      articleText(
        storyWith(
          '"I still get nervous": an interview with the conductor',
          'the orchestra',
        )(
          '<div class="reporter-intro"><p>The conductor met us in her dressing room an hour before the concert, still in a rain jacket from the walk.</p></div>',
        ),
      ),
    ).toContain('The conductor met us in her dressing room'));
  it('reads the download steps in a story about a city app (app-download-guide)', () =>
    expect(
      articleText(
        storyWith(
          'How to use the new transit app',
          'the app',
        )(
          '<div class="app-download-guide"><ol><li>Open the App Store or Google Play and search for the name of the city transit app.</li><li>Allow location access so the app can show the nearest stops and departure times.</li></ol></div>',
        ),
      ),
    ).toContain('Allow location access so the app'));
  it("reads a how-to's mail-magazine sample (mailmaga-sample)", () =>
    expect(
      articleText(
        jaStoryWith(
          'メルマガ配信の始め方',
          'メルマガ',
        )(
          '<div class="mailmaga-sample"><p>件名：【春の新作】今週のおすすめ商品をご紹介します。本文の冒頭で読者の名前を呼びかけると開封率が上がります。</p></div>',
        ),
      ),
    ).toContain('本文の冒頭で読者の名前を'));
  it("reads a broadcaster's reporter's explainer (news-reporter)", () =>
    expect(
      articleText(
        jaStoryWith(
          '記者解説 能登の今',
          '能登',
        )(
          '<div class="news-reporter"><p>現地で取材を続けてきた記者は、仮設住宅での暮らしが長引くなかで、住民の孤立が深刻になっていると話します。</p></div>',
        ),
      ),
    ).toContain('仮設住宅での暮らしが長引く'));
});
