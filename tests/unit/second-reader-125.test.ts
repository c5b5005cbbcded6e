// @vitest-environment node
/**
 * Pages a second reader of session 35's rules wrote (tests/fixtures/second-reader-125), where the first
 * versions of those rules read a page worse than the commit before them (bedb251): a film's and a
 * book's credits after a review, one-line paragraphs opening "Photographs by" or "Photo by photo", a
 * service tip to follow an agency on X, a live chat's answers and a brand's standfirst named
 * "reporter", a blog series' next-part h1 under the story's permalink, a series banner and a
 * columnist's portrait above the h1, a quoted scam text and a charity's plea in a story, a Japanese
 * story sentence opening 情報提供はこちら; and two it reads as intended (a logo h1, bracketed caption
 * credits). The losses failed on 5b258d9 and pass since the narrowing after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';

const DIR = join(import.meta.dirname, '../fixtures/second-reader-125');
const read = (file: string) => articleText(parsePage(readFileSync(join(DIR, file), 'utf8'))).replace(/\s+/g, ' ');

describe('story text worded like the new lines', () => {
  it.each([
    ['01-film-review.html', 'Edited by Nick Houy'],
    ['02-book-review-translated.html', 'Translated by Jennifer Croft'],
    ['03-exhibition-photographs.html', 'Photographs by Dorothea Lange fill the first room.'],
    ['03-exhibition-photographs.html', 'Photo by photo, the county got its faces back.'],
    ['04-aurora-follow.html', 'Follow NOAA’s Space Weather Prediction Center on X for alerts'],
    ['05-ask-reporter-chat.html', 'Only during normal train hours, 5 a.m. to 1 a.m.'],
    ['05-ask-reporter-chat.html', 'It is. No extra fare.'],
    ['06-reporter-brand-standfirst.html', 'Eleven bridges washed out in July’s floods'],
    ['07-h1-logo-and-story-link.html', 'Port strike ends after dockworkers accept 62 percent raise'],
    ['08-h1-series-permalink.html', 'Walking the Kumano Kodo, part 1: Takijiri to Chikatsuyu'],
    ['10-scam-app-and-appeal.html', 'Download our app to receive your delivery slot.'],
    ['10-scam-app-and-appeal.html', 'If you value the helpline, become a member of Age UK Dorset.'],
    ['11-ja-broadcaster.html', '情報提供はこちらの専用窓口でも受け付けていて'],
    ['13-caption-square-brackets.html', '[in Persian]'],
  ])('%s reads "%s"', (file, sentence) => {
    expect(read(file)).toContain(sentence);
  });
});

describe('furniture above the headline, and the lines as intended', () => {
  it.each([
    ['07-h1-logo-and-story-link.html', 'Harbor City Times Port strike'],
    ['09-figure-above-h1-series-banner.html', 'Part of Heat Index, our yearlong series'],
    ['11-ja-broadcaster.html', '▼情報提供はこちら'],
    ['11-ja-broadcaster.html', '（「みなとイブニング」12月5日放送より）'],
    ['12-column-mug-above-h1.html', 'Marjorie Webb writes about city life every Sunday.'],
    ['13-caption-square-brackets.html', 'Atta Kenare/AFP'],
  ])('%s leaves out "%s"', (file, line) => {
    expect(read(file)).not.toContain(line);
  });
});
