/**
 * The finder's rules from blind set mix37 (tests/fixtures/blind-pages/mix37, English editions of
 * European media), each on a small page. Each probe failed before its rule (9b3fb1d).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

/** A story whose only headline is an `h2` in the article's own header, under a kicker, with the `<title>` worded otherwise. */
const kickerPage = (ogTitle: string, header = 'header') =>
  load(
    `<head><title>Berlin's Quiet Back Channel - DER SPIEGEL</title><meta property="og:title" content="${ogTitle}"></head><body><header><a href="/">DER SPIEGEL</a></header><main><article><${header} class="intro"><h2><span class="kicker">Germany's Diplomatic Gamble</span> <span>The Chancellery's Secret Bet on Moscow</span></h2><div class="RichText">For months, advisers to the chancellor have been quietly sounding out the Kremlin through intermediaries.</div><div class="byline">By <a href="/autor-a/">Anna Gebauer</a>, <a href="/autor-b/">Boris Hebel</a> und <a href="/autor-c/">Carl Schmid</a> in Berlin</div><div class="share"><button>Facebook</button><button>X.com</button><button>Email</button><button>Save article</button></div></${header}><section class="body">${prose('Putin', 20)}</section></article></main></body>`,
  );

describe('a headline the document title words otherwise', () => {
  it('reads the heading that states the page’s og:title, in the article’s own header', () => {
    expect(articleText(kickerPage("The Chancellery's Secret Bet on Moscow"))).toContain("The Chancellery's Secret Bet on Moscow");
  });

  it('GUARD: reads it in a box of the article that is no header element too', () => {
    expect(articleText(kickerPage("The Chancellery's Secret Bet on Moscow", 'div'))).toContain("The Chancellery's Secret Bet on Moscow");
  });

  it('GUARD: does not take the site’s tagline in the page header for the headline when og:title names only the site', () => {
    const doc = load(
      `<head><title>Notes from Kabul</title><meta property="og:title" content="Notes from Kabul: a blog"></head><body><header class="site-header"><p class="site-title">Notes from Kabul: a blog</p></header><main><div class="post-body">${prose('the Taliban', 6)}</div></main></body>`,
    );
    expect(articleText(doc)).not.toContain('Notes from Kabul: a blog');
  });
});

const story = (after: string) =>
  load(
    `<body><main><article><h1>EU weighs sanctions over North Korean hackers</h1><div class="rich-text">${prose('North Korea', 6)}${after}</div></article></main></body>`,
  );

describe('lines a European edition adds', () => {
  itLeavesOutLines(story, [
    'Edited by: Martin Kuebler',
    '[Edited by Alice Taylor-Braçe]',
    'Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.',
    'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video',
  ]);

  itReadsSentences(story, [
    'Edited by hand, the photographs were sent to the ministry in Pyongyang.',
    'Translation of the original treaty, published in Korean, took the ministry three weeks.',
  ]);
});

describe('what sits between the headline and the text', () => {
  /** A story whose headline is followed by `between`, then a header box, then the body. */
  const headed = (between: string) =>
    load(
      `<body><main><article><div class="head"><h1>EU weighs sanctions over North Korean hackers</h1>${between}</div><div class="body">${prose('North Korea', 8)}</div></article></main></body>`,
    );

  it('takes no audio player with its controls for the standfirst', () => {
    expectReadsWithout(
      headed(
        '<div class="audio-player"><button aria-label="Play">Listen to article</button><span>05:41</span><span class="audio-note">This audio is AI-generated. It may mispronounce names of people and places in the story.</span></div>',
      ),
      'Paragraph 7 of the story',
      'This audio is AI-generated',
    );
  });

  it('takes no line of publication times for the standfirst', () => {
    expectReadsWithout(
      headed(
        '<div class="sc-6a2f9e0d-0"><div class="sc-6a2f9e0d-1"><div class="sc-6a2f9e0d-2"><div>By <a href="/people/ana/">Ana Ruiz</a></div><div class="sc-6a2f9e0d-5"><time datetime="2026-11-22T11:00:00Z">Published Nov. 22, 2026, 6:00 a.m. ET</time><span> | </span><time datetime="2026-11-22T15:00:00Z">Updated Nov. 22, 2026, 10:00 a.m. ET</time></div></div></div></div>',
      ),
      'Paragraph 7 of the story',
      'Published Nov. 22',
    );
  });

  it('GUARD: still takes a standfirst that names its date in a <time>', () => {
    const text = articleText(
      headed(
        '<p class="dek">Ministers meet on <time datetime="2026-12-07">Monday</time> to weigh sanctions after a year of thefts from European arms makers.</p>',
      ),
    );
    expect(text).toContain('Ministers meet on Monday');
  });
});
