/**
 * The finder's rules from blind sets mix52–mix55, read sealed on fa3a87b as the held-out check of its
 * rules, each on a small page: from mix53 (Japanese news agencies and financial media) a dated
 * correction note, an empty comment box's line and a wire's pointer to its original (probes failed on
 * fa3a87b); from mix54 (publishing platforms) an author's bio box named `article-author-bio` and a
 * newsletter's share button standing as a line of the body, and from mix55 (official pages) an app
 * pointer and a press contact line (probes failed on cd3d41e). The guards passed before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, load, prose } from './story-page';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8');
const jaStory = jaStoryWith('北朝鮮、衛星打ち上げ準備か', '北朝鮮');

describe("the site's lines about a story, in Japanese", () => {
  itLeavesOutJapaneseLines(jaStory, [
    '※12月4日18時30分に、出店数の目標年を修正しました。',
    'この記事には、まだThink!投稿がありません。',
    '※原文記事など関連情報は画面右側にある「関連コンテンツ」メニューからご覧ください',
  ]);

  itReadsSentences(jaStory, [
    '同社は12月4日、出店数の目標年を2028年に修正したと発表した。',
    '原文は外務省のウェブサイトで公開されており、誰でもご覧いただける。',
  ]);
});

describe('parts of a newsletter post that are not its story', () => {
  const post = (inside: string) =>
    articleText(
      load(
        `<body><main><article class="article post"><h1 class="article-title">North Korea's Ruble Economy Is Here to Stay</h1><section class="gh-content">${prose('North Korea', 3)}${inside}${prose('the ruble', 3)}</section></article></main></body>`,
      ),
    );

  it('leaves out an author’s bio box after the post, named article-author-bio (the set’s page 03)', () => {
    const text = articleText(parsePage(fixture('mix54/03-ghost-northkorea.html')));
    expect(text).toContain('a patron with a veto and a reason to keep paying');
    expect(text).not.toContain('He covered the two Koreas');
  });

  it('leaves out a share button standing as a line of the body (the set’s page 01)', () => {
    const text = articleText(parsePage(fixture('mix54/01-substack-kurils.html')));
    expect(text).toContain('geography has already voted, and it did not vote for the 1956 formula');
    expect(text).not.toContain('Share Pacific Ledger');
  });

  it('GUARD: reads a line that is one link to a video, as a story embeds it', () => {
    const text = post('<p><a href="https://www.youtube.example/watch?v=abc123">Watch: the parade in Pyongyang</a></p>');
    expect(text).toContain('Watch: the parade in Pyongyang');
  });
});

describe("an official page's lines about a story", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>Flash floods hit Kabul as winter aid runs short</h1><div class="body">${prose('Kabul', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    'Download the UN News app for your iOS or Android devices.',
    'For further information, please contact: Hamid Sultani, Public Information Officer, OCHA Afghanistan, ocha-afg-info@un.example',
  ]);

  itReadsSentences(page, [
    'For further information on the floods, the ministry said, residents should follow local radio.',
    'Aid workers said they could not contact families in three districts cut off by the water.',
  ]);
});
