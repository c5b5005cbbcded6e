/**
 * Two lines the blind sets left read and listed as known limits (README, "What it still gets
 * wrong"), taken up once no new sealed set could be written (session 36): a multi-edition site's
 * note that the story is also in another language (mix40's Middle East Eye page) and a regional
 * paper's tip-line appeal naming its reporters (mix41's 西日本新聞 page). Probes failed on cb668fa; the
 * guards passed before and after, but for the police notices' own appeals, which a first version left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, load, prose } from './story-page';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8');

describe("a multi-edition site's note on the story's other editions", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>Haqqani's quiet trip to Abu Dhabi</h1><div class="body">${prose('Haqqani', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    'This article is available in French on Middle East Eye French edition.',
    'This story is also available in Arabic and Persian.',
    'This article is also available in Spanish here.',
  ]);

  itReadsSentences(page, [
    'The report is available in Dari and Pashto on the ministry website, officials said.',
    'This article is available in French, the ministry said, but not yet in Dari or Pashto, which most readers need.',
    'The decree is available in Arabic only, diplomats complained.',
  ]);

  it('leaves out the note on the set’s page (mix40/05), and reads the story’s last paragraph', () => {
    const text = articleText(parsePage(fixture('mix40/05-mee-haqqani-abu-dhabi.html')));
    expect(text).toContain('the supreme leader issued a decree requiring all ministers');
    expect(text).not.toContain('This article is available in French');
  });
});

describe("a Japanese paper's tip-line appeal", () => {
  const jaStory = jaStoryWith('北朝鮮、衛星打ち上げ準備か', '北朝鮮');

  itLeavesOutJapaneseLines(jaStory, [
    '身近な疑問や困りごと、行政や企業の不正など、情報をお寄せください。LINEの友だち登録で取材班と直接やりとりできます。',
    '取材班への情報をお寄せください。',
  ]);

  itReadsSentences(jaStory, [
    '県警は「不審な人物を見かけたら情報をお寄せください」と呼びかけている。',
    '市は情報をお寄せくださいと呼びかけ、専用の窓口を設けた。',
    // A police notice's own appeal is its text, not the site's.
    'お心当たりの方は、中央警察署まで情報をお寄せください。',
    '不審な車を見かけた方は情報をお寄せください。メールやフォームでも受け付けています。',
  ]);

  it('leaves out the appeal on the set’s page (mix41/06)', () => {
    const text = articleText(parsePage(fixture('mix41/06-nishinippon-domei.html')));
    expect(text).not.toContain('情報をお寄せください');
  });
});
