/**
 * Second reader's probes (helper-57) of three finder rules: the headline taken from a short line
 * the title names on a page with no h1 (`article-headline.ts`; not a breadcrumb, a tagline, a
 * kicker or a sticky bar repeating the title), the climb from the best block capped at the story's
 * own `article` element (the story's text beside it is still read), and a column's disclaimer as a
 * stock line (not a story's sentence about whose views are whose). P4a–e and P3a–c failed on the
 * rules' first versions; P4f and P3d are what the rules are for; P2a–f guard the climb.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { findArticle, inArticle } from '../../utils/dom/article';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const marked = (doc: Document) => analyzePage(doc, matcher).mentions.map((m) => m.text);
const isIn = (doc: Document, id: string) => inArticle(findArticle(doc), doc.getElementById(id)!);

/** No h1; the title's longest part is the site's tagline, in its header; a ticker line between header and story. */
const taglinePage =
  `<head><title>Schools close in Kabul - Frontier Wire: Independent news from Afghanistan and Central Asia</title></head><body>` +
  `<header class="site"><a href="/"><img src="logo.png" alt="Frontier Wire"></a><p class="tagline" id="tagline">Independent news from Afghanistan and Central Asia</p></header>` +
  `<div class="top"><div class="ticker" id="ticker">Also today: Putin is to visit Beijing next week for talks on gas prices, the Kremlin said.</div></div>` +
  `<main><div class="story"><h2>Schools close in Kabul</h2>${prose('Pyongyang', 5)}</div></main></body>`;

describe('a headline line the title names, on a page with no h1', () => {
  it('P4a: no h1; a Bootstrap breadcrumb’s current (unlinked) item repeats the headline, the story’s h2 is inside <article>', () => {
    const doc = load(
      `<head><title>Taliban close girls’ schools in Kabul | World | Frontier Wire</title></head><body>` +
        `<header class="site"><a href="/"><img src="logo.png" alt="Frontier Wire"></a></header>` +
        `<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/world">World</a></li>` +
        `<li class="breadcrumb-item active" id="crumb">Taliban close girls’ schools in Kabul</li></ol>` +
        `<article id="story"><h2 id="hl">Taliban close girls’ schools in Kabul</h2><p class="date">2 December 2026</p>${prose('Pyongyang', 5)}</article></body>`,
    );
    expect(isIn(doc, 'crumb')).toBe(false);
    expect(findArticle(doc).headline?.id).not.toBe('crumb');
  });

  it('P4b: no h1; the title’s longest part is the site’s tagline, shown in the header: the tagline is not read nor the headline', () => {
    const doc = load(taglinePage);
    expect(isIn(doc, 'tagline')).toBe(false);
    expect(findArticle(doc).headline?.id).not.toBe('tagline');
  });

  it('P4b2: same page: a ticker line between header and story (not a sibling of the story) is not read as its lead', () => {
    const doc = load(taglinePage);
    expect(isIn(doc, 'ticker')).toBe(false);
    expect(marked(doc)).not.toContain('Putin');
  });

  it('P4c: no h1; title “Breaking News - Frontier Wire” and a “Breaking News” kicker before the text: not the headline', () => {
    const doc = load(
      `<head><title>Breaking News - Frontier Wire</title></head><body>` +
        `<div class="kicker" id="kicker">Breaking News</div><div class="story"><h2>Blast in Kabul</h2>${prose('Kabul', 5)}</div></body>`,
    );
    expect(findArticle(doc).headline?.id).not.toBe('kicker');
    expect(isIn(doc, 'kicker')).toBe(false);
  });

  it('P4d (ja): no h1; the topicpath’s current item repeats the headline, the story’s headline is a div inside the article', () => {
    const doc = load(
      `<head><title>タリバン、女子校を全面閉鎖へ｜国際｜周防日日新聞</title></head><body>` +
        `<ul class="topicpath"><li><a href="/">ホーム</a></li><li><a href="/intl">国際</a></li><li id="crumb">タリバン、女子校を全面閉鎖へ</li></ul>` +
        `<div class="article"><div class="midashi">タリバン、女子校を全面閉鎖へ</div><p class="date">2026年12月2日</p>${prose('カブール', 5)}</div></body>`,
    );
    expect(isIn(doc, 'crumb')).toBe(false);
  });

  it('P4e: no h1; a “now reading” sticky bar above the story repeats the headline', () => {
    const doc = load(
      `<head><title>Taliban close girls’ schools in Kabul | Frontier Wire</title></head><body>` +
        `<div class="sticky-reading" id="bar"><div>Now reading</div><div id="bar-title">Taliban close girls’ schools in Kabul</div></div>` +
        `<main><article><h2>Taliban close girls’ schools in Kabul</h2>${prose('Pyongyang', 5)}</article></main></body>`,
    );
    expect(isIn(doc, 'bar-title')).toBe(false);
    expect(findArticle(doc).headline?.id).not.toBe('bar-title');
  });

  it('P4f: no h1; the headline in a plain h2 before the text, a date line between: the h2 is the headline (sanity)', () => {
    const doc = load(
      `<head><title>Taliban close girls’ schools in Kabul | Frontier Wire</title></head><body>` +
        `<h2 id="hl">Taliban close girls’ schools in Kabul</h2><p class="date">2 December 2026, 10:14</p><div class="story">${prose('Pyongyang', 5)}</div></body>`,
    );
    expect(findArticle(doc).headline?.id).toBe('hl');
  });
});

describe('the climb capped at the story’s own <article>', () => {
  it('P2a: the story’s last paragraphs continue after </article> (a CMS closing it after an ad): they are read', () => {
    const doc = load(
      `<head><title>x</title></head><body><main class="content"><article class="story"><h1>Taliban talks resume</h1>${prose('Kabul', 7)}</article>` +
        `<div class="story-continued"><p id="tail">The last paragraph of the story, in which officials said, according to two sources, that Pyongyang was discussed at length.</p></div></main></body>`,
    );
    expect(isIn(doc, 'tail')).toBe(true);
  });

  it('P2b: a live blog: one long post and two short ones, each an <article> in a feed container: all are read', () => {
    const post = (id: string, topic: string, n: number) =>
      `<article class="post" id="${id}"><time>10:0${n}</time>${prose(topic, n)}</article>`;
    const doc = load(
      `<head><title>x</title></head><body><div class="liveblog-feed">${post('p1', 'Kabul', 1)}${post('p2', 'Pyongyang', 10)}${post('p3', 'North Korea', 1)}</div></body>`,
    );
    expect(isIn(doc, 'p2')).toBe(true);
    expect(isIn(doc, 'p1')).toBe(true);
    expect(isIn(doc, 'p3')).toBe(true);
  });

  it('P2c: <article> holds the lead, a figure and a section; a sibling section outside holds the end', () => {
    const doc = load(
      `<head><title>x</title></head><body><div class="story-wrap"><article><h1>Taliban talks resume</h1><section class="body">${prose('Kabul', 6)}</section>` +
        `<figure><img src="a.jpg"><figcaption>Delegates arrive.</figcaption></figure></article>` +
        `<section class="body" id="rest"><p>A closing paragraph of the story, in which officials said, with a comma, that Pyongyang was discussed at length.</p></section></div></body>`,
    );
    expect(isIn(doc, 'rest')).toBe(true);
  });

  it('P2d: an <article> wrapping only the story’s header and lead, the body a sibling div: the body is read', () => {
    const doc = load(
      `<head><title>x</title></head><body><div class="main"><article class="story-header"><h1>Taliban talks resume</h1>` +
        `<p class="lead">A lead paragraph of the story, in which officials said, with a comma, that Kabul was discussed.</p></article>` +
        `<div class="story-body" id="body">${prose('Pyongyang', 6)}</div></div></body>`,
    );
    expect(isIn(doc, 'body')).toBe(true);
  });
  it('P2e: an explainer whose sections are nested <article>s, one long and one short: both are read', () => {
    const doc = load(
      `<head><title>x</title></head><body><article class="story"><h1>What the Taliban want</h1>` +
        `<article class="section" id="s1"><h2>The demands</h2>${prose('Kabul', 9)}</article>` +
        `<article class="section" id="s2"><h2>What comes next</h2>${prose('Pyongyang', 1)}</article></article></body>`,
    );
    expect(isIn(doc, 's1')).toBe(true);
    expect(isIn(doc, 's2')).toBe(true);
  });

  it('P2f: a live blog, one post far longer than the others (12 + 1 + 1 paragraphs)', () => {
    const post = (id: string, topic: string, n: number) =>
      `<article class="post" id="${id}"><time>10:0${n}</time>${prose(topic, n)}</article>`;
    const doc = load(
      `<head><title>x</title></head><body><div class="liveblog-feed">${post('p1', 'Kabul', 1)}${post('p2', 'Pyongyang', 12)}${post('p3', 'North Korea', 1)}</div></body>`,
    );
    expect(isIn(doc, 'p1')).toBe(true);
    expect(isIn(doc, 'p3')).toBe(true);
  });
});

describe('a column’s disclaimer', () => {
  it('P3a: a story sentence reporting a paper’s note, not in quotes, starting “The views expressed in this column are the author’s own”', () => {
    const doc = load(
      `<head><title>x</title></head><body><article><h1>Paper defends column</h1>${prose('Pyongyang', 4)}` +
        `<p id="s">The views expressed in this column are the author's own, the Kabul Times said in a note it added on Tuesday after Taliban officials protested.</p>` +
        `${prose('Pyongyang', 2)}</article></body>`,
    );
    expect(isIn(doc, 's')).toBe(true);
  });

  it('P3b: a story sentence “The views expressed are solely those of …” in indirect speech', () => {
    const doc = load(
      `<head><title>x</title></head><body><article><h1>Envoy speaks</h1>${prose('Pyongyang', 4)}` +
        `<p id="s">The views expressed are solely those of the Taliban’s leadership in Kandahar, not of its ministers in Kabul, the envoy insisted.</p>` +
        `${prose('Pyongyang', 2)}</article></body>`,
    );
    expect(isIn(doc, 's')).toBe(true);
  });

  it('P3c (ja): a story paragraph quoting a ministry’s disclaimer in 「」', () => {
    const doc = load(
      `<head><title>x</title></head><body><article><h1>論文巡り外務省が説明</h1>${prose('平壌', 4)}` +
        `<p id="s">外務省は「論文は筆者個人の見解であり、政府の公式見解を示すものではありません」と説明したが、タリバン側は反発を強めている。</p>` +
        `${prose('平壌', 2)}</article></body>`,
    );
    expect(isIn(doc, 's')).toBe(true);
  });

  it('P3d: a real column disclaimer is still left out (sanity)', () => {
    const doc = load(
      `<head><title>x</title></head><body><article><h1>Column</h1>${prose('Pyongyang', 5)}` +
        `<p id="s">The views expressed in this article are those of the author and do not reflect the position of the Taliban Studies Institute.</p></article></body>`,
    );
    expect(isIn(doc, 's')).toBe(false);
  });
});
