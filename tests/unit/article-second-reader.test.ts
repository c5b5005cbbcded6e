/**
 * Second reader's probes (helper-55) for three rules of the article finder, each failing on their
 * first versions: a headline read from a header box left out when it heads the story's own
 * `article` element (not a section label or a site name over the story's own heading), notes on
 * where a piece first ran (not a story's sentence about a published article or a video's ads), and
 * closing notes in emphasis (not an update, a correction or a closing fact with a link inside).
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const marked = (doc: Document) => analyzePage(doc, matcher).mentions.map((m) => m.text);
const menu = `<ul class="menu"><li><a href="/a">Politics</a></li><li><a href="/b">World</a></li><li><a href="/c">Asia</a></li></ul>`;

describe('1. an h1 that is not the headline, in a box left out inside the story article', () => {
  it('H1 a section label h1 in a header box, the whole page one <article> (headline in h2)', () => {
    const doc = load(
      `<head><title>Aid talks resume | Paper</title></head><body><article class="page"><div class="section-header"><h1>North Korea</h1>${menu}</div>` +
        `<h2>Aid talks resume</h2>${prose('aid', 5)}</article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('H2 a site-name h1 in the header of a blog whose whole body is one <article>', () => {
    const doc = load(
      `<head><title>Aid talks resume</title></head><body><article id="page"><div class="site-header"><h1>Afghanistan Notes</h1>${menu}</div>` +
        `<div class="post"><h2 class="entry-title">Aid talks resume</h2>${prose('aid', 5)}</div></article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('H3 a "topic" box with its own h1 label above the story h1, in the same <article>', () => {
    const doc = load(
      `<head><title>Aid talks resume | Paper</title></head><body><article><div class="topic-box"><h1>In focus: the Taliban</h1>${menu}</div>` +
        `<h1>Aid talks resume</h1>${prose('aid', 5)}</article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });
});

describe('2. story sentences left out by the new stock lines', () => {
  const page = (para: string, body = prose('aid', 6)) =>
    load(`<body><article><h1>Aid talks resume</h1>${body.slice(0, body.length / 2)}${para}${body.slice(body.length / 2)}</article></body>`);
  const jaBody = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>第${i}段落。関係者によると、援助の再開について政府と国際機関の間で長時間にわたり協議が行われたという。双方は来週も協議を続ける方針だ。</p>`,
  ).join('');

  it('S1 a Japanese court story: 「…号に掲載された記事で名誉を傷つけられたとして」', () => {
    const doc = page(
      `<p>週刊誌の昨年5月号に掲載された記事で名誉を傷つけられたとして、タリバンとの交渉に関わった元外交官が発行元に損害賠償を求めた訴訟で、東京地裁は22日、請求の一部を認めた。</p>`,
      jaBody,
    );
    expect(marked(doc)).toContain('タリバン');
  });

  it('S2 a Japanese story: a paper corrected an article it had run (掲載された記事を一部修正)', () => {
    const doc = page(
      `<p>同紙は23日、電子版に掲載された記事を一部修正し、プーチン大統領の発言を誤って伝えたとしておわびを掲載した。</p>`,
      jaBody,
    );
    expect(marked(doc)).toContain('プーチン');
  });

  it('S3 a Japanese story on propaganda videos: ads before playback (動画の再生前に広告が)', () => {
    const doc = page(
      `<p>タリバンの宣伝動画は動画の再生前に広告が表示される設定になっており、投稿者側に収益が入る仕組みだという。</p>`,
      jaBody,
    );
    expect(marked(doc)).toContain('タリバン');
  });

  it('S4 a fact-check: "This article was first published on …" describing the false article', () => {
    const doc = page(
      `<p>This article was first published on a Telegram channel close to the Taliban on 3 May and was shared more than 20,000 times.</p>`,
    );
    expect(marked(doc)).toContain('Taliban');
  });
});

describe('3. closing story lines in emphasis that hold a link', () => {
  const story = (ending: string, body = prose('aid', 10)) =>
    load(
      `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Aid talks resume</h1>${body}${ending}</article></body>`,
    );

  it('E1 an italic update at the end linking to the statement it reports', () => {
    const doc = story(
      `<p><em>Update, 5:40 p.m.: After publication, the Taliban's spokesman <a href="https://x.example/status/1">wrote on X</a> that the talks would resume next week.</em></p>`,
    );
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it('E2 a bold closing paragraph linking to the source document', () => {
    const doc = story(
      `<p><strong>The full text of the <a href="/docs/decree.pdf">Taliban decree on girls' schools</a> has been published by the ministry.</strong></p>`,
    );
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it('E3 an italic correction that links to the corrected report', () => {
    const doc = story(
      `<p><em>Correction: An <a href="/2021/08/15/kabul">earlier version</a> of this story misstated the date on which the Taliban entered Kabul.</em></p>`,
    );
    expect(marked(doc)).toEqual(['Taliban', 'Kabul']);
  });
});
