/**
 * Second reader's probes of 02a0f8d (a paywall/premium box opening its parent now scores as the story's; a labelled box whose
 * second child opens with a linked heading is now another story's teaser), helper-481. Each case passes on 85f7235 and failed
 * on 02a0f8d. Narrowed since: the opening paywall box must sit in the story's body (a class or id word of the story's) and
 * count only paragraphs without links, and the labelled box must link its heading's address again ("Continue reading").
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout } from './site-lines';
import { load, prose } from './story-page';

/** A story in an article, then `after` beside it in the page's main column. */
const storyPage = (after: string) =>
  load(
    `<body><div class="l-contents"><main><article class="article-wrapper"><div class="heading"><h1>Council approves new bus routes</h1></div><div class="article-body">${prose('the bus network', 6)}</div></article>${after}</main><aside class="side"><ul><li><a href="/a">Most popular story one of the week</a></li></ul></aside></div></body>`,
  );
/** A story whose body ends with `after`. */
const bodyWith = (after: string) =>
  load(
    `<body><main><article><h1>Council approves new bus routes</h1><div class="article-body">${prose('the bus network', 6)}${after}</div></article></main></body>`,
  );

describe('rule 1: paywall/premium boxes opening their parent', () => {
  it('A2 leaves out a premium teaser box of other stories written as paragraphs after the body', () =>
    expectReadsWithout(
      bodyWith(
        `<section class="more-premium"><div class="premium-teaser"><p><a href="/premium/2026/12/housing">Inside the housing crunch</a> — Our reporters spent six months tracking rents across the region and found them rising faster than wages.</p><p><a href="/premium/2026/12/schools">The school that beat the odds</a> — How a small rural primary school turned around its results in three years with a new reading programme.</p><p><a href="/premium/2026/12/river">What is killing the river?</a> — Scientists say runoff from farms upstream has driven fish numbers to their lowest level in decades.</p><p><a href="/premium/2026/12/port">The port's quiet expansion</a> — Documents show plans to double the size of the container terminal were drawn up years before residents were told.</p></div></section>`,
      ),
      'Paragraph 5 of the story',
      'Our reporters spent six months tracking rents',
    ));
  it('A3 leaves out a paywall modal appeal opening its container inside the article', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>Council approves new bus routes</h1><div class="article-body">${prose('the bus network', 6)}<div id="tp-container"><div class="paywall-modal"><p>You have reached the end of your reading for this month, but there is much more of our journalism to explore this winter.</p><p>Independent local reporting takes time and money: our newsroom of twelve covers every council meeting and court hearing.</p><p>Readers like you fund almost half of our work, and every contribution helps us keep our reporters on the ground.</p><p>Choose the plan that suits you below, from a weekend pass to a full year of access, and support the journalism you value.</p></div></div></div></article></main></body>`,
      ),
      'Paragraph 5 of the story',
      'Independent local reporting takes time',
    ));
  it('A4 reads the free story, not a premium teaser excerpt in the side column', () => {
    const text = articleText(
      load(
        `<body><main><div class="col-main"><article><h1>Council approves new bus routes</h1><div class="article-body">${prose('the bus network', 4)}</div></article></div><div class="col-side"><div class="premium-teaser"><p>Our investigation found that the regional transport authority spent more than $40 million on consultants over five years.</p><p>Internal emails show that senior staff raised concerns about the contracts as early as 2021, but were overruled by the board.</p><p>The authority said in a statement that all contracts had followed procurement rules and had been approved by the minister.</p><p>Opposition politicians have called for an independent inquiry into the spending, which they described as extraordinary.</p><p>Transport experts said the money could have paid for three new bus routes in the city's growing northern suburbs.</p></div></div></main></body>`,
      ),
    );
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('spent more than $40 million on consultants');
  });
  it('A5 reads the story, not a paywalled sidebar column of a premium report', () => {
    const text = articleText(
      load(
        `<body><div class="page"><main class="content"><article><h1>Council approves new bus routes</h1><div class="article-body">${prose('the bus network', 3)}</div></article></main><aside class="rail"><div class="paywall-teaser"><p>Our investigation found that the regional transport authority spent more than $40 million on consultants over five years.</p><p>Internal emails show that senior staff raised concerns about the contracts as early as 2021, but were overruled by the board.</p><p>The authority said in a statement that all contracts had followed procurement rules and had been approved by the minister.</p><p>Opposition politicians have called for an independent inquiry into the spending, which they described as extraordinary.</p><p>Transport experts said the money could have paid for three new bus routes in the city's growing northern suburbs.</p></div></aside></div></body>`,
      ),
    );
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).not.toContain('spent more than $40 million on consultants');
  });
});

describe('rule 2: a label line over a box opening with a linked heading', () => {
  it('B1 reads an ANALYSIS part whose subhead links to an explainer', () =>
    expect(
      articleText(
        storyPage(
          '<div class="article-part"><p class="label">ANALYSIS</p><div class="part-body"><h2><a href="/explainers/bus-network-review.html">Why the network needed a review</a></h2><p>The routes had not changed since 1998, while the city grew by a third and new suburbs went without a service of their own.</p></div></div>',
        ),
      ),
    ).toContain('The routes had not changed since 1998'));
  it('B5 reads an UPDATE part (one paragraph) whose heading links the council minutes', () =>
    expect(
      articleText(
        storyPage(
          '<div class="article-part"><p class="label">UPDATE 3:45 p.m.</p><div class="part-body"><h3><a href="/documents/council-minutes-2026-12-06.pdf">Read the full council minutes</a></h3><p>The mayor said after the vote that the first of the new routes would start running in March, pending the purchase of buses.</p></div></div>',
        ),
      ),
    ).toContain('the first of the new routes would start running in March'));
  it('B6 reads a section on a councillor (one paragraph), its heading linking her profile page', () =>
    expect(
      articleText(
        storyPage(
          '<div class="article-part"><p class="label">Who is behind the plan</p><div class="part-body"><h3><a href="/people/maria-lopez">Maria Lopez</a></h3><p>Lopez, a former bus driver, was elected to the council in 2022 on a promise to fix the routes that serve the eastern suburbs.</p></div></div>',
        ),
      ),
    ).toContain('Lopez, a former bus driver, was elected'));
  it('B7 reads a timeline entry (one paragraph) whose heading links the earlier story', () =>
    expect(
      articleText(
        storyPage(
          '<div class="article-part"><div class="label">Timeline</div><div class="part-body"><h4><a href="/news/2026/03/bus-review-launched.html">March: review launched</a></h4><p>The council launched its review of the bus network in March after complaints from residents about long waits and crowded buses.</p></div></div>',
        ),
      ),
    ).toContain('launched its review of the bus network in March'));
  it('B8 reads a liveblog entry beside the story, its time over its linked headline', () =>
    expect(
      articleText(
        storyPage(
          '<div class="live-entry"><time datetime="2026-12-06T14:12">14:12</time><div class="entry-body"><h3><a href="/live/2026/12/06/bus-routes-vote/entry-1412">Vote passes 9 to 4</a></h3><p>The council has approved the new routes by nine votes to four after a debate that lasted more than three hours this afternoon.</p></div></div>',
        ),
      ),
    ).toContain('approved the new routes by nine votes to four'));
});
