/**
 * The finder's rules from blind sets mix44 (Japanese web magazines), mix45 (English editions of
 * Russian and Ukrainian media), mix46 (Japanese blogs and note-like platforms) and mix47 (a live blog,
 * an AMP story, a photo essay), each on a small page: the lead picture above the headline, a blog's
 * title heading beside its entry's, and the site's lines (a reaction prompt, a standards line, a
 * translation credit, a typo notice, a channel to follow, a member appeal, a blog ranking banner, a
 * personal-view disclaimer). Each probe failed before its rule (bedb251); the guards passed before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaProse, jaStoryWith, load, prose } from './story-page';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8');
const jaStory = jaStoryWith('北朝鮮、偵察衛星の打ち上げ準備か', '北朝鮮');

describe('the lead picture above the headline', () => {
  const essay = (before: string) =>
    articleText(
      load(
        `<head><title>A Winter on the Kuril Islands - The Ledger</title></head><body><main><header><p class="kicker"><a href="/asia">Asia Pacific</a></p>${before}<h1>A Winter on the Kuril Islands</h1><p class="summary">On a volcanic chain claimed by both Russia and Japan, residents wait out five months of snow and fog.</p></header><section class="body">${prose('the Kuril Islands', 6)}</section></main></body>`,
      ),
    );

  it('reads the caption of a picture just above the h1 in the story’s header (the set mix47’s page 03)', () => {
    const text = articleText(parsePage(fixture('mix47/03-photo-essay.html')));
    expect(text).toContain('Fishing boats sit locked in harbour ice at Kurilsk');
    expect(text).not.toContain('Photographs by Yelena Markova for The Ledger');
  });

  it('GUARD: reads the caption of a picture just above the h1 on a small page', () => {
    const text = essay(
      '<figure><img src="/a.jpg" width="2048" height="1365" alt=""><figcaption><span>Fishing boats sit locked in harbour ice at Kurilsk, on the island of Iturup.</span><span>Photographs by Yelena Markova for The Ledger</span></figcaption></figure>',
    );
    expect(text).toContain('Fishing boats sit locked in harbour ice at Kurilsk');
    expect(text).toContain('A Winter on the Kuril Islands');
  });

  it('GUARD: leaves out a teaser’s picture above the headline', () => {
    const text = essay(
      '<figure><a href="/2026/12/01/other-story"><img src="/b.jpg" width="400" height="300" alt=""></a><figcaption><a href="/2026/12/01/other-story">Read next: Sakhalin’s gas fields freeze over</a></figcaption></figure>',
    );
    expect(text).not.toContain('Sakhalin’s gas fields freeze over');
  });
});

describe('a blog’s title heading beside its entry’s', () => {
  it('takes the entry’s h1, not the blog’s h1 linking to the blog’s home, as the headline', () => {
    const doc = load(
      `<head><title>朝鮮半島ノート | 元防衛駐在官・岡部のブログ</title></head><body><div class="blogHeader"><h1 class="blogTitle"><a href="https://ameblo.example/okabe-koreamemo/">元防衛駐在官・岡部のブログ</a></h1><p class="blogSubTitle">ソウルに6年いた元自衛官が、朝鮮半島のニュースを自分の言葉で解説します</p></div><main><article><div class="entryHead"><h1 class="entryTitle"><a href="https://ameblo.example/okabe-koreamemo/entry-12879904512.html">平壌が急ぐ「偵察衛星3号機」、今回は何が違うのか</a></h1></div><div class="entryBody">${jaProse('北朝鮮')}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('平壌が急ぐ「偵察衛星3号機」、今回は何が違うのか');
    expect(text).not.toContain('ソウルに6年いた元自衛官が');
  });
});

describe('a blog entry’s footer of buttons', () => {
  it('leaves out its follow prompt, though that is most of the footer’s text (the set mix46’s page 03)', () => {
    const text = articleText(parsePage(fixture('mix46/03-ameba-pyongyang.html')));
    expect(text).toContain('今日も最後まで読んでいただき、ありがとうございました！');
    expect(text).not.toContain('岡部のブログをフォローして更新情報を受け取る');
  });
});

describe("the site's lines about a story, in English", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>North Korean workers arrive in Russia's Far East</h1><div class="body">${prose('North Korea', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    'Our Standards: The Meridian Trust Principles.',
    'Story by Meduza. Abridged translation by Daniel Ferris and Sasha Melnikova.',
    'Translation by Anna Petrova.',
    'If you have found a spelling error, please, notify us by selecting that text and pressing Ctrl+Enter.',
    'Found a typo? Select it and press Ctrl+Enter.',
    'Follow TASS on Telegram to get the most important news from Russia first',
    'If you value independent journalism from Ukraine, become a member of the Kyiv Independent today.',
  ]);

  itReadsSentences(page, [
    'Our standards of living have fallen, the workers told the Kremlin-backed outlet in Vladivostok.',
    'Translated by state media, the statement called the sanctions an act of economic war against the country.',
    'Translated by Jennifer Croft',
    'If you value your job, become a member of the party, one worker recalled being told by a foreman.',
    'Calls had trebled since Christmas, its director said. If you value the helpline, become a member of Age UK Dorset.',
    'Follow-up talks between the two governments are set for January in Moscow, officials said on Telegram.',
  ]);
});

describe("the site's lines about a story, in Japanese", () => {
  itLeavesOutJapaneseLines(jaStory, [
    'この記事はいかがでしたか？',
    '↑ランキングに参加しています。クリックで応援お願いします',
    '元防衛駐在官・岡部のブログをフォローして更新情報を受け取る',
    '※この記事は公開情報をもとにした個人の見解で、所属機関の立場を示すものではありません。',
  ]);

  itReadsSentences(jaStory, [
    '同国はこの記事はいかがでしたかと問うアンケートを国営メディアで始めたとされる。',
    '党はランキングに参加している地方組織に報奨金を出すと決めた。',
    '政府関係者は、この分析は個人の見解で、政府の立場を示すものではないと述べた。',
  ]);
});
