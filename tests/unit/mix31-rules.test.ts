/**
 * The finder's rules from blind set mix31 (tests/fixtures/blind-pages/mix31: front-ends whose
 * class names say nothing), each on a small page: a paywall box that holds the story's own
 * paragraphs, a sign-up box of three lines, author boxes, a sidebar's call to action before the
 * body, and the notices such sites add. Each probe failed before its rule (914c8f7).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const story = (after: string, paragraphs = 6, byline = '') =>
  load(
    `<body><main><article><h1>In Kabul, the money changers run the economy</h1>${byline}<div class="mx-auto max-w-3xl prose">${prose('Kabul', paragraphs)}${after}</div></article></main></body>`,
  );

describe('lines such sites add after the story', () => {
  itLeavesOutLines(story, [
    'Reporting for this article was supported by a grant from the Hollis Fund for Economic Journalism, which had no say over its content.',
    'Have a tip or a correction? Contact our standards desk.',
    'This article appears in the Winter 2026 issue of Longitude under the headline “Adrift”.',
    'If you enjoy these notes, you can support the blog with a one-off contribution on the Support page.',
    'This analysis is provided for general information and does not constitute legal or compliance advice.',
    'Harbor Lane Notes is written by Lena Marsh, with help from a few contributors. Views are our own and not investment advice.',
    'Get these briefings in your inbox. Harbor Lane Notes is free and goes out every Thursday.',
  ]);

  itReadsSentences(story, [
    'Research for this project was supported by officials in Kabul, the ministry said, though the money never came.',
    'If you enjoy the bazaar, you can support the traders by buying from them, one dealer in Kabul said.',
    'The report does not constitute legal advice, the ministry in Kabul warned, but it will guide the courts.',
  ]);
});

describe('boxes inside the story', () => {
  it("reads a paywall box that holds the story's own paragraphs, classed as the ones before it", () => {
    const p = (n: number) =>
      `<p class="_paragraph_w2e4r_10">Held-back paragraph ${n}, in which the dealers of Kabul said, according to two sources, that the rate had moved again.</p>`;
    const doc = load(
      `<body><main><article><h1>北方領土の元島民、平均年齢89歳に</h1><div class="_body_w2e4r_1">${p(0)}${p(1)}${p(2)}<div class="paywall-area _paywall_w2e4r_27">${p(3)}<h2>元島民の記憶をどう次世代に残すか</h2>${p(4)}${p(5)}${p(6)}</div><div class="_memberPromo_t7y3u_1"><p>この記事は有料会員限定です</p><a href="/subscribe">有料会員に登録する</a></div></div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Held-back paragraph 6');
    expect(text).toContain('元島民の記憶をどう次世代に残すか');
  });

  it("GUARD: leaves out a paywall box of the site's own lines", () => {
    expectReadsWithout(
      story(
        '<div class="paywall-box"><p class="paywall-title">Subscribe to keep reading about Kabul and the region.</p><p class="paywall-text">Unlimited access to every story for $1 a week, cancel any time you like.</p><p class="paywall-text">Already a subscriber? Log in to continue reading this story.</p></div>',
      ),
      'Paragraph 5 of the story',
      'Unlimited access',
    );
  });

  it('leaves out a sign-up box of three lines beside an e-mail field', () => {
    expectReadsWithout(
      story(
        '<div class="not-prose my-10 rounded-2xl bg-amber-50 p-6"><div><p class="font-serif text-xl">The Asia Brief, every weekday morning</p><p class="mt-1 text-sm">Our correspondents in Delhi and Kabul explain what happened overnight.</p><form action="/api/newsletter"><input type="email" name="email"><button type="submit">Sign up</button></form><p class="mt-2 text-xs">By signing up you agree to our Privacy Policy. Unsubscribe at any time.</p></div></div>',
      ),
      'Paragraph 5 of the story',
      'The Asia Brief',
    );
  });

  it("leaves out an author's box whose bio opens with the name given in bold, the byline's name", () => {
    expectReadsWithout(
      story(
        '<div class="sc-4f6e2a-0 vBnMqw"><p class="sc-4f6e2a-1"><strong>Daniel Okafor-Reyes</strong> is a contributing writer at Longitude based in Tokyo. His book on the tuna trade was shortlisted for a prize.</p></div>',
        10,
        '<p>By <a href="/contributors/daniel-okafor-reyes">Daniel Okafor-Reyes</a></p>',
      ),
      'Paragraph 9 of the story',
      'contributing writer at Longitude',
    );
  });

  it("leaves out an author's box whose bio is under the name linking to the author's page, the byline's name", () => {
    expectReadsWithout(
      story(
        '<div class="not-prose mt-8 flex gap-4"><img src="/a.jpg" alt="" width="64" height="64"><div><p class="font-semibold"><a href="/authors/farida-noorzai/">Farida Noorzai</a></p><p class="mt-1 text-sm">Farida Noorzai covers South and Central Asia from Istanbul. She previously reported from Kabul for a decade.</p></div></div>',
        10,
        '<p>By <a href="/authors/farida-noorzai/">Farida Noorzai</a></p>',
      ),
      'Paragraph 9 of the story',
      'She previously reported from Kabul',
    );
  });

  it("does not take a sidebar's call to action before the body as the standfirst", () => {
    const doc = load(
      `<body><header><h1>Ministries, checkpoints and payments: how the Haqqani network's reach is changing</h1><p class="text-size-medium">The faction that controls the interior ministry now shapes who gets a licence and how money moves in the region.</p></header><section><div class="blog-post_sidebar"><div class="blog-post_sidebar-cta"><div>Get the full country brief</div><p class="text-size-small">Sentra Pulse customers receive weekly scoring for every province, with analyst notes.</p><a href="/demo">Talk to an analyst</a></div></div><div class="w-richtext">${prose('the Haqqani network', 6)}</div></section></body>`,
    );
    expectReadsWithout(doc, 'The faction that controls the interior ministry', 'Sentra Pulse customers');
  });
});
