/**
 * Dialogs: furniture (a sign-up box, a cookie notice), except a reading overlay, an open dialog
 * holding the story's `article`, as portals' "quick read" views show a story above their front page.
 * The first probe failed before furniture-markup.ts's `isReadingOverlay`.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
/** The distinct texts marked, sorted. */
const marked = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))].sort();

const FRONT = `<header><a href="/">The Regional Desk</a></header><main><h1>Top stories</h1>
<div class="teaser"><h2><a href="/aid">Aid groups told to register their local staff</a></h2><p>New rules, and what they mean for winter deliveries.</p></div>
<div class="teaser"><h2><a href="/markets">Markets slip on oil prices</a></h2><p>Stocks fell for a third day as crude rose.</p></div></main>`;
const STORY = `<article><h1>Taliban order aid groups to register local staff</h1>${prose('the Taliban decree', 5)}</article>`;

describe('dialogs', () => {
  it('reads an open dialog that holds the story’s article (a reading overlay)', () => {
    expect(marked(load(`<body>${FRONT}<dialog open>${STORY}</dialog></body>`))).toEqual(['Taliban']);
  });

  it('reads a role="dialog" overlay that holds an article', () => {
    expect(marked(load(`<body>${FRONT}<div role="dialog" aria-modal="true">${STORY}</div></body>`))).toEqual(['Taliban']);
  });

  it('GUARD: leaves out an open sign-up dialog beside the story', () => {
    const doc = load(
      `<body><article><h1>Sanctions committee meets</h1>${prose('aid', 4)}</article>` +
        `<dialog open><h2>Get our Afghanistan newsletter</h2><p>The Taliban, Kabul and the region, in your inbox every Friday.</p><button>Sign up</button></dialog></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('GUARD: leaves out a closed dialog even when it holds an article', () => {
    expect(
      marked(load(`<body><article><h1>Sanctions committee meets</h1>${prose('aid', 4)}</article><dialog>${STORY}</dialog></body>`)),
    ).toEqual([]);
  });
});
