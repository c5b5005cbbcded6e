/**
 * The finder's rules from blind sets mix34 and mix36 (tests/fixtures/blind-pages/mix34, English
 * editions of Asian and Eurasian media; mix36, news CMS platforms), each on a small page: a paywall
 * box of the story's unclassed paragraphs, a caption named otherwise, a box on why to trust the
 * site, a paywall's offer in hashed classes, and the lines such sites add.
 * Each probe failed before its rule (9b3fb1d).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const story = (after: string, paragraphs = 6) =>
  load(
    `<body><main><article><h1>Former islanders urge Tokyo to revive grave visits</h1><div class="entry-content">${prose('the Northern Territories', paragraphs)}${after}</div></article></main></body>`,
  );

/** Unclassed paragraphs of the story, each 80 characters or more. */
const heldBack = (n: number, topic: string) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Held-back paragraph ${i}, in which the league said that ${topic} would stay on the agenda for years.</p>`,
  ).join('');

describe('a paywall box of the story’s unclassed paragraphs', () => {
  it('reads three or more such paragraphs in a box named for the paywall', () => {
    const text = articleText(
      story(`<div class="paywalled"><h2>Tokyo vows to keep pressing Moscow</h2>${heldBack(4, 'the islands')}</div>`),
    );
    expect(text).toContain('Held-back paragraph 3');
    expect(text).toContain('Tokyo vows to keep pressing Moscow');
  });

  it('GUARD: leaves out a paywall prompt of unclassed lines that speak of subscribing', () => {
    expectReadsWithout(
      story(
        '<div class="paywall-prompt"><p>You have reached your limit of free articles this month, and we hope you will stay with us for more.</p><p>Subscribers get unlimited access to every story, our daily newsletter and the full archive going back to 1998.</p><p>Only $1 a week for the first year, for readers who want every story we publish. Cancel any time.</p></div>',
      ),
      'Paragraph 5 of the story',
      'reached your limit',
    );
  });

  it('GUARD: leaves out a paywall prompt of unclassed lines that ask the reader to register', () => {
    expectReadsWithout(
      story(
        '<div class="paywall-wall"><p>You have read all of your free articles for this month, and we would love you to stay with us for longer.</p><p>Register now and get five more stories every month, our morning briefing and full access to the archive.</p><p>It takes less than a minute, and all you need to give us is an e-mail address and a password of your own.</p></div>',
      ),
      'Paragraph 5 of the story',
      'read all of your free articles',
    );
  });

  it('GUARD: a story sentence about signing a treaty is no offer', () => {
    const text = articleText(story(`<div class="paywalled">${heldBack(3, 'signing in Moscow a peace treaty')}</div>`));
    expect(text).toContain('Held-back paragraph 2');
  });
});

describe('boxes beside the story', () => {
  it('reads a lead picture’s caption in a table cell named "imgtxt" (an old table layout)', () => {
    const doc = load(
      `<body><div class="archives"><div class="title-bar"><span class="ttl">Front Page</span><span class="date">Fri, Dec 04, 2026 page1</span></div><h1>Lai urges calm as drills near Penghu enter second day</h1><h2 class="sub">STAYING VIGILANT: The president said the military was monitoring all movements around the islands</h2><div class="name">By Chen Yu-fu / Staff reporter</div><table class="imgbox"><tr><td><img src="/p.jpg" width="320" height="213"></td></tr><tr><td class="imgtxt">A Coast Guard Administration vessel patrols waters off Magong, Penghu County, yesterday.</td></tr></table><div class="text">${prose('Xi Jinping', 16)}</div></div></body>`,
    );
    expect(articleText(doc)).toContain('A Coast Guard Administration vessel patrols');
  });

  it('leaves out a box on why to trust the site that links to its standards', () => {
    expectReadsWithout(
      story(
        `<div class="css-q5nvdn"><h4>Why you can trust SCMP</h4><p>Our journalists follow a strict code of ethics and editorial standards.</p><a href="/about/editorial-standards">Learn more about our standards</a></div>${prose('Alibaba', 4)}`,
        4,
      ),
      'that Alibaba was discussed',
      'strict code of ethics',
    );
  });

  it('GUARD: reads a story’s section headed "Why you can trust …" that links elsewhere', () => {
    const text = articleText(
      story(
        '<div class="section"><h4>Why you can trust the ceasefire</h4><p>Monitors from three countries, the ministry said, will <a href="/news/monitors">patrol the line</a> from Monday.</p></div>',
      ),
    );
    expect(text).toContain('Monitors from three countries');
  });

  it('leaves out a paywall’s offer in hashed classes, by its line for those who already pay', () => {
    expectReadsWithout(
      story(
        '<div class="css-1f3gm5t" data-qa="Paywall-Prompt"><h4 class="css-13vspp4">This article is exclusive to SCMP Plus members</h4><p class="css-vzt9b2">Unlock unlimited access to premium stories, in-depth analysis and our journalism from just HK$10 a month.</p><a href="/subscribe">Subscribe now</a><p class="css-vzt9b2">Already a subscriber? <a href="/login">Log in</a></p></div>',
      ),
      'Paragraph 5 of the story',
      'Unlock unlimited access',
    );
  });

  it('GUARD: reads a story’s section whose accessible name is a sentence with "about" in it', () => {
    const text = articleText(
      story(
        `<section aria-label="What we know about the grave visits"><h2>What we know about the grave visits</h2>${prose('Etorofu', 3)}</section>`,
      ),
    );
    expect(text).toContain('that Etorofu was discussed');
  });

  it('GUARD: reads a story whose container is also named "about"', () => {
    const doc = load(`<body><main><div class="article-body about">${prose('the Northern Territories', 6)}</div></main></body>`);
    expect(articleText(doc)).toContain('Paragraph 5 of the story');
  });
});

describe('lines the site adds to a story', () => {
  itLeavesOutLines(story, [
    'Additional reporting by CNA',
    'Additional reporting by Jane Doe in Kabul and Omar Khan in Doha.',
    'TASS is not responsible for the material quoted from other media.',
    'We need your help. The Kyiv Independent is funded by readers like you. Join our community of members.',
    'Note from the author: This article was updated with a comment from Naftogaz and the latest Air Force figures.',
    'In a time of both misinformation and too much information, quality journalism is more crucial than ever. By subscribing, you can help us get the story right.',
    'Gift this article: subscribers can share 10 free stories a month with anyone.',
  ]);

  itReadsSentences(story, [
    'Additional reporting by local media suggested the toll was higher than officials admitted.',
    'The ministry is not responsible for the content of the agreement, a spokesman said.',
    'This update was welcomed by the league, whose members met in Nemuro on Thursday.',
  ]);
});
