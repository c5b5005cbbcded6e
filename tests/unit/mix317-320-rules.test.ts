/**
 * What mix317–320 showed, read sealed once in session 58 on d144730 (133/133 article fragments, 7/136 others): a Swedish
 * tabloid's premium offer after the story's `article`, read because the story's `main` scored nearly as high as its body and
 * was taken for a second part of a split story; app promos inside the story (a Turkish portal's with store badges, a
 * Japanese broadcaster's `content--app-promo`); reporters' profile boxes under the story (a Korean daily's `view-article-reporter`,
 * now left out as an author's note whose name links to the reporter's page the byline links to; a Japanese broadcaster's
 * `content--reporter`, still read: class words for reporters' boxes were tried and dropped, see there); a think tank's
 * mail-magazine box in its column. Each line is probed on its
 * set's own page, kept in the fixtures; small pages built like them follow, most of which d144730 read right too (the
 * Japanese reporter box is the one it did not). The cases that are neither GUARDs nor under "small pages" fail on d144730.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout } from './site-lines';
import { jaProse, jaStoryWith, load, prose, storyWith } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe('the lines mix317–320 read, on their own pages', () => {
  it.each([
    ['mix318/03-kvallsbladet-spelstudio-skovde.html', 'Med Premium får du tillgång', 'Spelstudion i Skövde säljs till Tencent'],
    ['mix318/03-kvallsbladet-spelstudio-skovde.html', 'Läs allt från Kvällsbladet', 'Spelstudion i Skövde säljs till Tencent'],
    ['mix317/01-gundemekspres-kooperatif.html', 'uygulamasını indirin', 'Alibaba vitrini sayesinde'],
    ['mix317/02-skb-mynumber-madoguchi.html', 'SKBニュースアプリでは', '平日は病院通いで時間がなく'],
    ['mix318/01-korea-morning-post-radio-archive.html', 'Park Ji-won covers inter-Korean', "Retired engineer's 40 years of tapes"],
    ['mix318/02-jfpf-commentary-alliance.html', '新着のコメンタリーをいち早く', '事務局の存在は'],
  ])('%s: leaves out "%s…" and reads the story', (file, gone, kept) => {
    const text = fixture(file);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});

describe('small pages built like them', () => {
  describe("the boxes after the story's own article (mix318)", () => {
    const page = (after: string) =>
      load(
        `<body><div class="page"><main class="page__main"><article class="article"><div class="article__header"><h1>Game studio sold to Tencent, staff share the proceeds</h1><p class="article__preamble">Three years ago the studio was close to bankruptcy. Now the Chinese giant buys a majority and all 38 staff get a share.</p></div><div class="article__body">${prose('the studio', 7)}</div></article>${after}</main><aside class="page__sidebar"><h2>Most read</h2><ul><li><a href="/a">Storm closes bridge</a></li><li><a href="/b">Council raises fees</a></li></ul></aside></div></body>`,
      );
    it('leaves out a premium offer after the article, in the same main', () =>
      expectReadsWithout(
        page(
          '<section class="premium-offer"><span class="badge">Premium</span><h2 class="premium-offer__title">Read everything from the Courier – 1 dollar the first month</h2><p class="premium-offer__text">With Premium you get our investigations, features and the experts\' analyses. No commitment, cancel when you like.</p><a class="btn" href="/premium/">Get Premium</a></section>',
        ),
        'Paragraph 6 of the story',
        'With Premium you get our investigations',
      ));
    it("GUARD: still reads the story's headline and standfirst", () => {
      const text = articleText(page(''));
      expect(text).toContain('Game studio sold to Tencent');
      expect(text).toContain('Three years ago the studio');
    });
  });

  describe('app promos inside the story (mix317)', () => {
    const story = storyWith('Weavers find buyers abroad through Alibaba', 'the cooperative');
    it('leaves out a download box with store badges', () =>
      expectReadsWithout(
        story(
          '<div class="app-download-inline"><p class="app-download-inline__text">Download the Daily Express app and get breaking news straight to your pocket.</p><a href="https://apps.apple.example/app/id1">App Store</a> <a href="https://play.google.example/store/apps/details?id=x">Google Play</a></div>',
        ),
        'Paragraph 5 of the story',
        'Download the Daily Express app',
      ));
    it("leaves out a broadcaster's app box named content--app-promo", () => {
      const ja = jaStoryWith('マイナ保険証、休日窓口を開設', 'マイナンバーカード');
      expectReadsWithout(
        ja(
          '<div class="content--app-promo"><p class="app-promo__text">SKTニュースアプリでは、県内の防災情報や地域のニュースをいち早くお届けしています。</p><a href="/app/">アプリの詳細はこちら</a></div>',
        ),
        '5回目の協議は来月にも開かれる見通しで',
        'SKTニュースアプリでは',
      );
    });
    it('GUARD: reads a story box on an app named otherwise (a review of an app)', () =>
      expect(
        articleText(
          story(
            '<div class="app-review"><p>The cooperative built its own ordering app last spring, and buyers in Hamburg now place most of their orders through it.</p></div>',
          ),
        ),
      ).toContain('built its own ordering app'));
  });

  describe("reporters' profile boxes under the story (mix317, mix318)", () => {
    const korean = (box: string) =>
      load(
        `<body><main><div class="article-wrap"><h1>Retired engineer's tapes find a home in Paju</h1><div class="view-article-info"><a href="/reporter/park-jiwon" class="reporter-name">Park Ji-won</a></div><div id="article_body" class="article-content">${prose('the archive', 6)}</div>${box}</div></main></body>`,
      );
    it("leaves out a Korean daily's view-article-reporter box", () =>
      expectReadsWithout(
        korean(
          '<div class="view-article-reporter"><div class="reporter-info"><a href="/reporter/park-jiwon" class="reporter-name">Park Ji-won</a><p class="reporter-desc">Park Ji-won covers inter-Korean affairs and the border regions for the national desk.</p><a href="/reporter/park-jiwon" class="more">More articles by this reporter</a></div></div>',
        ),
        'Paragraph 5 of the story',
        'covers inter-Korean affairs',
      ));
    // Expected to fail: no class word names a reporter's box (mix190's guard: such a box is judged by whether the byline links
    // to the reporter's page, and this one links nowhere); the line is listed as readAnyway in mix317.
    it.fails("leaves out a Japanese broadcaster's content--reporter box", () => {
      const ja = (box: string) =>
        load(
          `<body><main><h1 class="content--title">マイナ保険証、休日窓口を開設</h1><div class="content--detail-body">${jaProse('マイナンバーカード')}</div>${box}</main></body>`,
        );
      expectReadsWithout(
        ja(
          '<div class="content--reporter"><div class="reporter__body"><p class="reporter__role">汐見放送局 記者</p><p class="reporter__name">浦崎 俊</p><p class="reporter__profile">2019年入局。県政と地域医療の取材を担当し、休日は県内の古い山城をめぐるのが楽しみです。</p></div></div>',
        ),
        '5回目の協議は来月にも開かれる見通しで',
        '県政と地域医療の取材を担当し',
      );
    });
    it("GUARD: reads a Reporter's Notebook column's box", () =>
      expect(
        articleText(
          storyWith(
            'From the border, a notebook',
            'the border',
          )(
            '<div class="reporter-notebook"><p>The checkpoint opened at six, and by seven the queue of trucks stretched past the last petrol station before the river.</p></div>',
          ),
        ),
      ).toContain('The checkpoint opened at six'));
  });

  describe("a think tank's mail-magazine box in its column (mix318)", () => {
    const ja = jaStoryWith('日米同盟の調整メカニズムをどう強化するか', '日米同盟');
    it('leaves out box-mailmagazine-inline', () =>
      expectReadsWithout(
        ja(
          '<div class="box-mailmagazine-inline"><p class="box-mailmagazine-inline__text">新着のコメンタリーをいち早くお届けします。メールマガジン（無料）へのご登録はこちらから。</p><a href="/mailmagazine/entry.aspx">登録する</a></div>',
        ),
        '5回目の協議は来月にも開かれる見通しで',
        '新着のコメンタリーをいち早く',
      ));
  });
});
