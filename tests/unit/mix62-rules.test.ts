/**
 * What the sealed set mix62 (Australian, New Zealand and Canadian news) showed when read once on f239795: a "Key points" box
 * between the lead picture and the body was lost (the search for a standfirst stopped at the lead picture's caption), and
 * "(Supplied: …)" closing a caption, "With files from …" and a broadcaster's label "This is an analysis by a … journalist."
 * (a span standing among the story's paragraphs) were read. The probes fail on f239795; the guards are story lines worded alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix62', file), 'utf8');

describe('a summary box between the lead picture and the body', () => {
  const page = (between: string) =>
    load(
      `<body><main><article><header><h1>Australia to send RAAF aircraft to monitor North Korea sanctions</h1><p class="byline">By defence correspondent Olivia Hartnett</p></header><figure><img src="/p8.jpg" width="862" height="485" alt=""><figcaption>A P-8A Poseidon maritime patrol aircraft at RAAF Base Darwin during an exercise earlier this year.</figcaption></figure>${between}<div class="body">${prose('North Korea', 6)}</div></article></main></body>`,
    );

  it("reads the set's Key points box (its page 01)", () => {
    const text = articleText(parsePage(fixture('01-abc-north-korea-patrols.html')));
    expect(text).toContain('It is the largest single rotation the RAAF has committed');
    expect(text).toContain('Defence officials will brief a Senate estimates hearing');
  });

  it('GUARD: reads a summary box after the lead picture on a small page (read before too)', () => {
    expect(
      articleText(
        page(
          '<div class="KeyPoints"><h2>Key points:</h2><ul><li>Australia will deploy a P-8A Poseidon and about 60 personnel to Japan from February.</li><li>It is the largest single rotation the RAAF has committed to the effort since it began.</li></ul></div>',
        ),
      ),
    ).toContain('It is the largest single rotation the RAAF has committed');
  });

  it('GUARD: leaves out a newsletter line between the lead picture and the body', () => {
    expectReadsWithout(
      page('<p class="promo">Subscribe to our free daily newsletter for the latest Asia-Pacific news in your inbox.</p>'),
      'Paragraph 5 of the story',
      'free daily newsletter',
    );
  });
});

describe('lines an Australian or Canadian broadcaster adds', () => {
  const story = (after: string, opening = '') =>
    load(
      `<body><main><article><h1>Putin's Arctic decree puts Canada's Northwest Passage claim in a new light</h1><div class="story">${opening}${prose('Putin', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(story, ['With files from Reuters and The Canadian Press', '(With files from The Associated Press)']);

  itReadsSentences(story, [
    'With files from the ministry seized, investigators said the case would take months.',
    'This is an analysis by the Pentagon that the minister disputed on Thursday.',
  ]);

  it('leaves out "This is an analysis by a CBC News journalist." standing among the paragraphs', () => {
    expectReadsWithout(
      story(
        '',
        '<span class="analysisNotice">This is an analysis by a CBC News journalist. For more information about CBC\'s approach to analysis, see the note below.</span>',
      ),
      'Paragraph 5 of the story',
      'This is an analysis by a CBC',
    );
  });

  it('reads the caption without "(Supplied: Department of Defence/LACW Emma Quirk)" (the set\'s page 01)', () => {
    expectReadsWithout(
      parsePage(fixture('01-abc-north-korea-patrols.html')),
      'A P-8A Poseidon maritime patrol aircraft at RAAF Base Darwin',
      'Supplied: Department of Defence',
    );
  });
});
