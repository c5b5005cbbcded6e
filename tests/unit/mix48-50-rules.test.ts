/**
 * The finder's rules from blind sets mix48 (English-language Korean media), mix49 (English-language
 * Chinese and Hong Kong media) and mix50 (Japanese TV broadcasters' news sites), each on a small page:
 * a wire's ATTN line, a note that the story was translated, a reporter's line named as such, a contact
 * line with addresses, an app pointer, and a broadcaster's notes around its video. mix48–51 were first
 * read sealed on adac836 as the held-out check of its rules; each probe failed before its rule (adac836).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, load, prose } from './story-page';

const jaStory = jaStoryWith('北方領土墓参、航空機で実施へ', '北方領土');

describe("the site's lines about a story, in English", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>North Korea fires ballistic missile into East Sea</h1><div class="body">${prose('North Korea', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    '(ATTN: UPDATES with details in paras 5-9, photo)',
    'This article was originally written in Korean and translated by a bilingual reporter with the help of generative AI tools. It was then edited by a native English-speaking editor.',
    'Contact reporter Liu Peilin (peilinliu@caixin.example) and editor Joshua Dummer (joshuadummer@caixin.example)',
    'Download our app to receive breaking news alerts and read the news on the go.',
  ]);

  itReadsSentences(page, [
    'The article was originally written in Korean and translated into English by the ministry, which released it on Friday.',
    'Contact between the two militaries has been cut since 2023, when Pyongyang severed the hotline.',
    'Download figures for the app fell after the ministry warned users about data collection.',
    'Officials urged residents to download the new emergency app to receive air-raid alerts.',
  ]);

  it("leaves out the editor's line after the story's last paragraph", () => {
    const text = articleText(
      page(
        '<p class="entry-footnote">Edited by Bryan Betts</p><p><em>Correction (Dec. 4, 09:15 KST): An earlier version of this article misstated the street on which the showroom is located.</em></p>',
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Edited by Bryan Betts');
  });

  it("GUARD: reads an 'Edited by' line before more of the story (a book list's entry)", () => {
    const text = articleText(page(`<h3>New Daughters of Africa</h3><p>Edited by Margaret Busby</p>${prose('anthologies', 2)}`));
    expect(text).toContain('Edited by Margaret Busby');
  });

  it("leaves out a reporter's line named as such, after the story", () => {
    const text = articleText(
      page('<p class="reporter_desc">Lee Sung-eun covers North Korea and inter-Korean affairs for the Korea JoongAng Daily.</p>'),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Lee Sung-eun covers North Korea');
  });
});

describe("the site's lines about a story, in Japanese", () => {
  itLeavesOutJapaneseLines(jaStory, [
    '動画再生には「Cookie（クッキー）」の利用に同意が必要です。',
    '※動画は配信期間が終了している場合があります',
    '動画の続きはFNNプライムオンラインアプリでご覧いただけます',
    'この動画の続きはTBS NEWS DIGアプリで',
    '【TBS NEWS DIG Powered by JNN】',
    '▼情報提供はこちら「TBSインサイダーズ」',
    '（「イット！」12月4日放送より）',
  ]);

  itReadsSentences(jaStory, [
    '動画の続きは来週の番組で放送される予定だと局の担当者は話した。',
    '情報提供を呼びかけた警察には、これまでに30件以上の連絡が寄せられた。',
  ]);
});
