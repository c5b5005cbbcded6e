/**
 * What the sealed sets mix56 to mix61 (think tanks, Japanese institutes, South Asian and Middle East English dailies)
 * showed when read once on e4bac0c: a headline linked to its own page by a relative address, "article__" (BEM's two
 * underscores) before a furniture word, Indian and Pakistani dailies' closing lines, an institute's disclaimer after
 * its project line, a line naming the other-language editions, a membership appeal. Probes failed on e4bac0c; guards
 * are story sentences and parts worded alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { findArticle } from '../../utils/dom/article';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, load, prose } from './story-page';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8');

describe('a headline whose only link leads to the page itself', () => {
  const TITLE = 'Torkham reopening hinges on second round of talks with Taliban administration';
  const page = (head: string, href: string) =>
    load(
      `<head><title>${TITLE} - Pakistan - DAWN.COM</title>${head}</head><body><main><article class="story">` +
        `<div class="story__breadcrumbs"><a href="/pakistan">Pakistan</a></div>` +
        `<h2 class="story__title"><a class="story__link" href="${href}">${TITLE}</a></h2>` +
        `<div class="story__content">${prose('the Taliban', 6)}</div></article></main></body>`,
    );
  const ADDRESS = 'https://www.dawn.example/news/1958342/torkham-reopening-hinges';

  it('reads it when the link is relative and the canonical address absolute', () => {
    const doc = page(`<link rel="canonical" href="${ADDRESS}">`, '/news/1958342/torkham-reopening-hinges');
    expect(findArticle(doc).headline?.textContent).toBe(TITLE);
  });

  it('reads it when the page names its address only in og:url', () => {
    const doc = page(`<meta property="og:url" content="${ADDRESS}/">`, ADDRESS);
    expect(findArticle(doc).headline?.textContent).toBe(TITLE);
  });

  it('reads it when the link differs from the page’s address only in its scheme and "www."', () => {
    const doc = page(`<link rel="canonical" href="${ADDRESS}">`, 'http://dawn.example/news/1958342/torkham-reopening-hinges/');
    expect(findArticle(doc).headline?.textContent).toBe(TITLE);
  });

  it('GUARD: takes no heading that links to the same path on another site as the headline', () => {
    const doc = page(`<link rel="canonical" href="${ADDRESS}">`, 'https://www.dawn-mirror.example/news/1958342/torkham-reopening-hinges');
    expect(findArticle(doc).headline?.textContent).not.toBe(TITLE);
  });

  it('GUARD: compares no address it cannot read (a malformed canonical link and heading link), and does not throw', () => {
    const doc = page('<link rel="canonical" href="http://[bad">', 'http://[worse');
    expect(findArticle(doc).headline?.textContent).not.toBe(TITLE);
  });

  it('GUARD: takes no heading that links to another story as the headline', () => {
    const doc = page(`<link rel="canonical" href="${ADDRESS}">`, '/news/1958343/torkham-reopening-hinges-analysis');
    expect(findArticle(doc).headline?.textContent).not.toBe(TITLE);
  });

  it('reads the headline of both sets’ Dawn pages (mix58/01, mix61/01)', () => {
    expect(articleText(parsePage(fixture('mix58/01-dawn-torkham-talks.html')))).toContain(TITLE);
    expect(articleText(parsePage(fixture('mix61/01-dawn-torkham.html')))).toContain(
      'Islamabad, Kabul agree to reopen Torkham for trucks after week-long closure',
    );
  });
});

describe('"article__" before a furniture word', () => {
  const page = (box: string) =>
    load(
      `<body><main><article class="article"><h1>After Shenzhen, the Pacific reads the fine print</h1><div class="article__body">${prose('Haqqani', 6)}</div>${box}</article></main></body>`,
    );

  it('leaves out a reader-reply prompt in "article__comments-prompt"', () =>
    expectReadsWithout(
      page(
        '<div class="article__comments-prompt"><h3>Join the conversation</h3><p>Have your say on this article. Send a response to the editors at letters@example.org.</p></div>',
      ),
      'Paragraph 5 of the story',
      'Have your say',
    ));

  it('leaves out an institute’s disclaimer in "article__disclaimer"', () =>
    expectReadsWithout(
      page(
        '<div class="article__disclaimer"><p>The institute does not express opinions of its own. The opinions expressed here are the responsibility of the author.</p></div>',
      ),
      'Paragraph 5 of the story',
      'does not express opinions',
    ));

  it('GUARD: reads the story’s own part named "article__commentary"', () => {
    const text = articleText(
      page(
        `<div class="article__commentary"><p>${'Analysts said the agreement would hold only if both sides kept the border open through winter. '.repeat(2)}</p></div>`,
      ),
    );
    expect(text).toContain('Analysts said the agreement would hold');
  });
});

describe("South Asian dailies' closing lines", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>NIA files chargesheet in Kabul-linked module case</h1><div class="body">${prose('Haqqani', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    '(With inputs from agencies)',
    '(With inputs from PTI)',
    'Additional input by our correspondent in Landi Kotal',
    'Catch all the Latest India News, Breaking News, Weather, along with Top Headlines from India and around the world.',
    'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.',
    'See more on the HT App. Get news alerts, e-paper and exclusive stories.',
    'Published in Dawn, December 3rd, 2026',
    'Already a member? Sign in to stop seeing this',
  ]);

  itReadsSentences(page, [
    'Additional inputs from the provinces are expected next week, the ministry said.',
    'Catch all the smugglers, the minister told the border police, and close the routes by spring.',
    'Published in Dawn, the report drew a sharp response from the foreign office in Kabul.',
    'Is Sweden already a member? Officials in Ankara said the vote would come in January.',
  ]);
});

describe('a membership appeal inside the body', () => {
  it('leaves out the Times of Israel’s box (mix59/02), and reads the paragraph after it', () => {
    const text = articleText(parsePage(fixture('mix59/02-toi-isis-cell.html')));
    expect(text).toContain('Lawyers for two of the defendants denied the charges');
    expect(text).not.toContain("we haven't put up a paywall");
  });
});

describe("a Japanese institute's closing lines", () => {
  const jaStory = jaStoryWith('拡大抑止の「見える化」をどう進めるか', '北朝鮮');

  itLeavesOutJapaneseLines(jaStory, [
    '本稿は、笹川平和財団「日米同盟の将来に関する研究会」の成果の一部です。記事の内容は執筆者個人の見解であり、当財団の見解を代表するものではありません。',
    'English 简体字 繁體字 Français Español العربية Русский でも公開中',
  ]);

  itReadsSentences(jaStory, [
    '本稿は、研究会の成果をもとに、北朝鮮の核開発の現状を三つの観点から整理する。',
    '英語版（English）は来月、同財団のウェブサイトでも公開される予定だ。',
  ]);
});
