/**
 * Second reader of 5dca76c (the mix277–280 rules): story text that the new rules take away and dfa2681 reads. Each case fails on
 * 5dca76c and passes on dfa2681.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose } from './story-page';
import { itReadsStoryLines } from './site-lines';

describe('story sentences worded like the app line (download … app for … our)', () => {
  const story = (after: string) =>
    load(
      `<body><main><article><h1>Families turn to apps as theme park queues grow</h1><div class="article-body">${prose('Anaheim', 6)}${after}</div></article></main></body>`,
    );
  itReadsStoryLines(story, [
    'Before we left, we had to download the Disneyland app for our tickets, our dining reservations and the ride wait times.',
    'Parents are told to download the ParentSquare app to get updates from our teachers, the district newsletter explained.',
  ]);
});

describe('a police appeal retold in the story, worded like the tip line (Do you know more about this …?)', () => {
  const story = (after: string) =>
    load(
      `<body><main><article><h1>Police renew appeal over missing Dubbo teenager</h1><div class="article-body">${prose('Dubbo', 6)}${after}</div></article></main></body>`,
    );
  itReadsStoryLines(story, [
    'Do you know anything more about this case? Contact Crime Stoppers on 1800 333 000, police urged on Tuesday.',
    'Do you know something about this case? Contact the Missing Persons Unit, the poster taped to the shop window reads.',
  ]);
});

describe('a Japanese story sentence in polite form, worded like the newsletter line (NHK style)', () => {
  itReadsStoryLines(jaStoryWith('被災地の声、メールで全国へ', '被災地支援'), [
    'この団体は、被災地の近況をお届けするメールマガジン「つなぐ」を配信しています。',
  ]);
});

describe("a box of the story's own whose class holds the new words", () => {
  const story = (box: string) =>
    load(
      `<body><main><article><h1>Volunteers rebuild the Dubbo library after the flood</h1><div class="article-body">${prose('Dubbo', 3)}${box}${prose('Orange', 3)}</div></article></main></body>`,
    );
  const reads = (box: string, sentence: string) => {
    const text = articleText(story(box));
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).toContain(sentence);
  };
  it('reads a box of residents quoted (community-voices)', () =>
    reads(
      `<div class="community-voices"><h3>What residents say</h3><p>“We lost everything in the water, but within a week the town had filled the shelves again,” said librarian Jo Baxter, who has worked there for 31 years.</p></div>`,
      'within a week the town had filled the shelves again',
    ));
  it('reads a fact box on the flood (factbox community-impact)', () =>
    reads(
      `<div class="factbox community-impact"><h3>By the numbers</h3><p>More than 4,000 books were lost in the flood; 2,700 have been replaced by donations from 19 towns across the state.</p></div>`,
      '2,700 have been replaced by donations',
    ));
  it('reads a fact box named for the story (story-community-impact)', () =>
    reads(
      `<div class="story-community-impact"><h3>By the numbers</h3><p>More than 4,000 books were lost in the flood; 2,700 have been replaced by donations from 19 towns across the state.</p></div>`,
      '2,700 have been replaced by donations',
    ));
  it("reads an interviewee's „Zur Person“ box (article-inline-bio)", () =>
    reads(
      `<div class="article-inline-bio"><h3>Zur Person</h3><p>Jo Baxter, 58, leitet die Bibliothek in Dubbo seit 31 Jahren und hat 2004 den regionalen Bibliotheksverband gegründet.</p></div>`,
      'leitet die Bibliothek in Dubbo seit 31 Jahren',
    ));
});
