/**
 * What mix301–304 showed, read sealed once in session 57 on 0032771: a UK broadsheet's plea under its tags to turn off the
 * ad blocker ("We urge you to turn off your ad blocker for The … website so that you can continue to access our quality
 * content in the future.") and a Japanese business magazine's inline newsletter line (「…のメールマガジンでは、毎朝7時に編集部
 * おすすめの記事をお届けしています。」); a news site's tip line after "Do you know more about this story?" ("Contact the …
 * newsroom securely through our confidential tip-off form …") and a think tank's contact box under 「本件に関するお問い合わせ」
 * that names only its contact form. Narrowed after its second reader (`second-reader-1b4e227.test.ts`): the ad-blocker plea
 * names the site's content or journalism, the tip line its tip-off form, the newsletter line the site's articles or news,
 * only a Japanese box's contact form counts, and "dfp" is a word of its own. The cases that are not GUARDs fail on 0032771.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('a plea to turn off the ad blocker (mix302)', () => {
  const story = storyWith('Seized tanker was carrying coal bound for North Korea', 'North Korea');
  itLeavesOutLines(story, [
    'We urge you to turn off your ad blocker for The Morning Courier website so that you can continue to access our quality content in the future.',
    'Please disable your ad blocker to support our journalism.',
  ]);
  itReadsSentences(story, [
    'Please disable your ad blocker on the site and reload the page before you try again.',
    'Publishers such as ours urge readers to turn off their ad blockers, the trade body said.',
  ]);
});

describe("a magazine's line on what its newsletter brings (mix304)", () => {
  const story = jaStoryWith('マイナ保険証の読み取り機、診療所の3割で不具合', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    '東都ビジネスオンラインのメールマガジンでは、毎朝7時に編集部おすすめの記事をお届けしています。',
    '北海タイムスのメルマガでは、平日の朝に主要ニュースをお届けしています',
  ]);
  itReadsSentences(story, [
    '同社のメールマガジンでは、毎週末にセール情報を届けている。',
    '市のメールマガジンでは、防災情報も配信しているという。',
  ]);
});

describe("a newsroom's line after its tip question (mix303)", () => {
  const story = storyWith('Bulk carrier held at Port Hedland over North Korea cargo', 'North Korea');
  itLeavesOutLines(story, [
    'Contact the Northern Star newsroom securely through our confidential tip-off form, or email the reporters directly.',
  ]);
  itReadsSentences(story, ['Contact the newsroom securely, the leaked memo told staff, and never send tips from a work phone.']);
});

describe("a think tank's contact box with only its form (mix303)", () => {
  const story = jaStoryWith('マイナンバーカードと自治体DX', 'マイナンバーカード');
  const box = (label: string) =>
    `<div class="c-contact-box"><p class="c-contact-box__ttl">${label}</p><div class="c-contact-box__txt">株式会社北星総合研究所\u3000広報部<br>お問い合わせフォームからご連絡ください。取材のお申し込みも同フォームにて承っております。</div><a class="c-btn" href="/contact/form/">お問い合わせフォーム</a></div>`;
  it('leaves it out under 「本件に関するお問い合わせ」', () =>
    expectReadsWithout(story(box('本件に関するお問い合わせ')), '5回目の協議は来月にも開かれる見通しで', 'お問い合わせフォームからご連絡'));
  it('GUARD: reads a box so made under a heading of the story', () =>
    expect(articleText(story(box('自治体の声')))).toContain('お問い合わせフォームからご連絡'));
});

describe("a public radio's ad slot among the paragraphs (mix301)", () => {
  const slot = (name: string) =>
    `<div class="Enhancement"><div class="Enhancement-item"><bsp-ad class="${name}-wrapper" data-slot-name="in-article"><div class="${name}-label">Sponsor Message</div><div class="${name}" id="dfp-ad-in-article"></div><div class="${name}-underwriting">Become a WRVB underwriter and reach thousands of engaged listeners across the region.</div></bsp-ad></div></div>`;
  const story = storyAroundWith('Afghan families find a foothold in Riverbend', 'Afghanistan', 'Kabul');
  it("leaves out the underwriting line of a slot named for Google's ad server", () =>
    expectReadsWithout(story(slot('GoogleDfpAd')), 'Paragraph 2 of the story', 'Become a WRVB underwriter'));
});
