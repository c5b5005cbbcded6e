/**
 * A second reader's (helper-182) probes of the rules 6365ce2 added for mix94–96: a service question with its office to call,
 * a tip line's second question, a series note, a reader-funded outlet, a closed-comments notice (STOCK_LINE, EDITORS_NOTE,
 * READER_FUNDED) and an appeal's words before its donate button (`leadsToAppeal`). Probes (no "GUARD" in the name) assert the
 * story's reading; GUARDs what the commit rightly leaves out. All twelve probes failed on 6365ce2 and passed on 5d67645; the
 * commit after 6365ce2 narrows the rules (the office asked for "contact us"/"neem dan contact op" with no reporting clause,
 * a second question only before an invitation to write to the site, "our series", no outlet named as reader-funded, only
 * "Zu diesem Artikel ist die Kommentarfunktion …", an appeal's words asking the reader to give) so that all pass.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsStoryLines } from './site-lines';
import { load, prose, storyWith } from './story-page';

const story = storyWith('Energy bills: callers wait hours as new tariffs bite', 'the tariff');

describe("a service question's new line rule (heeft u/do you have … ? contact/call …)", () => {
  itReadsStoryLines(story, [
    // A lede: "Call centre" / "Contact tracers" open the next sentence, not an instruction to call.
    'Do you have questions about your bill? Call centre staff at the utility say they have fielded 40,000 of them since prices rose in October.',
    'Do you have questions about the new vaccine? Contact tracers in the county say they hear that from almost every household they phone.',
    // A story quoting the letter that confused readers.
    'Haben Sie Fragen zu Ihrem Bescheid? Wenden Sie sich an das Finanzamt, heißt es in dem Schreiben, das tausende Eigentümer verwirrt hat.',
    'Heeft u vragen over uw aanslag? Neem dan contact op met de gemeente, staat onderaan de brief. Maar de lijn is al weken overbelast, klagen inwoners.',
  ]);
});

describe("a tip line's second question (two questions, then write/e-mail/send … @)", () => {
  itReadsStoryLines(story, [
    'Got a parcel notice? Not expecting a delivery? Emails from tracking@parcel-notice.info are part of a phishing wave, police said on Tuesday.',
    'Dostałeś SMS o dopłacie do paczki? Nic nie zamawiałeś? Wyślij go na adres incydent@cert.pl – apeluje CERT Polska, który w tym roku zablokował 90 tys. fałszywych stron.',
  ]);
});

describe("the series note's new wording (this piece is the third in a series)", () => {
  const museum = storyWith('Abakanowicz tapestry returns to Łódź after 50 years', 'the tapestry');
  itReadsStoryLines(museum, [
    'This piece is the third in a series of six tapestries Abakanowicz wove in 1970, and the only one that never left Poland.',
    'This story is the last in the series, and Le Guin wrote it in a single week in 1972, her son recalled.',
  ]);
});

describe('the reader-funded line now naming an independent, reader-supported outlet', () => {
  const media = storyWith('French investigative site wins second press prize', 'the investigation');
  itReadsStoryLines(media, [
    'Mediapart is independent and reader-funded. It carries no advertising and had 220,000 subscribers at the end of last year.',
  ]);
});

describe('the closed-comments notice now opening "Bei dieser Meldung wurde …"', () => {
  const sender = storyWith('Sender zieht Konsequenzen aus Hasskommentaren', 'die Netiquette');
  itReadsStoryLines(sender, [
    'Bei dieser Meldung wurde die Kommentarfunktion schon nach einer Stunde geschlossen, teilte der Sender mit; Dutzende Beiträge hätten gegen die Netiquette verstoßen.',
  ]);
});

/** A page builder's story: every part in a block of its own (Squarespace's `sqs-block`). */
const block = (inner: string, kind = 'html') => `<div class="sqs-block ${kind}-block"><div class="sqs-block-content">${inner}</div></div>`;

describe("leadsToAppeal: a charity's news story whose last block comes before its donate button", () => {
  const ngo = storyWith('Clinic in Kassala reopens after floods', 'the clinic');
  it("reads the story's closing paragraph in a block of its own before the button", () =>
    expectReadsWithout(
      ngo(
        block('<p>The clinic reopened on 2 December and has since treated 340 patients, most of them children under five.</p>') +
          block('<a href="/donate-now" class="sqs-button-element">Donate now</a>', 'button'),
      ),
      'The clinic reopened on 2 December',
      'Donate now',
    ));
  it("reads the story's closing quote and fact, two paragraphs in a block before a plain /donate button", () =>
    expectReadsWithout(
      ngo(
        block('<p>“We can keep the ward open through January,” said Dr Amina Yusuf.</p><p>The rains are expected to return in June.</p>') +
          block('<a href="/donate" class="sqs-button-element">Give to the flood appeal</a>', 'button'),
      ),
      'We can keep the ward open through January',
      'Give to the flood appeal',
    ));
});

describe('an h1 holding only a picture (its words in alt)', () => {
  it("GUARD: reads the standfirst under a feature's designed headline (an h1 holding only a picture)", () => {
    const doc = load(
      `<head><title>The last glassblowers of Murano | Weekend</title></head><body><header class="feature-header">` +
        `<h1 class="feature-title"><img src="/title-murano.png" width="900" height="200" alt="The last glassblowers of Murano"></h1>` +
        `<p class="standfirst">Fewer than thirty masters still work the furnaces on the island. We spent a winter with three of them, and with the apprentices who may be the last.</p></header>` +
        `<div class="story-body">${prose('the furnaces', 6)}</div></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain('Fewer than thirty masters still work the furnaces');
  });
});

describe('GUARD: what the commit means to leave out stays left out', () => {
  itLeavesOutLines(story, [
    'Heeft u vragen over uw inburgering? Neem dan contact op met het team Inburgering.',
    'Masz temat? Widziałeś coś ciekawego? Napisz do nas na alarm@echo.example lub zadzwoń.',
    'Noot voor de redactie (niet voor publicatie): voor meer informatie kunt u contact opnemen met de afdeling Communicatie.',
  ]);
  it("GUARD: leaves out an appeal's words before its donate button", () =>
    expectReadsWithout(
      story(
        block('<p>Every family deserves a warm winter. When you give monthly, our teams can plan ahead.</p>') +
          block('<a href="/donate-monthly" class="sqs-button-element">Become a monthly donor</a>', 'button'),
      ),
      'Paragraph 5 of the story',
      'Every family deserves',
    ));
});
