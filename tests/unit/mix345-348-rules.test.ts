/**
 * What mix345–348 showed, read sealed once in session 59 on 85f7235 (128/128 article fragments, 2/135 others): a Japanese
 * local paper's reporter box labelled 「この記事を書いた記者」, and a wire's English site whose story paragraphs sit in a
 * `div.paywall` opening the body (a paywall's box did not score unless a paragraph of the story stood before it, so a wide
 * wrapper was taken) with its next-article teaser after the story: a "NEXT ARTICLE" label over a box opening with a heading
 * that links to the other story. Each line is probed on its set's own page, kept in the fixtures; small pages built like them
 * follow. The cases that are neither GUARDs nor under "small pages" fail on 85f7235.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout } from './site-lines';
import { jaProse, load } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe('the lines mix345–348 read, on their own pages', () => {
  it.each([
    ['mix345/02-ja-minato-nippo-mynumber.html', '2019年入社。社会部を経て2023年から汐見支局', 'マイナンバーカード'],
    [
      'mix348/02-nipponwire-my-number-card.html',
      'Senior diplomats from Japan and South Korea held phone talks',
      'about 11 million My Number cards',
    ],
  ])('%s: leaves out "%s…" and reads the story', (file, gone, kept) => {
    const text = fixture(file);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});

/** Six paragraphs of a wire story, each over 80 characters; the fourth speaks of logging in, as stories on ID cards do. */
const wireProse = Array.from({ length: 6 }, (_, i) =>
  i === 3
    ? '<p>Holders use the card to log in to online services, and officials said more of them would move online next year.</p>'
    : `<p>Paragraph ${i} of the wire story, in which officials said that the renewal backlog at ward offices kept growing this month.</p>`,
).join('');
/** The wire's page: its story's paragraphs in a box marked as held back by a paywall, then `after` beside the story. */
const wirePage = (after: string) =>
  load(
    `<body><div class="l-contents"><main><article class="article-wrapper"><div class="heading"><h1>Backlog builds at ward offices</h1></div><div class="article-body"><div class="paywall">${wireProse}</div></div></article>${after}</main><aside class="side"><ul><li><a href="/a">Most popular story one of the week</a></li></ul></aside></div></body>`,
  );
const nextArticle =
  '<article class="article-wrapper next-article"><p class="label">NEXT ARTICLE</p><div class="heading"><h2><a href="/news/2026/12/other-story.html">Japan, South Korea discuss response after launch</a></h2><p class="credit">NIPPON WIRE - Dec 6</p></div><div class="article-body"><p>SEOUL - Senior diplomats held phone talks Sunday to coordinate their response after a launch, officials said.</p></div><a href="/news/2026/12/other-story.html">Continue reading</a></article>';

describe('small pages built like them', () => {
  it('leaves out the next-article teaser after a story held in a paywall box', () =>
    expectReadsWithout(wirePage(nextArticle), 'Paragraph 5 of the wire story', 'Senior diplomats held phone talks'));
  it('reads the story held in a paywall box that opens its body', () => {
    const text = articleText(wirePage('<section class="more"><h2>More news</h2><p>Short line of the section.</p></section>'));
    expect(text).toContain('Paragraph 0 of the wire story');
    expect(text).toContain('Holders use the card to log in to online services');
  });
  it('GUARD: leaves out a paywall box of offers that opens its parent', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>Backlog builds at ward offices</h1><div class="article-body"><p>Paragraph one of the story, in which officials said that the renewal backlog kept growing this month across the city.</p><p>Paragraph two of the story, in which officials said that weekend counters would open at three more ward offices.</p><p>Paragraph three of the story, in which officials said that staff from other departments were being moved to help.</p></div><div class="paywall-wrap"><div class="paywall"><p>Subscribe to keep reading: unlimited access to every story, our daily briefing and the full archive since 1998.</p><p>Already a member? Log in to continue reading this story and everything else on our site today.</p><p>Members get ad-light pages, newsletters and puzzles, and can cancel their subscription at any time online.</p><p>Start your free trial now and get the first month of your subscription for just one yen, then 1,100 yen a month.</p></div></div></article></main></body>`,
      ),
      'Paragraph three of the story',
      'unlimited access to every story',
    ));
  it('GUARD: reads a part of the story under a label line over its unlinked subhead', () => {
    const part =
      '<div class="article-part"><p class="label">ANALYSIS</p><div class="heading"><h2>Why the backlog keeps growing</h2></div><p>Officials said the renewal rush overlaps with the moving season, when residents also flock to ward offices.</p></div>';
    expect(articleText(wirePage(part))).toContain('Officials said the renewal rush overlaps with the moving season');
  });
  it('leaves out a reporter box labelled 「この記事を書いた記者」 after the story', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>マイナ保険証、窓口の混雑続く</h1><div class="body">${jaProse('マイナンバーカード', 6)}<div class="p-reporter"><img src="/r.jpg" alt="" width="80" height="80"><div class="p-reporter__body"><p>この記事を書いた記者</p><p><a href="/list/reporter/yamamoto">山本 美咲</a></p><p>2019年入社。社会部を経て2023年から汐見支局で市政や地域医療を担当。</p></div></div></div></article></main></body>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '社会部を経て2023年から',
    ));
});
