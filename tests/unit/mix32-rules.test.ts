/**
 * The finder's rules from blind set mix32 (tests/fixtures/blind-pages/mix32, foreign-policy
 * outlets), each on a small page: first-published and series lines, an italic bio of two authors
 * with an adviser's role, a Japanese 執筆者 box, a podcast promo inside the body. Each probe failed
 * before its rule (1b6621f).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const essay = (after: string, paragraphs = 6) =>
  load(
    `<body><main><article><h1>The Haqqanis after the emirate's fifth year</h1><div class="entry-content">${prose('the Haqqani network', paragraphs)}${after}</div></article></main></body>`,
  );

describe("an outlet's lines about an essay", () => {
  itLeavesOutLines(essay, [
    'Article first published in The Interlocutor, the Bellamy-Kerr Institute’s daily commentary and analysis site.',
    'This article is part of an EAF special feature series on Afghanistan and its neighbours.',
    'This commentary was originally published in the Winter 2026 issue of the Review.',
  ]);

  itReadsSentences(essay, [
    'Article 9 of the agreement was first published in Doha, the ministry said, and then withdrawn.',
    'This article is part of the treaty that the Haqqani network never accepted, officials said.',
  ]);
});

describe("an essay's closing parts", () => {
  it('leaves out an italic bio of two authors whose roles are an adviser and a fellow', () => {
    expectReadsWithout(
      essay(
        '<p><em>Rahimullah Qasemi is a former adviser to the Afghan Ministry of Rural Rehabilitation and a doctoral candidate at a university in the United Kingdom. Laura Brennan is a senior fellow at a Washington research institute and previously served as a counterterrorism analyst in the U.S. government. The views expressed are their own.</em></p>',
        10,
      ),
      'Paragraph 9 of the story',
      'Rahimullah Qasemi is a former adviser',
    );
  });

  it('leaves out a podcast promo box after the last paragraph', () => {
    expectReadsWithout(
      essay(
        '<div class="hg-podcast-inline"><p class="hg-podcast-kicker">From the Hard Ground podcast</p><p class="hg-podcast-title">The Net Assessment: does Pyongyang still need Beijing? Our hosts debate the new alignments.</p><p><a href="/podcasts/219/">Listen on your favorite podcast platform</a></p></div>',
      ),
      'Paragraph 5 of the story',
      'The Net Assessment',
    );
  });

  it('GUARD: reads a podcast episode page whose post is classed as a podcast', () => {
    const text = articleText(
      load(
        `<body><main><article class="post-1155 podcast type-podcast status-publish hentry"><h1>Episode 219: the Haqqani network in power</h1><div class="entry-content">${prose('the Haqqani network', 6)}</div></article></main></body>`,
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
  });

  it('leaves out a Japanese 執筆者 box after the story', () => {
    expectReadsWithout(
      load(
        `<body><main><article><h1>北方領土の元島民、記憶をつなぐ</h1><div class="c-article__body">${prose('北方領土', 6)}</div><div class="c-article__profile"><h3>執筆者</h3><div class="c-profile"><p class="c-profile__name">本田 沙織</p><p>ジャーナリスト。北海道新聞社の根室支局、モスクワ支局勤務を経て2021年からフリー。日ロ関係を取材している。</p></div></div></article></main></body>`,
      ),
      'Paragraph 5 of the story',
      '北海道新聞社の根室支局',
    );
  });
});
