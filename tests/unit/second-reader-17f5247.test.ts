/**
 * Second reader of 17f5247 (on 0d25360): story text that the new lines take away — "Scroll (down) to continue" now read as an ad
 * slot's label on its own, a free member's allowance (「無料会員の方は、…月に5本までお読みいただけます。」) in the release that
 * announces it, and 「コメントプラス」 as a whole line (a box's heading, a list item, a table cell, a screenshot's caption) in a
 * blog's review of the paper's app. Each case fails on 17f5247 and passes on 0d25360.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, storyWith } from './story-page';

describe('a blog’s review of a paper’s app, its feature 「コメントプラス」 (^コメントプラス$)', () => {
  const review = jaStoryWith('朝日新聞デジタルを1年使ってみた感想', 'アプリの使い勝手');
  const about = '記事の下に研究者や記者の解説が付く機能です。ニュースの背景が分かるので、私はいちばん気に入っています。';
  const more = '<a href="https://tsukaikata-blog.example/asahi-commentplus/">詳しい使い方はこちら</a>';
  it('reads a section headed by it, with a link to the blog’s how-to', () =>
    expect(articleText(review(`<div class="wp-block-group"><h3>コメントプラス</h3><p>${about}</p>${more}</div>`))).toContain(about));
  it('reads such a box headed by a paragraph of the name', () =>
    expect(articleText(review(`<div class="point-box"><p>コメントプラス</p><p>${about}</p>${more}</div>`))).toContain(about));
  it('reads it in a list of the app’s features', () =>
    expect(
      articleText(review('<p>主な機能は次の通りです。</p><ul><li>紙面ビューアー</li><li>コメントプラス</li><li>記事の保存</li></ul>')),
    ).toContain('コメントプラス'));
  it('reads it in a table of the app’s features', () =>
    expect(
      articleText(
        review(
          '<table><tr><th>機能</th><th>内容</th></tr><tr><td>コメントプラス</td><td>専門家の解説</td></tr><tr><td>紙面ビューアー</td><td>紙面をそのまま表示</td></tr></table>',
        ),
      ),
    ).toContain('コメントプラス'));
  it('reads it as a screenshot’s caption line', () =>
    expect(
      articleText(
        review('<div class="wp-block-image"><img src="https://tsukaikata-blog.example/img/cp.png" alt=""></div><p>コメントプラス</p>'),
      ),
    ).toContain('コメントプラス'));
});

describe('a regional paper’s press release on its new free membership (^無料会員の方は、…本まで(お読み|ご覧)いただけます。$)', () => {
  const release = (part: string) =>
    load(
      `<body><main><article><h1>北陸日報、デジタル版を4月1日にリニューアル\u3000無料会員制度を新設</h1><div class="release-body">` +
        '<p>株式会社北陸日報社（本社：富山市、代表取締役社長：山田一郎）は、2026年4月1日にニュースサイト「北陸日報デジタル」を全面リニューアルし、無料会員制度を新たに設けます。</p>' +
        '<p>リニューアル後は、県内のニュースを毎日100本以上配信するほか、高校野球や地方選挙の速報ページを新設します。スマートフォン向けの表示も見直し、記事を読みやすくしました。</p>' +
        `<h2>■無料会員</h2>${part}<h2>■有料会員</h2>` +
        '<p>有料会員の方は、すべての記事と紙面ビューアーをご利用いただけます。料金は月額1,800円（税込）で、本紙をご購読中の方は月額300円でお申し込みいただけます。</p>' +
        '<p>当社は今後も、地域に根ざした報道をデジタルでもお届けしてまいります。</p></div></article></main></body>',
    );
  const line = '無料会員の方は、有料記事を月に5本までお読みいただけます。';
  it('reads what the membership gives, as a paragraph', () => expect(articleText(release(`<p>${line}</p>`))).toContain(line));
  it('reads it as a list item', () =>
    expect(articleText(release(`<ul><li>${line}</li><li>メールマガジンを毎朝お届けします</li></ul>`))).toContain(line));
});

describe('a how-to’s steps (^scroll (down )?to continue$, "reading" now optional)', () => {
  const howTo = storyWith('How to turn off Sensitive Content Warning on your iPhone', 'the iPhone setting');
  it('reads a step "Scroll down to continue" in its list', () =>
    expect(
      articleText(
        howTo(
          '<ol><li>Open the Settings app and tap Privacy &amp; Security</li><li>Scroll down to continue</li><li>Tap Sensitive Content Warning and switch it off</li></ol>',
        ),
      ),
    ).toContain('Scroll down to continue'));
  it('reads it as the line under a screenshot', () =>
    expect(
      articleText(
        howTo(
          '<p><img src="https://howto.example/img/step3.png" alt=""></p><p>Scroll down to continue</p><p>Now tap Sensitive Content Warning and switch it off, then go back to the main screen.</p>',
        ),
      ),
    ).toContain('Scroll down to continue'));
});
