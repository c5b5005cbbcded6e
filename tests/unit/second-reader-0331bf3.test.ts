/**
 * A second reader's probes of the rules 0331bf3 added or widened, against ecea41b: a box named only "header" (any tag) as a
 * subhead's box (namedUnlikely), a run of like boxes each opening with a linked line left out as teasers (isLinkedTeaser), a
 * bracketed "(First Last/Outlet)" line in a caption as a credit (PHOTOGRAPHER_FOR), "Media/Press enquiries" and its kin as
 * back matter (BACK_MATTER), and "Se autoriza la reproducción … de esta nota/información" as a publisher's note (DISCLAIMER).
 * Every probe (no "GUARD" in its name) fails on 0331bf3; the describes say whether it passes on ecea41b (all 13 do). The
 * GUARDs pass on 0331bf3; two of them (a subhead in a Jimdo "j-header" module, a "Media enquiries" contact box) are what
 * 0331bf3 rightly added and fail on ecea41b.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itReadsStoryLines } from './site-lines';
import { load, prose, storyWith } from './story-page';

const story = storyWith('Los periódicos regionales denuncian la copia de sus noticias', 'the copying');
const enStory = storyWith('Charities report record demand for winter help', 'the demand');

/** A story page: headline, two paragraphs naming `topic`, `middle`, then two more paragraphs. */
const listStory = (headline: string, topic: string, middle: string) =>
  load(
    `<body><main><article><h1>${headline}</h1><div class="article-body">${prose(topic, 2)}${middle}<p>Closing paragraph of the story, in which the editors said the list would be updated as new services opened.</p></div></article></main></body>`,
  );

/** Boxes of `cls` (or none), each a linked first line and a description. */
const linkedBoxes = (cls: string, items: [string, string, string][]) =>
  items
    .map(([href, title, text]) => `<div${cls ? ` class="${cls}"` : ''}><p><a href="${href}">${title}</a></p><p>${text}</p></div>`)
    .join('');

describe('isLinkedTeaser: a story written as a run of boxes, each a linked name and its description (a resource list, a books list, a timeline); all pass on ecea41b', () => {
  const resources: [string, string, string][] = [
    [
      'https://www.citizensadvice.example/debt',
      'Citizens Advice debt helpline',
      'Free, confidential advice on priority debts such as rent, council tax and energy arrears, by phone or webchat.',
    ],
    [
      'https://www.stepchange.example/',
      'StepChange Debt Charity',
      'Sets up debt management plans at no cost and can talk to lenders on your behalf to freeze interest.',
    ],
    [
      'https://www.trusselltrust.example/get-help',
      'The Trussell Trust food bank finder',
      'Enter your postcode to find the nearest food bank; most ask for a referral voucher from a local agency.',
    ],
    [
      'https://www.turn2us.example/benefits-calculator',
      'Turn2us benefits calculator',
      'Checks in about ten minutes which benefits and grants you may be entitled to but are not yet claiming.',
    ],
  ];
  it('reads a list of help services, each in a classed box ("resource")', () =>
    expectReadsWithout(
      listStory('Where to get help with the cost of living this winter', 'the help', linkedBoxes('resource', resources)),
      'Sets up debt management plans at no cost',
      'Related stories',
    ));
  it('reads a list of help services, each in an unclassed div (an old CMS wrapping each entry)', () =>
    expectReadsWithout(
      listStory('Where to get help with the cost of living this winter', 'the help', linkedBoxes('', resources)),
      'Checks in about ten minutes which benefits',
      'Related stories',
    ));
  it("reads a critics' books of the year, each book's linked title and the critic's note", () =>
    expectReadsWithout(
      listStory(
        'Our critics pick the best books of the year',
        'the books',
        linkedBoxes('book-entry', [
          [
            '/books/2025/intermezzo-review',
            'Intermezzo by Sally Rooney',
            'Two grieving brothers, one chess prodigy, and Rooney at her most generous: the novel our critics argued about longest.',
          ],
          [
            '/books/2025/james-review',
            'James by Percival Everett',
            'Huckleberry Finn retold by Jim, funny and furious by turns; it deserved every prize it won.',
          ],
          [
            '/books/2025/orbital-review',
            'Orbital by Samantha Harvey',
            'Sixteen sunrises in one day aboard the space station, in prose as weightless as its crew.',
          ],
        ]),
      ),
      'Huckleberry Finn retold by Jim',
      'Related stories',
    ));
  it("reads a timeline whose dates link to the site's earlier reports", () =>
    expectReadsWithout(
      listStory(
        'How the bypass plan unravelled: a timeline',
        'the bypass',
        linkedBoxes('timeline-item', [
          [
            '/news/2023/03/14/bypass-approved',
            '14 March 2023',
            'The county cabinet approves the eastern bypass at a cost of £48m, with work due to start the following spring.',
          ],
          [
            '/news/2024/01/09/bypass-costs-rise',
            '9 January 2024',
            'Costs rise to £71m after ground surveys find old mine workings under the planned route near Hollins Lane.',
          ],
          [
            '/news/2025/06/30/bypass-paused',
            '30 June 2025',
            'The council pauses the scheme after the government withdraws its share of the funding in the spending review.',
          ],
        ]),
      ),
      'Costs rise to £71m after ground surveys',
      'Related stories',
    ));
  it('reads a story of question-and-answer boxes, each closing with a link to the official guidance', () =>
    expectReadsWithout(
      listStory(
        'Your questions on the new school admissions rules, answered',
        'the admissions',
        ['Can I still apply after the deadline?', 'Do siblings still get priority?', 'What if we move house mid-year?']
          .map(
            (q, i) =>
              `<div class="faq-item"><div class="faq-q"><strong>${q}</strong></div><div class="faq-a">Answer ${i} from the council: late applications are considered after on-time ones, and families are told by letter within four weeks.</div><p><a href="https://www.council.example/admissions/guidance-${i}">Read the council's guidance on this</a></p></div>`,
          )
          .join(''),
      ),
      'Answer 1 from the council',
      'Related stories',
    ));
  it('GUARD: leaves out a run of teasers written as linked titles with a line each, after the story', () =>
    expectReadsWithout(
      enStory(
        linkedBoxes('more-item', [
          [
            '/news/2025/11/food-bank-volunteers',
            'Food bank calls for more volunteers before Christmas',
            'Shifts on Saturdays are hardest to fill.',
          ],
          ['/news/2025/11/warm-spaces', 'Warm spaces open in six village halls', 'Tea, soup and wifi, every weekday afternoon.'],
        ]),
      ),
      'Paragraph 5 of the story',
      'Warm spaces open in six village halls',
    ));
});

describe('namedUnlikely: a box named only "…-header" around an h2 that is no subhead (a site\'s tagline, a section\'s label) now read; all pass on ecea41b', () => {
  it("leaves out a blog's tagline (div.site-header, an h2 under the site's linked name) in the column above a post that opens with text", () =>
    expectReadsWithout(
      load(
        `<body><div id="page"><div class="content"><div class="site-header"><p class="site-title"><a href="/">Allotment Diaries</a></p><h2 class="site-description">Growing food on a windy hillside in West Yorkshire since 2009</h2></div>` +
          `<p>Paragraph A of the post, in which I admit, after some weeks of denial, that the leeks have rust again this year.</p>${prose('the leeks', 5)}</div></div></body>`,
      ),
      'Paragraph 4 of the story',
      'Growing food on a windy hillside',
    ));
  it('leaves out a club site\'s section label (div.page-header h2 "Aktuelles aus dem Verein") over a news item titled in bold', () =>
    expectReadsWithout(
      load(
        `<body><main><div class="page-header"><h2>Aktuelles aus dem Verein</h2></div><p><strong>Jahreshauptversammlung bestätigt Vorstand</strong></p>${prose('the club', 5)}</main></body>`,
      ),
      'Jahreshauptversammlung bestätigt Vorstand',
      'Aktuelles aus dem Verein',
    ));
  it('GUARD: reads a subhead in a Jimdo "j-header" module between text modules', () =>
    expectReadsWithout(
      load(
        `<body><div id="content_area"><div id="cc-matrix-1"><div class="j-module n j-header "><h1>Familie Rahimi ist angekommen</h1></div><div class="j-module n j-text ">${prose('the family', 3)}</div>` +
          `<div class="j-module n j-header "><h2>Zwei Jahre Warten in Islamabad</h2></div><div class="j-module n j-text ">${prose('the visa', 3)}</div></div></div></body>`,
      ),
      'Zwei Jahre Warten in Islamabad',
      'Related stories',
    ));
});

describe("PHOTOGRAPHER_FOR: a caption's bracketed names that are what the picture shows, not who took it; all pass on ecea41b", () => {
  it("reads an album cover's caption naming artist and album", () =>
    expectReadsWithout(
      enStory('<figure><img src="/cover.jpg" alt=""><figcaption>(Taylor Swift/The Tortured Poets Department)</figcaption></figure>'),
      'Taylor Swift/The Tortured Poets Department',
      'Related stories',
    ));
  it("reads a side-by-side portrait's caption naming the two candidates, left and right", () =>
    expectReadsWithout(
      enStory(
        '<figure><img src="/a.jpg" alt=""><img src="/b.jpg" alt=""><figcaption><span>The two candidates will meet in Thursday\'s debate.</span> <span>(Maria Lopez/Tom Becker)</span></figcaption></figure>',
      ),
      'Maria Lopez/Tom Becker',
      'Related stories',
    ));
});

describe('BACK_MATTER: "Press enquiries" and kin as a story\'s own subhead over a box of its text; all pass on ecea41b', () => {
  it('reads a story section headed "Press enquiries" in a story about a ministry\'s press office', () =>
    expect(
      articleText(
        load(
          `<body><main><article><h1>Ministry moves its press office out of London</h1><div class="article-body">${prose('the press office', 4)}` +
            `<h2>Press enquiries</h2><div class="section"><p>Out-of-hours press enquiries will from April go to a single duty officer in Darlington, a change unions say will slow replies to reporters.</p><p>The department said response times would be published every quarter.</p></div>` +
            `<p>Closing paragraph of the story, in which the minister defended the move as overdue.</p></div></article></main></body>`,
        ),
      ),
    ).toContain('a single duty officer in Darlington'));
  it('reads a German story\'s section headed "Presseanfragen" (a court limiting press requests)', () =>
    expect(
      articleText(
        load(
          `<body><main><article><h1>Landgericht schränkt Auskünfte an Journalisten ein</h1><div class="article-body">${prose('the court', 4)}` +
            `<section><h2>Presseanfragen</h2><p>Presseanfragen beantwortet das Gericht künftig nur noch schriftlich und binnen zehn Werktagen, kritisiert der Journalistenverband.</p><p>Bisher hatte die Pressestelle meist am selben Tag telefonisch Auskunft gegeben.</p></section>` +
            `<p>Abschließend sagte der Verband, man prüfe rechtliche Schritte gegen die neue Regel.</p></div></article></main></body>`,
        ),
      ),
    ).toContain('nur noch schriftlich und binnen zehn Werktagen'));
  it('GUARD: leaves out a "Media enquiries" contact box under a release', () =>
    expectReadsWithout(
      enStory('<div class="contact"><h3>Media enquiries</h3><p>Press office, 020 7946 0000, press@charity.example</p></div>'),
      'Paragraph 5 of the story',
      'press@charity.example',
    ));
});

describe("DISCLAIMER: a story's sentence quoting or discussing a reproduction notice; all pass on ecea41b", () => {
  itReadsStoryLines(story, [
    'El tribunal recordó que la leyenda «Se autoriza la reproducción total o parcial de esta nota citando la fuente» no ampara la copia de las fotografías.',
    'El boletín oficial aclara que no se autoriza la reproducción de esta información con fines comerciales, según explicó la abogada del diario.',
  ]);
});
