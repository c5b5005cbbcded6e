/**
 * A second reader's probes of 9a7bf1c and 0defeef (base c3009a5: VOTE_LABEL in more languages, the WhatsApp, Catalan and Greek
 * follow and channel lines, a player's ad note, the Czech print-edition note, "A backgrounder follows.", the Japanese report,
 * follow, trademark, press-release and "as of" notes, like-items' DATE_ONLY standing title, article-siblings' `isSitesBox`,
 * article-lead's `inCardRun`, Joomla's `moduletable` as an UNLIKELY word, appeals' GIVE_NOW, and the Japanese caption bracket
 * with a date then who took it). Probes (no "GUARD" in the name) assert the reading of a story's own part on a page built as a
 * real one is; each fails on 0defeef and passes on c3009a5.
 * Story text lost to 0defeef:
 * - a council's standfirst in a Bootstrap `row` of its own (a link to the plan in it), the next row its share links
 *   (article-lead `inCardRun`: two like rows beside the article, each with a link, read as a run of cards);
 * - a council's standfirst in a Bootstrap `row` with the date and a section link, the next row the lead picture linked to its
 *   larger file (article-lead `inCardRun`);
 * - a community foundation's closing paragraph on Give Miami Day (a giving day's name opening the sentence) set in a
 *   Squarespace block before the site's "Donate" button block (appeals `leadsToAppeal` with GIVE_NOW);
 * - a Japanese trademark-dispute story's sentence 「「白い恋人」は、…同社の登録商標です。」 (japanese-notices: the new
 *   trademark note, any sentence "X は … の登録商標です");
 * - a Czech media story's "Text vyšel v tištěném vydání Lidových novin v pondělí a …" (article-notices EDITORS_NOTE's
 *   Czech print-edition note, not anchored at its end);
 * - a Greek service story's "Για να μαθαίνετε πρώτοι …, εγγραφείτε στο ενημερωτικό δελτίο του ΕΣΠΑ …" (article-notices
 *   STOCK_LINE's Greek newsletter line: any newsletter, not only the site's own);
 * - a story's update line, a paragraph classed "update-banner" beside the story's body (article-siblings `isSitesBox`: a
 *   short box whose class names furniture, "banner").
 * Tried and read alike on both (GUARDs): a standfirst row whose neighbours hold the headline and the story; a block theme's
 * excerpt in a group beside a group with the featured image; a story's sentence on giving that opens with "Given".
 * The reader was helper-233. The commit after 63f6092 makes all seven pass: a run of cards only of boxes of one build (the same
 * tags and classes inside), a sentence asking to give only "Give once", "Give monthly", "Donate today" and their kin, the
 * Japanese trademark note only of a company's trademark in a sentence without a comma, the Czech print note only with "také" or
 * "rovněž", the Greek newsletter line only opening a sentence and going on to what the reader gets (or ending), and a short
 * furniture-named box beside the story only with a link in it.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { itReadsStoryLines } from './site-lines';

const headline = 'Ardmuir council approves new flood defences';
const row = (inner: string) => `<div class="row"><div class="col-md-12">${inner}</div></div>`;
const rows = (...inner: string[]) => load(`<body><main><div class="container">${inner.map(row).join('')}</div></main></body>`);

describe('standfirsts beside layout rows (article-lead inCardRun)', () => {
  it('reads a standfirst with a link in a Bootstrap row of its own, its share links in the next row', () =>
    expect(
      articleText(
        rows(
          `<h1>${headline}</h1>`,
          '<p class="lead">The £14 million scheme, set out in the <a href="/documents/flood-plan-2026.pdf">Ardmuir flood plan</a>, will protect more than 900 homes along the river Ard.</p>',
          '<ul class="share"><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=x">X</a></li></ul>',
          `<article>${prose('the scheme', 6)}</article>`,
        ),
      ),
    ).toContain('will protect more than 900 homes'));
  it("reads a standfirst in a Bootstrap row with the date and section link, the lead picture's row linked to its larger file", () =>
    expect(
      articleText(
        rows(
          `<h1>${headline}</h1>`,
          '<p class="meta">5 December 2026 | <a href="/news/environment">Environment</a></p><p class="lead">The £14 million scheme will protect more than 900 homes along the river Ard, after two winters in which the town centre flooded three times.</p>',
          '<figure><a href="/media/flood-wall.jpg"><img src="/media/flood-wall-800.jpg" alt="The planned wall"></a></figure>',
          `<article>${prose('the scheme', 6)}</article>`,
        ),
      ),
    ).toContain('will protect more than 900 homes'));
  it('GUARD: reads a standfirst row between the headline row and the story row', () =>
    expect(
      articleText(
        rows(
          `<h1>${headline}</h1>`,
          '<p class="lead">The £14 million scheme will protect more than 900 homes along the river Ard, after two winters in which the town centre flooded three times.</p><p class="byline">By <a href="/author/jane-doe">Jane Doe</a>, 5 December 2026</p>',
          `<div class="article-body">${prose('the scheme', 6)}</div>`,
          '<ul class="tags"><li><a href="/tag/floods">Floods</a></li></ul>',
        ),
      ),
    ).toContain('will protect more than 900 homes'));
  const group = (inner: string) => `<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">${inner}</div>`;
  it("GUARD: reads a block theme's excerpt in a group beside the featured image's group", () =>
    expect(
      articleText(
        load(
          `<body><main class="wp-block-group is-layout-flow">${group(`<h1 class="wp-block-post-title">${headline}</h1>`)}${group('<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">The £14 million scheme will protect more than 900 homes along the river Ard, after two winters in which the town centre flooded three times.</p></div><div class="taxonomy-category wp-block-post-terms"><a href="/category/environment" rel="tag">Environment</a></div>')}${group('<figure class="wp-block-post-featured-image"><a href="/2026/12/05/flood-defences/"><img src="/wp-content/uploads/2026/12/wall.jpg" alt=""></a></figure>')}<div class="entry-content wp-block-post-content is-layout-constrained">${prose('the scheme', 6)}</div></main></body>`,
        ),
      ),
    ).toContain('will protect more than 900 homes'));
});

describe('a paragraph before a donate button (appeals GIVE_NOW)', () => {
  const closing = (words: string) =>
    load(
      `<body><article><h1>Give Miami Day raises a record $29 million</h1><div class="sqs-block html-block"><div class="sqs-block-content">${prose('the giving day', 6)}</div></div><div class="sqs-block image-block"><div class="sqs-block-content"><img src="/s/volunteers.jpg" alt=""></div></div><div class="sqs-block html-block"><div class="sqs-block-content"><p>${words}</p></div></div><div class="sqs-block button-block"><div class="sqs-block-content"><a href="/donate">Donate</a></div></div></article></body>`,
    );
  it("reads the story's closing paragraph on Give Miami Day set before the site's Donate button", () =>
    expect(
      articleText(
        closing(
          'Give Miami Day began in 2012 with $2.3 million raised for 400 nonprofits; this year the Foundation’s bonus pool alone topped $1 million.',
        ),
      ),
    ).toContain('Give Miami Day began in 2012'));
  it('GUARD: reads the story\'s closing paragraph on giving that opens with "Given"', () =>
    expect(
      articleText(
        closing('Given the record, the Foundation will keep the 24-hour format next year and add a day of giving for schools in spring.'),
      ),
    ).toContain('Given the record'));
});

describe("a story's own sentences read as site lines", () => {
  itReadsStoryLines(jaStoryWith('「白い恋人」パロディー商品で和解', '商標'), [
    '「白い恋人」は、北海道の石屋製菓が1976年に発売したチョコレート菓子の名前で、同社の登録商標です。',
  ]);
  itReadsStoryLines(storyWith('Komentář o Ukrajině stál šéfredaktora místo', 'komentář'), [
    'Text vyšel v tištěném vydání Lidových novin v pondělí a ještě týž den ho ministr zahraničí označil za ostudu.',
  ]);
  itReadsStoryLines(storyWith('Νέο «Εξοικονομώ»: ποιοι δικαιούνται επιδότηση', 'το πρόγραμμα'), [
    'Για να μαθαίνετε πρώτοι πότε ανοίγει η πλατφόρμα, εγγραφείτε στο ενημερωτικό δελτίο του ΕΣΠΑ στο espa.gr.',
  ]);
});

describe("a short box beside the story's root (article-siblings isSitesBox)", () => {
  it("reads a story's update line, a paragraph classed as a banner after its body", () =>
    expect(
      articleText(
        load(
          `<body><main><article><h1>Kabul water shortage deepens</h1><div class="article-body">${prose('the aquifer', 6)}</div><p class="update-banner">Update, 5 December: The ministry has since said the wells in the western districts are about 120 metres deep, not 80.</p></article></main></body>`,
        ),
      ),
    ).toContain('about 120 metres deep'));
});
