/**
 * The finder's rules from blind set mix17 (tests/fixtures/blind-pages/mix17), each on a small page
 * with what it must read and what it must leave out: a run of teasers beside the story's `article`
 * ("More posts") is not joined to it, teasers whose classes differ post by post are still a run,
 * and a reporter's bare e-mail line is not the story's. Each probe but the GUARDs failed before its
 * rule (d5a56a2).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose } from './story-page';

/** A WordPress teaser: its own post's classes, a linked title and a one-sentence excerpt. */
const teaser = (id: number, category: string, excerpt: string) =>
  `<article id="post-${id}" class="post-${id} post type-post status-publish format-standard hentry category-${category}">` +
  `<header class="entry-header"><h3 class="entry-title"><a href="https://ledger.example/2026/11/${id}/" rel="bookmark">Post number ${id} on the peninsula</a></h3></header>` +
  `<div class="entry-summary"><p>${excerpt}</p></div></article>`;
const TEASERS =
  teaser(118, 'korea', 'New transmission towers near the old industrial zone hint at plans nobody has announced yet.') +
  teaser(115, 'analysis', 'The plenum spent more time on fertilizer quotas than on the military, which tells us something.') +
  teaser(109, 'japan', 'Only two parents of the citizens taken in the 1970s are still alive, and their patience is thin.');

describe('teasers around the story', () => {
  it('leaves out a "More posts" section of teasers beside the story’s article', () => {
    const doc = load(
      `<body><div id="page" class="hfeed site"><main id="main" class="site-main">` +
        `<article id="post-123" class="post-123 post type-post hentry"><header class="entry-header"><h1 class="entry-title">Why the rail link matters</h1></header>` +
        `<div class="entry-content">${prose('the rail link', 8)}</div></article>` +
        `<section class="more-posts"><h2>More posts</h2><div class="more-posts-grid">${TEASERS}</div></section>` +
        `</main></div></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 7 of the story');
    expect(text).not.toContain('transmission towers');
    expect(text).not.toContain('fertilizer quotas');
  });

  it('leaves out teasers inside the story’s article though each carries its own post’s classes', () => {
    const doc = load(
      `<body><main><article id="post-123" class="post-123 post type-post hentry"><h1>Why the rail link matters</h1>` +
        `<div class="entry-content">${prose('the rail link', 8)}</div>` +
        `<div class="grid"><h2>More posts</h2>${TEASERS}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 7 of the story');
    expect(text).not.toContain('transmission towers');
    expect(text).not.toContain('fertilizer quotas');
  });
  it('GUARD: reads a landing page’s boxes beside its intro, though a row of linked tips sits among them', () => {
    const box = (name: string) =>
      `<div class="col box"><h3 class="h1">Our ${name} range</h3><p>We offer ${name} from many makers, among them <a href="/m/a">Alpha Print</a>, ` +
      `<a href="/m/b">Beta Systems</a> and <a href="/m/c">Gamma Labels</a>, and our advisers, who know every model, help you choose the right one for your needs, from analysis to installation, at a fair price.</p></div>`;
    const tip = (name: string) =>
      `<div class="tip"><h4><a href="/tips/${name}/">All about ${name}</a></h4><p>Short notes on ${name}.</p></div>`;
    const doc = load(
      `<body><div class="intro"><h1>Printing systems for every need</h1><h2>Your partner for labels</h2>` +
        `<p>We are a family firm, and since 1989 we have printed labels for industry, trade and logistics, in our own plant.</p>` +
        `<p>Our team of forty, in sales, service and printing, answers every request, large or small, within a day.</p></div>` +
        `<main class="content"><div class="row">${['printers', 'labels', 'ribbons', 'solutions'].map(box).join('')}</div>` +
        `<div class="row">${['heads', 'rolls', 'inks'].map(tip).join('')}</div></main></body>`,
    );
    expect(articleText(doc)).toContain('We offer ribbons from many makers');
  });
});

describe('a reporter’s e-mail line', () => {
  it('leaves out a bare e-mail address under a wire story', () => {
    const doc = load(
      `<body><article><h1>Envoy meets Taliban officials in Doha</h1>${prose('the envoy', 5)}` +
        `<p class="end">(END)</p><p class="reporter-mail">seoha.yoon@hanbit.example</p></article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('seoha.yoon@hanbit.example');
  });

  it('GUARD: reads an address inside the story’s sentence, linked or not', () => {
    const doc = load(
      `<body><article><h1>Repair café opens again</h1>${prose('the café', 5)}` +
        `<p>Anne Althaus answers questions at the city office (<a href="mailto:althausa@city.example">althausa@city.example</a>).</p>` +
        `<p>Tickets for the evening can be ordered from tickets@city.example until Friday.</p></article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('althausa@city.example');
    expect(text).toContain('tickets@city.example');
  });
});
