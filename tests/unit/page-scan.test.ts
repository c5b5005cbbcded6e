import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefPage } from '../../scripts/brief';
import {
  analyzePage,
  contextFor,
  findHeadline,
  MAX_HEADLINE_CHARS,
  MAX_SENTENCE_CHARS,
  MAX_TEXT_CHARS,
  type PageMention,
} from '../../utils/dom/analyze-page';
import { collectText, findPageDate, sentenceAround } from '../../utils/dom/page-text';
import { findArticleRoot } from '../../utils/dom/article';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';

const matcher = compileMatcher(DEFAULT_TOPICS);
const fixture = readFileSync('tests/fixtures/pages/afghanistan-haqqani.html', 'utf8');

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return document;
}

describe('page scan (happy-dom)', () => {
  it('reads the article and skips inputs, editors, hidden text and furniture', () => {
    const doc = load(fixture);
    const analysis = analyzePage(doc, matcher);
    expect(analysis.mentions.map((m) => m.text)).toEqual([
      'Haqqani network',
      'Kabul',
      'Haqqani network',
      'Taliban',
      'Kabul',
      'Taliban',
      'Kuril Islands',
      'Afghan',
      'Afghan',
    ]);
    expect(analysis.mentions[6]!.sentence).toMatch(/^The Kuril Islands dispute, one diplomat joked/);
    // The editor's and the hidden paragraph's text is read with the article, but is never a mention.
    const outOfBounds = '[contenteditable], [hidden], textarea, form, aside';
    expect(analysis.mentions.filter((m) => m.start.node.parentElement?.closest(outOfBounds))).toEqual([]);
    expect(analysis.mentions.map((m) => m.text)).not.toContain('Pyongyang');
    expect(analysis.topics.map((t) => t.topicId)).toEqual(['afghanistan', 'haqqani', 'taliban', 'northern-territories']);
    expect(findPageDate(doc)).toBe('2026-09-14');
  });

  it('joins text across inline tags but not across blocks', () => {
    const doc = load('<article><p><b>Kuril</b> Islands</p><p>Kuril</p><p>Islands</p>' + '<p>filler text. </p>'.repeat(30) + '</article>');
    const page = collectText(doc, [findArticleRoot(doc)]);
    expect(matcher.find(page.text, page).map((m) => page.text.slice(m.start, m.end))).toEqual(['Kuril Islands']);
  });

  it('reads a word under furigana on a Japanese page as its base text, and keeps brackets and kana that are not a reading', () => {
    const doc = load(
      '<article><p><ruby>北方<rp>(</rp><rt>ほっぽう</rt><rp>)</rp></ruby><ruby>領土<rt>りょうど</rt></ruby>の<b>(</b>Taliban) と<span>タリバン</span></p>' +
        '<p>filler text. </p>'.repeat(30) +
        '</article>',
    );
    doc.documentElement.lang = 'ja';
    const page = collectText(doc, [findArticleRoot(doc)]);
    doc.documentElement.removeAttribute('lang');
    expect(page.text).toContain('北方領土の(Taliban) とタリバン');
    // A page that declares no language: its title says it is Japanese.
    doc.title = '北方領土の話し合い';
    expect(collectText(doc, [findArticleRoot(doc)]).text).toContain('北方領土の(Taliban)');
    doc.title = '';
    expect(matcher.find(page.text, page).map((m) => page.text.slice(m.start, m.end))).toEqual(['北方領土', 'Taliban', 'タリバン']);
  });

  it('breaks between blocks written with no white space between them, as rendered pages often are', () => {
    const filler = '<p>filler text. </p>'.repeat(30);
    const doc = load(
      `<article><h2>Taliban</h2><p>Haqqani network leaders met in Kabul<button>Share</button></p><p>Next paragraph.</p>${filler}</article>`,
    );
    const mentions = analyzePage(doc, matcher).mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network', 'Kabul']);
    expect(mentions.map((m) => m.sentence)).toEqual([
      'Taliban',
      'Haqqani network leaders met in Kabul',
      'Haqqani network leaders met in Kabul',
    ]);
  });

  it('leaves long code out of the text, and never marks short code or form text', () => {
    const filler = '<p>filler text. </p>'.repeat(30);
    const styles = '.Taliban { color: red } '.repeat(50);
    const doc = load(
      `<article><style>${styles}</style><p>Kabul<button>Taliban</button></p><noscript>Taliban</noscript>${filler}</article>`,
    );
    expect(collectText(doc, [doc.querySelector('article')!]).text).not.toContain('color: red');
    expect(analyzePage(doc, matcher).mentions.map((m) => m.text)).toEqual(['Kabul']);
  });

  it('tells where blocks break: between blocks, around code and form text, not at inline tags', () => {
    const doc = load('<article><h2>Kabul</h2><p>a <b>b</b> c<i>d</i></p><div>e<p>f</p>g<button>h</button></div><p>i</p></article>');
    const page = collectText(doc, [doc.querySelector('article')!]);
    const breaks = page.starts.filter((_, i) => i > 0 && page.breaksBefore(i)).map((o) => page.text[o]);
    expect(breaks).toEqual(['a', 'e', 'f', 'g', 'h', 'i']);
  });

  it('drops mentions in text hidden by CSS, and matches that run into hidden text', () => {
    const filler = '<p>filler text. </p>'.repeat(30);
    const doc = load(
      `<article><p style="display:none">The Taliban</p><p>Kuril<span style="visibility:hidden"> Islands</span></p><p>Haqqani</p>${filler}</article>`,
    );
    expect(analyzePage(doc, matcher).mentions.map((m) => m.text)).toEqual(['Haqqani']);
  });

  it('ends a mention before the invisible characters that open the next block', () => {
    const filler = '<p>filler text. </p>'.repeat(30);
    // A byte-order mark or word joiner opening a box left out (or a hidden one) is none of the mention's.
    for (const next of ['<aside>\ufeffMehr zum Thema</aside>', '<p hidden>\u2060geheim</p>', '<p>\ufeffHerat ist ruhig.</p>']) {
      const doc = load(`<article><p>Die Lage in Kabul</p>${next}${filler}</article>`);
      expect(
        analyzePage(doc, matcher).mentions.map((m) => m.text),
        next,
      ).toEqual(['Kabul']);
    }
  });

  it('never reads a part hidden by its attribute (a tab panel, a fold), but names it to be watched until shown', () => {
    const filler = '<p>filler text. </p>'.repeat(30);
    const doc = load(
      `<article><p>Haqqani</p><div role="tabpanel" id="tab2" hidden><div><p>The Taliban</p></div></div>` +
        `<div hidden><textarea>Kabul</textarea></div><aside hidden><p>Kabul</p></aside>${filler}</article>`,
    );
    const analysis = analyzePage(doc, matcher);
    expect(analysis.mentions.map((m) => m.text)).toEqual(['Haqqani']);
    // The panel only: text in a form field or in furniture is never read, shown or not.
    expect(analysis.hidden?.map((el) => el.id)).toEqual(['tab2']);
  });

  it('watches only hidden parts that showing would make readable, in the article, and a few beside folds hidden by style', () => {
    const filler = '<p>A paragraph of the story, with enough words, and commas, to read as the article itself. </p>'.repeat(8);
    const tooltips = '<p>Haqqani <span hidden>Taliban: the movement that took power in 2021.</span></p>'.repeat(20);
    const doc = load(
      `<div id="signup" hidden><p>Taliban news in your inbox</p></div>` +
        `<article><p>Haqqani</p><div id="quiet" hidden aria-hidden="true"><p>Taliban</p></div>${tooltips}` +
        `<div id="fold" style="display:none"><p>The Kuril Islands</p></div>${filler}</article>`,
    );
    const hidden = analyzePage(doc, matcher).hidden ?? [];
    // Outside the article (a sign-up dialog): not watched. Hidden from screen readers too: watched (a fold opens by dropping both).
    expect(hidden.filter((el) => el.id).map((el) => el.id)).toEqual(['quiet', 'fold']);
    // Of the twenty tooltips, fifteen (sixteen parts hidden by attribute in all); the fold hidden by style keeps its place beside them.
    expect(hidden.filter((el) => el.tagName === 'SPAN')).toHaveLength(15);
  });

  it('judges furniture and hidden attributes where a match falls, from the article down', () => {
    const filler = '<p>filler text. </p>'.repeat(30);
    const doc = load(
      `<article><h1>Taliban <span class="share-count">Taliban</span></h1><div class="share-bar"><p>Share: Taliban</p></div>` +
        `<p>Kabul <span aria-hidden="true">Kabul</span></p><svg><text>Kabul</text></svg>${filler}</article>`,
    );
    const texts = (options = {}) => analyzePage(doc, matcher, options).mentions.map((m) => m.start.node.parentElement!.tagName);
    // A headline exempts the furniture inside it; a share bar in the article is furniture unless asked for.
    expect(texts()).toEqual(['H1', 'SPAN', 'P']);
    expect(texts({ includeFurniture: true })).toEqual(['H1', 'SPAN', 'P', 'P']);
  });

  it('finds the block with most paragraph text when there is no article element', () => {
    const doc = load(
      `<div id="menu"><p>Home</p></div><div id="story">${'<p>Long paragraph of news text about Kabul. </p>'.repeat(10)}</div>`,
    );
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('takes the first h1 inside article markup as the headline, else the first h1 (as the selector `article h1, main h1, [itemprop="articleBody"] h1` would)', () => {
    const selected = (doc: Document) => doc.querySelector('article h1, main h1, [itemprop="articleBody"] h1') ?? doc.querySelector('h1');
    for (const html of [
      '<h1 id="site">Site</h1><div><article><div><h1 id="story">Story</h1></div></article></div><main><h1>Later</h1></main>',
      '<h1 id="site">Site</h1><div itemprop="articleBody"><h1 id="body">Body</h1></div>',
      '<h1 id="own" itemprop="articleBody">Not inside itself</h1><section><h1>Plain</h1></section>',
      '<div><p>No heading at all</p></div>',
    ]) {
      const doc = load(`<body>${html}</body>`);
      expect(findHeadline(doc)?.outerHTML, html).toBe(selected(doc)?.outerHTML);
    }
  });

  it('takes the sentence around a mention as context', () => {
    expect(sentenceAround('First one. The Taliban took Kabul. Last one.', 16)).toBe('The Taliban took Kabul.');
  });
});

describe('huge pages', () => {
  /** An article of two paragraphs, the first with `fillerChars` characters of text ahead of a mention. */
  const articleWith = (fillerChars: number, tail: string) => {
    const doc = load('<article><p id="filler"></p><p id="tail"></p></article>');
    doc.getElementById('filler')!.append(doc.createTextNode(`Kabul ${'x '.repeat(fillerChars / 2)}`));
    doc.getElementById('tail')!.append(doc.createTextNode(tail));
    return doc;
  };

  it('reads about MAX_TEXT_CHARS of text: a mention beyond is neither marked nor counted', () => {
    expect(analyzePage(articleWith(MAX_TEXT_CHARS - 1000, 'The Taliban.'), matcher).topics.map((t) => t.topicId)).toEqual([
      'afghanistan',
      'taliban',
    ]);
    expect(analyzePage(articleWith(MAX_TEXT_CHARS + 10, 'The Taliban.'), matcher).topics.map((t) => t.topicId)).toEqual(['afghanistan']);
  });

  it('sends the background a capped headline and capped, distinct context sentences', () => {
    const long = `The Taliban ${'and more '.repeat(200)}`;
    const doc = load(`<article><h1>${long}</h1>${`<p>${long}</p><p>The Taliban met.</p>`.repeat(20)}</article>`);
    const analysis = analyzePage(doc, matcher);
    expect(analysis.headline!.length).toBe(MAX_HEADLINE_CHARS);
    const context = contextFor(analysis, 'taliban');
    expect(context.headline!.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
    expect(context.snippets).toHaveLength(2);
    for (const s of context.snippets ?? []) expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('works out only the sentences a brief needs, however many mentions', () => {
    let read = 0;
    const node = document.createTextNode('Taliban');
    const mention = (topicId: string): PageMention => ({
      topicId,
      alias: 'Taliban',
      text: 'Taliban',
      get sentence() {
        read += 1;
        return 'The same sentence.';
      },
      start: { node, offset: 0 },
      end: { node, offset: 7 },
    });
    const mentions = Array.from({ length: 100_000 }, (_, i) => mention(i % 2 ? 'taliban' : 'kabul'));
    const context = contextFor({ mentions, topics: [{ topicId: 'taliban', count: 50_000, inHeadline: false }] }, 'taliban');
    expect(context.snippets).toEqual(['The same sentence.']);
    expect(read).toBeLessThanOrEqual(200);
  });
});

describe('brief CLI (linkedom)', () => {
  it('gives the same topics as the browser scan, with excerpts', () => {
    const topics = briefPage(fixture);
    expect(topics.map((t) => [t.id, t.mentions])).toEqual([
      ['afghanistan', 4],
      ['haqqani', 2],
      ['taliban', 2],
      ['northern-territories', 1],
    ]);
    const haqqani = topics.find((t) => t.id === 'haqqani')!;
    expect(haqqani.excerpts[0]).toMatchObject({
      commentaryId: '2021-10-19-discussion-of-the-situation-in-afghanistan',
      title: 'Discussion of the Situation in Afghanistan',
      date: '2021-10-19',
      author: 'SUGITA Hiroki',
    });
    expect(haqqani.excerpts.length).toBeLessThanOrEqual(3);
  });

  it('finds no topic on a page about something else', () => {
    expect(briefPage('<html><body><article><p>Weather: sunny in Osaka, rain later in the week.</p></article></body></html>')).toEqual([]);
  });
});
