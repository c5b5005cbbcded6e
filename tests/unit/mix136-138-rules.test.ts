/**
 * What mix136 and mix138 showed, read sealed on 9a7bf1c: a Norwegian municipality's note that the story is in other
 * languages too; a university's "Experts in this story" cards read as the standfirst; a prefecture's note that the page is
 * a press release, true as of its issue; a Greek municipality's newsletter and follow lines in Joomla's modules inside the
 * story; a Squarespace blog's donation pitch, its button in a block of its own. And what mix137 showed, read sealed on
 * 771e5e3 (the rules of 0defeef): an Italian weekly's print-edition note; a Hungarian portal's "Kapcsolódó" cards between the
 * paragraphs, each an `article` of its own, and its Facebook follow line; a Japanese paper's print note and its tip appeal.
 * The cases that are not GUARDs fail on the commit the set was read on.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Council votes to settle thirty refugees in 2027', 'the settlement');

describe('site lines of mix136 and mix138', () => {
  itLeavesOutLines(story, [
    'Denne saka er òg tilgjengeleg på ukrainsk og engelsk – vel språk i menyen øvst på sida.',
    'Denna artikel är även tillgänglig på engelska och arabiska.',
    'Ακολουθήστε τον Δήμο Κορωνίδας στο Facebook και στο Instagram για να ενημερώνεστε πρώτοι για ανακοινώσεις.',
    'Μάθετε πρώτοι τα νέα του Δήμου! Εγγραφείτε στο ηλεκτρονικό ενημερωτικό δελτίο και λαμβάνετε κάθε εβδομάδα στο email σας.',
    'Questo articolo è pubblicato anche sul numero 46 de La Campana in distribuzione nelle parrocchie.',
    'Ne maradjon le a vármegye legfontosabb híreiről: kövesse a Kelet Hírek Facebook-oldalát, és kapcsolja be az értesítéseket!',
  ]);
  itReadsSentences(story, [
    'Denne saka er ikkje avslutta, sa ordføraren, som vil ta ho opp att i februar.',
    'Ο δήμαρχος ζήτησε από τους παραγωγούς να ακολουθήσουν τις οδηγίες του επιμελητηρίου.',
    'Questo articolo è stato il più letto della settimana, racconta il direttore, e molti lettori hanno scritto alla Caritas.',
    'A cég vezetője azt kérte a gazdáktól, hogy kövessék a felvásárlási árak alakulását.',
  ]);
  const paper = jaStoryWith('元島民の記憶、VRで再現　根室の高校生', '北方領土');
  itLeavesOutJapaneseLines(paper, [
    '※この記事は、12月6日付の道東新報朝刊ねむろ面にも掲載しています。',
    '道東新報は、身近な疑問や地域の困りごと、行政や企業の不正に関する情報を募集しています。LINEの公式アカウントからも投稿できます。',
  ]);
  itReadsSentences(paper, ['根室署は、事件に関する情報を募集しています。心当たりのある人は同署まで連絡してほしいとしている。']);
  itLeavesOutJapaneseLines(jaStoryWith('「北方領土の日」県民大会を開催します', '北方領土'), [
    'このページは記者発表資料です。内容は発表時点のものです。',
  ]);
  itReadsSentences(jaStoryWith('「北方領土の日」県民大会を開催します', '北方領土'), [
    '大会では、このページで紹介した作文のほか、中学生と高校生が返還への思いを発表する。',
  ]);
});

describe('boxes of mix136–138', () => {
  const card = (title: string) =>
    `<article class="article-card style-related"><a href="/agrar/${title.length}"><img src="/t.jpg" alt=""></a><div class="article-card-body"><span>Kapcsolódó</span><a href="/agrar/${title.length}"><h2>${title}</h2></a><p>Az ipari alma felvásárlási ára alig fedezi a szedés költségét, sokan a fán hagyják a termést.</p></div></article>`;
  it("leaves out a card for another story, an `article` of its own between the story's paragraphs", () =>
    expectReadsWithout(
      storyAroundWith(
        'Kínába viszi almaléjét egy nyírteleki cég',
        'the deal',
        'the contract',
      )(card('Rekordközeli almatermés, mégis veszteséggel zárhatja a szezont')),
      'Paragraph 2 of the story',
      'Rekordközeli almatermés',
    ));
  it("GUARD: reads a story's own `article` section headed by a linked subhead", () =>
    expect(
      articleText(
        storyAroundWith(
          'Kínába viszi almaléjét egy nyírteleki cég',
          'the deal',
          'the contract',
        )(`<article class="chapter"><h2><a href="#chapter-2">Másfél év előkészítés</a></h2>${prose('the paperwork', 4)}</article>`),
      ),
    ).toContain('Másfél év előkészítés'));
  const withSidebar = (sidebar: string) =>
    load(
      `<body><h1>Satellite images show North Korea's harvests are smaller than reported</h1><div class="sidebar">${sidebar}</div><div class="content"><div class="body">${prose('the harvest', 6)}</div></div></body>`,
    );
  const expert = (name: string, topics: string) =>
    `<div class="views-row expert-card"><p class="name"><a href="/experts/${name.toLowerCase().replace(/\W+/g, '-')}">${name}</a></p><p class="topics">${topics}</p></div>`;
  it('reads no standfirst in a sidebar of linked cards between the headline and the story', () =>
    expectReadsWithout(
      withSidebar(
        expert('Emeka Okafor', 'Remote sensing, food security and land use in East Asia and the Korean peninsula') +
          expert('Hanna Lindqvist', 'Grain markets, humanitarian food aid and agricultural statistics in Asia'),
      ),
      'Paragraph 5 of the story',
      'Remote sensing, food security',
    ));
  it('GUARD: reads a standfirst under the headline beside a run of its layout boxes', () =>
    expect(
      articleText(
        load(
          `<body><div class="container"><header><h1>Winda w chmurach</h1><p class="lead">Aleksandra Zbroja przedstawia się jako dorosłe dziecko alkoholika i pisze o tym, jak wygląda życie z pijącymi rodzicami.</p></header></div><div class="container"><div class="body">${prose('the book', 6)}</div></div></body>`,
        ),
      ),
    ).toContain('Aleksandra Zbroja przedstawia się'));
  it("leaves out a Joomla module inside the story's text", () =>
    expectReadsWithout(
      story(
        '<div class="moduletable"><div class="custom"><p><strong>Μάθετε πρώτοι!</strong> Τα νέα του Δήμου κάθε εβδομάδα, με τις προκηρύξεις και τις εκδηλώσεις της περιοχής σας, όπως τα ζητήσατε.</p></div></div>',
      ),
      'Paragraph 5 of the story',
      'Τα νέα του Δήμου κάθε εβδομάδα',
    ));
  const pitch = (words: string) =>
    load(
      `<body><article><h1>Mariam teaches English on Saturdays</h1><div class="sqs-block html-block"><div class="sqs-block-content">${prose('the class', 6)}</div></div><div class="sqs-block html-block"><div class="sqs-block-content"><h4>Stories like Mariam's start in a classroom.</h4><p>${words}</p></div></div><div class="sqs-block button-block"><div class="sqs-block-content"><a href="/donate">Donate now</a></div></div><div class="sqs-block html-block"><div class="sqs-block-content"><p>Mariam hopes to sit her SAQA evaluation next year, once the school has raised the fee for her and two other teachers.</p></div></div></article></body>`,
    );
  it('leaves out a pitch asking the reader to give, its button in the next block', () =>
    expectReadsWithout(
      pitch(
        'R250 pays for one learner’s workbook, transport and lunch for a term. Give once or give monthly, and every rand goes to the classroom.',
      ),
      'Paragraph 5 of the story',
      'R250 pays for one',
    ));
  it("GUARD: reads the story's paragraph on giving before such a button", () =>
    expect(
      articleText(pitch('Parents gave what they could: a kettle, two heaters and a whiteboard, which the church hall still uses.')),
    ).toContain('Parents gave what they could'));
});
