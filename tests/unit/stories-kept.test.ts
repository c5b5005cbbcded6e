/**
 * A full scan after a same-page change of address keeps the stories of the article it replaces
 * that are still on the page (utils/dom/article-region.ts, withStoriesKept): an article stream's
 * first story stays the reader's when the site retitles the page for the next. The first probe
 * failed before the rule; the GUARDs hold what a route change must still drop.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
/** The distinct texts marked, sorted. */
const marked = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))].sort();

const FIRST = `<article id="first"><h1>Taliban order aid groups to register local staff</h1>${prose('the Taliban decree', 5)}</article>`;
const SECOND = `<article id="second"><h1>Shikotan fishing talks resume</h1>${prose('the Shikotan quota', 5)}</article>`;
const TEASERS = `<div class="teasers"><h2><a href="/a">Kabul airport reopens to flights</a></h2><h2><a href="/b">Markets slip</a></h2></div>`;

describe('stories kept across a rescan', () => {
  it('keeps the first story of a stream once the page is retitled for the appended second', () => {
    const doc = load(
      `<head><title>Taliban order aid groups to register local staff</title></head><body><main>${FIRST}</main>${TEASERS}</body>`,
    );
    expect(marked(doc)).toEqual(['Taliban']);
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', SECOND);
    doc.title = 'Shikotan fishing talks resume';
    expect(marked(doc)).toEqual(['Shikotan', 'Taliban']);
  });

  it('GUARD: drops a story the page removed (a route change to the next story)', () => {
    const doc = load(
      `<head><title>Taliban order aid groups to register local staff</title></head><body><main>${FIRST}</main>${TEASERS}</body>`,
    );
    expect(marked(doc)).toEqual(['Taliban']);
    doc.getElementById('first')!.remove();
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', SECOND);
    doc.title = 'Shikotan fishing talks resume';
    expect(marked(doc)).toEqual(['Shikotan']);
  });

  it('GUARD: keeps no region that is not a whole article (a route’s content left in place)', () => {
    const post = `<div class="post-content"><h1>Taliban order aid groups to register local staff</h1>${prose('the Taliban decree', 5)}</div>`;
    const doc = load(`<head><title>Taliban order aid groups to register local staff</title></head><body><main>${post}</main></body>`);
    expect(marked(doc)).toEqual(['Taliban']);
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', SECOND);
    doc.title = 'Shikotan fishing talks resume';
    expect(marked(doc)).toEqual(['Shikotan']);
  });
});
