/**
 * The finder's rules from blind sets mix52–mix55, read sealed on fa3a87b as the held-out check of its
 * rules, each on a small page: from mix53 (Japanese news agencies and financial media) a dated
 * correction note, an empty comment box's line and a wire's pointer to its original. Each probe failed
 * before its rule (fa3a87b); the guards passed before and after.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itReadsSentences } from './site-lines';
import { load } from './story-page';

const jaP = (i: number) =>
  `<p>関係者によりますと、${i + 1}回目の協議は来月にも開かれる見通しで、政府は北朝鮮をめぐる情報収集を進めることにしています。</p>`;
const jaStory = (after: string) =>
  load(
    `<body><article><h1>北朝鮮、衛星打ち上げ準備か</h1><div class="article-body">${[0, 1, 2, 3, 4].map(jaP).join('')}${after}</div></article></body>`,
  );

describe("the site's lines about a story, in Japanese", () => {
  it.each([
    '※12月4日18時30分に、出店数の目標年を修正しました。',
    'この記事には、まだThink!投稿がありません。',
    '※原文記事など関連情報は画面右側にある「関連コンテンツ」メニューからご覧ください',
  ])('leaves out "%s"', (line) => {
    const text = articleText(jaStory(`<p>${line}</p>`));
    expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
    expect(text).not.toContain(line.slice(0, 12));
  });

  itReadsSentences(jaStory, [
    '同社は12月4日、出店数の目標年を2028年に修正したと発表した。',
    '原文は外務省のウェブサイトで公開されており、誰でもご覧いただける。',
  ]);
});
