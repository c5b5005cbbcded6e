/**
 * A picture credit written into a caption’s own text, and a byline inside a standfirst
 * (`article-credits.ts`): the caption and the standfirst stay the article's, the credit and the
 * byline do not. Forms from the tuning half of article-snippets (GdP, DJV, ÖTV, sportnews.bz,
 * BUND, VI Consortium); the guards are captions whose last words only look like a credit.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { creditStart } from '../../utils/dom/article-credits';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const uniq = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))];
/** The credit `creditStart` finds at the end of a caption, as text ('' when none). */
const creditOf = (caption: string) => {
  const start = creditStart(caption);
  return start === undefined ? '' : caption.slice(start).trim();
};

describe('creditStart', () => {
  it('finds a credit after the caption’s last sentence, bracketed or not', () => {
    expect(creditOf('GdP-Vize und Tarifexperte René Klemmer. Foto: GdP/Hagen Immel')).toBe('Foto: GdP/Hagen Immel');
    expect(creditOf('Das FWR fordert eine schnelle Aufklärung. (Quelle: Fleischmann/Unsplash/DJV)')).toBe(
      '(Quelle: Fleischmann/Unsplash/DJV)',
    );
    expect(creditOf('Maxi Taucher ist in der Weltspitze der Junioren angekommen. (Foto: Privat) ')).toBe('(Foto: Privat)');
    expect(creditOf('Hat das Potential zum Olympia-Superstar: Mikaela Shiffrin. © AFP / JEFF PACHOUD')).toBe('© AFP / JEFF PACHOUD');
    expect(creditOf('Envoys arrive in Kabul | Photo credit: Reuters')).toBe('Photo credit: Reuters');
  });

  it('finds a photographer and library in brackets, white space and all', () => {
    expect(creditOf('Das Hermelin ist im Winter gut getarnt.\n    \u00a0(mlharing\n        /\n            iStock.com)\n')).toMatch(
      /^\(mlharing\s+\/\s+iStock\.com\)$/,
    );
  });

  it('finds none in a caption whose last words only look like a credit', () => {
    // A source named inside the caption's sentence, a bracket that is the caption's own, a second sentence after the label.
    expect(creditOf('The minister, quoting a source: the talks in Kabul failed.')).toBe('');
    expect(creditOf('Delegates in Doha (left to right: Ahmadi, Karimi, Noori)')).toBe('');
    expect(creditOf('Photo: the envoy arrives. Talks begin on Monday in Doha, officials said.')).toBe('');
    expect(creditOf('Pupils in Kabul read a page of the new curriculum approved by the Ministry of Education for the coming year.')).toBe(
      '',
    );
  });
});

describe('a caption ending in a credit, in the page', () => {
  it('marks the caption and not its credit', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>` +
        `<figure><img src="a.jpg"><figcaption>Envoys arrive in Kabul. (Foto: Putin Pool)</figcaption></figure>` +
        `${prose('the Taliban', 4)}` +
        `<div class="image-caption">Haqqani fighters at a checkpoint. © AFP / Xi Jinping</div>${prose('aid', 2)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Kabul', 'Taliban', 'Haqqani']);
  });

  it('keeps a caption whose last words are its own', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>` +
        `<figure><img src="a.jpg"><figcaption>Envoys arrive in Kabul (left to right: Putin's envoy, the Taliban's)</figcaption></figure>` +
        `${prose('aid', 4)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Kabul', 'Putin', 'Taliban']);
  });
});

describe('a standfirst with its byline written into it', () => {
  it('marks the standfirst and not the byline', () => {
    const doc = load(
      `<body><header><h1>Vessel intercepted off Kabul</h1>` +
        `<p class="summary">Agents found 475 pounds of cocaine aboard a vessel bound for Kabul, officials said. <span class="credit video-credit">By Putin Press Service</span></p></header>` +
        `<article>${prose('the Taliban', 5)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Kabul', 'Taliban']);
  });

  it('keeps a standfirst’s sentence that its theme wraps in a span named as meta', () => {
    const doc = load(
      `<body><header><h1>Talks</h1>` +
        `<p class="summary"><span class="summary-meta">Envoys met in Kabul on Monday, as Putin’s office announced, to discuss aid to the provinces hit hardest by the drought.</span></p></header>` +
        `<article>${prose('the Taliban', 5)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Kabul', 'Putin', 'Taliban']);
  });
});

describe('a caption’s line named as its source', () => {
  it('marks the caption’s description and not its source line (hss.de’s media__caption--source)', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>${prose('aid', 3)}<div class="media"><div class="media__image"><img src="a.jpg">` +
        `<p class="media__caption media__caption--description">Protesters in Tunis against the Taliban’s envoys.</p>` +
        `<p class="media__caption media__caption--source">Putin Photo Agency, Avenue Habib Bourguiba.</p></div></div>` +
        `${prose('aid', 3)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Taliban']);
  });

  it('keeps a story paragraph named as a source outside any caption', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>${prose('aid', 3)}<p class="source-note">Putin’s office said so.</p>${prose('aid', 2)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Putin']);
  });
});

describe('words inside a sentence named as meta', () => {
  it('marks a topic the site links with a meta-named class in the middle of a paragraph (NYT’s meta-loc)', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>${prose('aid', 2)}` +
        `<p>The administration is weighing whether to reverse its position on <a class="meta-loc" href="/topic/kabul">Kabul</a> and lift the sanctions it imposed last year, officials said.</p>` +
        `${prose('aid', 2)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Kabul']);
  });

  it('still leaves out a caption’s credit span after its last sentence (mix13’s article__credit)', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>${prose('aid', 3)}<figure><img src="a.jpg"><figcaption>Envoys of the Taliban arrive for the talks in the capital, received by officials of the ministry. ` +
        `<span class="article__credit">PUTIN PRESS / MUSEUM OF KABUL</span></figcaption></figure>${prose('aid', 2)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Taliban']);
  });

  it('still leaves out a byline line of meta-named spans', () => {
    const doc = load(
      `<body><article><h1>Talks</h1><p class="byline"><span class="meta-author">By Anna Putin</span> <span class="meta-date">Dec. 2, 2026</span></p>` +
        `${prose('the Taliban', 4)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['Taliban']);
  });
});
