import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { findArticle } from '../../utils/dom/article';
import { foundArticleRoots } from '../../utils/dom/page-text';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';

const matcher = compileMatcher(DEFAULT_TOPICS);

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return document;
}

const prose = (topic: string, n = 4) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the story, in which officials said, according to two sources, that ${topic} was discussed at length.</p>`,
  ).join('');
const marked = (doc: Document) => analyzePage(doc, matcher).mentions.map((m) => m.text);

describe('findArticle', () => {
  it('finds the article of a WebForms page inside an hfeed wrapper, with headline, standfirst, caption and subhead, and nothing of its furniture', () => {
    const doc = load(readFileSync('tests/fixtures/pages/webforms-news.html', 'utf8'));
    // Navigation, share bar, related list, comments, teaser articles, newsletter box, most-read list and footer stay unmarked.
    expect(marked(doc)).toEqual(['Taliban', 'Kabul', 'Haqqani network', 'Taliban', 'Kabul', 'Pyongyang', 'North Korea']);
  });

  it('takes the long article, not the teaser articles beside it', () => {
    const teaser = (t: string) => `<article class="teaser"><h2><a href="/x">${t} in brief</a></h2><p>Short lead.</p></article>`;
    const doc = load(
      `<body>${teaser('Putin')}<article id="story"><h1>Budget day</h1>${prose('the Taliban')}</article>${teaser('Xi Jinping')}</body>`,
    );
    expect(findArticle(doc).roots.map((r) => r.id || r.tagName)).toContain('story');
    expect([...new Set(marked(doc))]).toEqual(['Taliban']);
  });

  it('lets no class word veto the article on its own: a page-wide "stream comments-open feed" wrapper still holds it', () => {
    const doc = load(
      `<body><div class="stream comments-open feed"><div class="share-wrapper-outer">${prose('North Korea', 6)}</div><ul class="menu"><li><a href="/">Putin</a></li></ul></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['North Korea']);
  });

  it('joins article text split across sibling containers, and leaves out the link list between them', () => {
    const doc = load(
      `<body><div id="main"><div class="body-part">${prose('Kabul', 3)}</div>` +
        `<div class="links"><a href="/1">Putin news</a> <a href="/2">More Putin</a> <a href="/3">Putin archive</a></div>` +
        `<div class="body-part">${prose('Pyongyang', 3)}</div></div><div id="rail"><p>Xi Jinping</p></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Pyongyang']);
  });

  it('leaves out a comment section inside the article element', () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1>${prose('the Taliban', 5)}<section id="comments" class="comments"><h2>Comments</h2>` +
        `<div class="comment"><p>A long reader comment about Putin, his ministers, his plans and what all of it means for the region.</p></div></section></article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban']);
  });

  it('runs only once a possible mention is found, and again on the next full scan', () => {
    const doc = load(`<body><article>${prose('the weather', 4)}</article></body>`);
    analyzePage(doc, matcher);
    expect(foundArticleRoots(doc)).toBeUndefined();
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Later news: the Taliban spoke.</p>');
    analyzePage(doc, matcher);
    expect(foundArticleRoots(doc)).toEqual([doc.querySelector('article')]);
  });
});
