/**
 * The finder's rules from blind set mix16 (tests/fixtures/blind-pages/mix16), each on a small page
 * with what it must read and what it must leave out: candidates inside the leading one say nothing
 * of a story split across containers, boxes around a control of the site's and a player's box, a
 * quotation whatever its class, a fact box written as an `aside` list, follow-us lines in other
 * languages, credits and reading times. Each probe but the GUARDs failed before its rule (3b565a5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { findArticle } from '../../utils/dom/article';
import { compileMatcher } from '../../utils/matcher';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
/** The distinct texts marked, sorted. */
const marked = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))].sort();
/** How many mentions are marked. */
const markCount = (doc: Document) => analyzePage(doc, matcher).mentions.length;

describe('the article’s roots', () => {
  it('stay the story’s article, not the page’s main with a photo strip after it, when the story’s text block scores near it', () => {
    // The mix16 page itself: a small page does not bring the three candidates' scores this close.
    const doc = parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix16/es-diario.html'), 'utf8'));
    expect(findArticle(doc).roots.map((r) => r.tagName)).not.toContain('MAIN');
    expect(articleText(doc)).not.toContain('Voluntarios reparten mantas');
  });
});

describe('boxes of the site’s controls', () => {
  it('leaves out an audio player’s box: its play button, title and length', () => {
    const doc = load(
      `<body><article><h1>Sanctions committee grants an exemption</h1>${prose('aid', 3)}` +
        `<div class="media-box"><button aria-label="Play">Play</button><span>Audio: the Haqqani exemption explained</span>` +
        `<span>Evening news, 2 December 2026, 18:00 · 3:41 min.</span></div>${prose('aid', 3)}</article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('leaves out an embed’s consent placeholder and a "read here" wall, each with its button', () => {
    const doc = load(
      `<body><article><h1>Hackers stole the coins</h1>${prose('aid', 3)}` +
        `<div class="opt-in"><p>Recommended editorial content</p><p>With your consent an external video on the Taliban is loaded here.</p>` +
        `<button>Always load videos</button><p>Personal data may be passed to third-party platforms.</p></div>${prose('aid', 2)}` +
        `<section class="multi"><p>Reading of the Kabul Courier in progress on another device.</p><button>Read here</button></section>` +
        `${prose('aid', 2)}</article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('GUARD: reads an explainer’s questions and answers behind accordion buttons', () => {
    const doc = load(
      `<body><article><h1>What the decree means</h1>${prose('aid', 4)}` +
        `<div class="faq"><button aria-expanded="true" aria-controls="a1">Who signed it?</button><div id="a1"><p>The Taliban cabinet did, at its weekly meeting in Kandahar, without a debate.</p></div></div>` +
        `${prose('aid', 2)}</article></body>`,
    );
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it('leaves out a video player’s box that its script fills: no button yet, a title and "story continues below"', () => {
    const doc = load(
      `<body><article><h1>A delegation in the capital</h1>${prose('aid', 3)}` +
        `<div class="videoBlock"><p class="videoBlock__label">The article continues below the video</p>` +
        `<div class="videoBlock__player"><span>See also: the minister on Kabul. “We must be ready”</span></div></div>` +
        `${prose('aid', 3)}</article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });
});

describe('parts of the story that look like furniture', () => {
  it('reads a quoted post whatever its class says', () => {
    const doc = load(
      `<body><article><h1>Donors freeze funds</h1>${prose('aid', 4)}<p>The spokesman put it this way on X:</p>` +
        `<blockquote class="quote quote-social"><p>The Islamic Emirate respects the rights of women. The Taliban will not change the rules.</p></blockquote>` +
        `${prose('aid', 2)}</article></body>`,
    );
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it('reads a fact box written as an aside: a heading and a list of dates, with no link', () => {
    const doc = load(
      `<body><article><h1>Deportation flights</h1>${prose('aid', 4)}` +
        `<aside class="InfoBox"><h4>Deportations to the Hindu Kush</h4><ul><li>August 2024: first flight, with 28 convicted men on board</li>` +
        `<li>July 2025: a second flight to Kabul, again organised through Qatar</li><li>About 11,000 people are required to leave the country</li></ul></aside>` +
        `${prose('aid', 2)}</article></body>`,
    );
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('GUARD: leaves out an aside of links (a most-read list)', () => {
    const doc = load(
      `<body><article><h1>Deportation flights</h1>${prose('aid', 4)}` +
        `<aside><h4>Most read</h4><ul><li><a href="/1">Kabul airport reopens for flights</a></li><li><a href="/2">Budget talks stall again</a></li>` +
        `<li><a href="/3">Storm closes the passes</a></li></ul></aside>${prose('aid', 2)}</article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });
});

describe('lines of the site', () => {
  it('leaves out lines sending the reader to the site’s channels, in German and Spanish', () => {
    const doc = load(
      `<body><article><h1>Waiting for the brother</h1>${prose('aid', 3)}` +
        `<p>Alles aus Kabul im Blick: Folgen Sie der Hollertaler Zeitung auf WhatsApp.</p>${prose('aid', 2)}` +
        `<p>Sigue toda la información sobre los talibanes y Kabul en Facebook y X, o en nuestra newsletter.</p></article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('leaves out a Polish picture credit and source line, an agency’s credit in a caption, and a reading time', () => {
    const doc = load(
      `<body><article><h1>Polish delegation visits</h1><div class="meta"><span class="author">By A. Nowak</span>` +
        `<span class="article-readtime">Kabul desk · 5 min read</span></div>` +
        `<figure><img src="/p.jpg" alt=""><figcaption><span>The ministry’s building in Warsaw.</span><span>Fot. Kabul Press / PAP</span></figcaption></figure>` +
        `<figure><img src="/q.jpg" alt=""><figcaption><span>The minister at a rare public appearance.</span><span>Keystone/Kabul Stringer</span></figcaption></figure>` +
        `${prose('aid', 5)}<p class="src">Źródło: Kabul Daily, PAP</p></article></body>`,
    );
    expect(markCount(doc)).toBe(0);
  });
});
