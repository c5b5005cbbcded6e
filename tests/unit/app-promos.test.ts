/**
 * A site's app promo inside a story: a line or two above store badges, or a box that asks the reader
 * to follow the site's WhatsApp channel or to add it on Google News. Known by where every link of the
 * box goes, in any language (seen in the tuning half of the article-snippets corpus: a wire site's
 * "Get the latest news straight to your phone with the … app." above its badges). Each probe failed
 * before the rule (67b06b0); the guards passed before and after.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout } from './site-lines';
import { load, prose } from './story-page';

const story = (inside: string) =>
  load(
    `<body><main><article><h1>Taliban reopen border crossing after week of talks</h1><div class="story-body">${prose('the Taliban', 3)}${inside}${prose('Kabul', 3)}</div></article></main></body>`,
  );
const badge = (href: string, alt: string) =>
  `<a href="${href}" target="_blank"><img src="/img/${alt}.png" alt="${alt}" width="135" height="40"></a>`;
const STORES =
  badge('https://play.google.com/store/apps/details?id=com.dailyledger', 'Get it on Google Play') +
  badge('https://apps.apple.com/us/app/daily-ledger/id1234567', 'Download on the App Store');

describe('app and channel promos in a story', () => {
  it('leaves out a line above the store badges', () => {
    expectReadsWithout(
      story(
        `<div class="app-section"><p><b>Get the latest Kabul news straight to your phone with the Daily Ledger app.</b></p><div>${STORES}</div></div>`,
      ),
      'Paragraph 2 of the story',
      'straight to your phone',
    );
  });

  it('leaves out a Japanese promo whose text links lead to the stores', () => {
    expectReadsWithout(
      story(
        '<div class="c-app"><p>ニュースアプリなら速報をプッシュ通知でお届けします。</p><p><a href="https://apps.apple.com/jp/app/id99887766">App Store</a>｜<a href="https://play.google.com/store/apps/details?id=jp.example.news">Google Play</a></p></div>',
      ),
      'Paragraph 2 of the story',
      'プッシュ通知でお届け',
    );
  });

  it('leaves out a box asking the reader to join the site’s WhatsApp channel', () => {
    expectReadsWithout(
      story(
        '<div class="wa-box"><p>Stay informed on Afghanistan: join our channel for the day’s top stories.</p><a href="https://www.whatsapp.com/channel/0029VaDailyLedger">Join now</a></div>',
      ),
      'Paragraph 2 of the story',
      'join our channel',
    );
  });

  it('leaves out a line above a Google News badge', () => {
    expectReadsWithout(
      story(
        `<div class="google-source"><p>Get the Daily Ledger’s reporting on Afghanistan and the wider region first, wherever you search.</p>${badge('https://news.google.com/publications/CAAqBwgKMLjdpwswxen3Aw', 'Follow us on Google News')}</div>`,
      ),
      'Paragraph 2 of the story',
      'wherever you search',
    );
  });

  it('GUARD: reads a story’s box that names an app and links to its store page and to its maker', () => {
    const fact = 'The ministry’s app, released in March, lists every open crossing and its hours.';
    const text = articleText(
      story(
        `<div class="factbox"><p>${fact} <a href="https://play.google.com/store/apps/details?id=af.gov.crossings">On Google Play</a>; <a href="https://mof.gov.af/crossings">the ministry’s list</a>.</p></div>`,
      ),
    );
    expect(text).toContain(fact);
  });

  it('GUARD: reads a story’s paragraphs in a box that link to an app store', () => {
    const sentence =
      'Traders say the customs app, which the Taliban administration launched on both stores last year, still fails whenever the border post loses its mobile signal, which happens most afternoons.';
    const text = articleText(
      story(
        `<div class="section"><p>${sentence}</p><p>Drivers now queue for hours at the gate while clerks write out paper slips, <a href="https://apps.apple.com/us/app/id555">the App Store page</a> shows.</p></div>`,
      ),
    );
    expect(text).toContain(sentence);
  });
});
