// @vitest-environment node
/**
 * Pages a second reader of session 34's rules wrote (tests/fixtures/second-reader-112), where the first
 * versions of the app-promo, caption-credit and appeal rules read a page differently from the commit
 * before them: a review's paragraph naming the app stores in its sentence, a Japanese story about an
 * app, a screenshot whose credit links to the App Store, a story's closing "How to help" section with
 * a lone donate button, and a photo rail and a teaser slider whose boxes are named for captions. Eight
 * of these checks fail on e48d9c2 (the first versions) and all pass since 004aadc.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';

const DIR = join(import.meta.dirname, '../fixtures/second-reader-112');
const read = (file: string) => articleText(parsePage(readFileSync(join(DIR, file), 'utf8'))).replace(/\s+/g, ' ');

describe('story text that names app stores or asks for help', () => {
  it.each([
    ['01-app-review-div-paragraphs.html', 'The mobile apps remain free on iOS and Android'],
    ['01-app-review-div-paragraphs.html', 'adding that the company would keep shipping updates every two weeks'],
    ['02-ja-app-launch.html', 'アプリはApp StoreとGoogle Playで無料でダウンロードでき'],
    ['02-ja-app-launch.html', '政府は紙の健康保険証の新規発行を今年１２月に停止する予定で'],
    ['03-donate-last-section.html', 'The food bank says it most needs canned protein, peanut butter'],
    ['03-donate-last-section.html', 'some sites may have to limit households to one visit a month'],
    ['06-figure-store-credit.html', 'The Threads desktop app shows several feeds side by side.'],
  ])('%s reads "%s"', (file, sentence) => {
    expect(read(file)).toContain(sentence);
  });
});

describe('rails and sliders whose boxes are named for captions', () => {
  it.each([
    ['04-photo-rail-captions.html', 'Pilgrims circle the Kaaba in Mecca ahead of the hajj'],
    ['04-photo-rail-captions.html', 'A lava flow from the Sundhnukur crater row'],
    ['05-teaser-caption-slider.html', 'Bluesky passes 10 million accounts'],
    ['05-teaser-caption-slider.html', 'Lawyers for the company argue that a law forcing its sale'],
  ])('%s leaves out "%s"', (file, line) => {
    expect(read(file)).not.toContain(line);
  });

  it.each([
    ['04-photo-rail-captions.html', 'Muddy water began to drain from the streets of Porto Alegre'],
    ['05-teaser-caption-slider.html', 'In a week of testing, the desktop app felt fast and stable'],
  ])('%s still reads the story: "%s"', (file, sentence) => {
    expect(read(file)).toContain(sentence);
  });
});
