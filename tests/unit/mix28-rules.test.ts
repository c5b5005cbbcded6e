/**
 * The finder's rules from blind set mix28 (tests/fixtures/blind-pages/mix28), each on a small page
 * with what it must read and what it must leave out: a portal's only h1 in a header box left out,
 * with its standfirst set as an h2 and no `article` element; a Dutch print-edition note; a video
 * notice on a ministry's page; a CMS field named as boilerplate. Each probe failed before its rule
 * (4397f28).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { itLeavesOutLines } from './site-lines';
import { load, prose } from './story-page';

describe("a portal's only h1 in a header box left out", () => {
  it('reads the h1 and the standfirst under it, set as an h2 (mix28 Turkish portal)', () => {
    const html = readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix28/03-tr-portal-afganistan.html'), 'utf8');
    const text = articleText(parsePage(html));
    expect(text).toContain('Taliban, Pakistan sınırındaki ticaret kapılarını süresiz kapattı');
    expect(text).toContain("Afganistan'ı yöneten Taliban");
  });
});

describe("the site's lines", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>Taliban sluiten verpleegopleidingen voor vrouwen</h1><div class="article-body">${prose('de Taliban', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(
    page,
    ['Een versie van dit artikel verscheen ook in de krant van 12 februari 2026.', '※動画の再生には時間がかかる場合があります。'],
    1,
  );

  it('leaves out a CMS field named as boilerplate ("About the university")', () => {
    const text = articleText(
      page(
        `<div class="field field--name-field-about-boilerplate field--label-above"><div class="field__label">About Westbrook University</div>` +
          `<div class="field__item"><p>Founded in 1871, Westbrook University is a public research university with more than 31,000 students across three campuses.</p></div></div>`,
      ),
    );
    expect(text).not.toContain('Founded in 1871');
  });
});
