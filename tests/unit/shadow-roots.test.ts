import { describe, expect, it } from 'vitest';
import { PageScanner } from '../../entrypoints/content/scanner';
import { analyzePage } from '../../utils/dom/analyze-page';
import { parentOf, textParentOf } from '../../utils/dom/native';
import {
  composedContains,
  composedOrder,
  discoverShadowRoots,
  eventElement,
  holdsText,
  readWithPage,
  shadowRootsOf,
} from '../../utils/dom/shadow-roots';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';

const matcher = compileMatcher(DEFAULT_TOPICS);
/** Roots named by their hosts' tags: Vitest compares DOM nodes by content, not identity. */
const hosts = (roots: readonly ShadowRoot[]) => roots.map((root) => root.host.localName);
const filler = '<p>Background paragraph with enough words, commas, and length to read as the article. </p>'.repeat(6);

/** The mutation records a change makes under `target` (the document's or a shadow root), as the content script's observer gets them. */
function recordsOf(target: Node, mutate: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  mutate();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

/** A story whose article ends with a component (its shadow root holding `html`), its roots found, scanned. */
async function storyWithComponent(tag: string, html: string): Promise<{ root: ShadowRoot; scanner: PageScanner }> {
  document.head.innerHTML = '<title>Talks</title>';
  document.body.innerHTML = `<main><article>${filler}<p>The Taliban said so, officials said on Sunday.</p><div id="box"></div></article></main>`;
  const root = component(document.querySelector('#box')!, tag, html);
  discoverShadowRoots(document);
  return { root, scanner: await PageScanner.create(document, matcher) };
}

/** A custom element whose open shadow root holds `html`, appended to `parent`. */
function component(parent: ParentNode, tag: string, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const host = document.createElement(tag);
  parent.append(host);
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

describe('shadow roots', () => {
  it('finds open roots of custom elements, nested ones too, once each; never closed ones', () => {
    document.body.innerHTML = '<header><x-logo></x-logo></header><main></main>';
    const outer = component(document.querySelector('main')!, 'news-article', '<p>Text</p>');
    const inner = component(outer, 'pull-quote', '<blockquote>Quote</blockquote>');
    component(document.body, 'closed-widget', '<p>Private</p>', 'closed');
    expect(hosts(discoverShadowRoots(document))).toEqual(['news-article', 'pull-quote']);
    expect(discoverShadowRoots(document)).toEqual([]);
    // A component rendered since inside a root found before: found from the change that added it.
    const later = component(inner, 'byline-card', '<span>By a reporter</span>');
    expect(hosts(discoverShadowRoots(document, [later.host]))).toEqual(['byline-card']);
    expect(hosts(shadowRootsOf(document))).toEqual(['news-article', 'pull-quote', 'byline-card']);
    outer.host.remove();
    expect(shadowRootsOf(document)).toEqual([]);
  });

  it('reads with the page only roots holding text, and the roots around them', () => {
    document.body.innerHTML = '<main></main>';
    const icon = component(document.querySelector('main')!, 'x-icon', '<style>:host { width: 16px }</style><svg></svg>');
    const frame = component(document.querySelector('main')!, 'story-frame', '<style>div { margin: 0 }</style><div></div>');
    component(frame.querySelector('div')!, 'story-body', '<p>The story.</p>');
    expect(hosts(discoverShadowRoots(document))).toEqual(['x-icon', 'story-frame', 'story-body']);
    expect(hosts(shadowRootsOf(document))).toEqual(['story-body', 'story-frame']);
    icon.append('A label rendered later');
    readWithPage(icon);
    expect(hosts(shadowRootsOf(document))).toEqual(['story-body', 'story-frame', 'x-icon']);
  });

  it('goes on in the next search where a search’s budget ran out', () => {
    document.body.innerHTML = '<main></main>';
    // An app shell of 25 panels of 1,000 elements each, the story in the last: more than one search walks.
    const app = component(document.querySelector('main')!, 'news-app', '<div class="panel"></div>'.repeat(25));
    const panels = [...app.querySelectorAll('.panel')].map((div) =>
      component(div, 'x-panel', '<span>x</span>'.repeat(999) + '<div></div>'),
    );
    const article = component(panels[24]!.querySelector('div')!, 'news-article', '<p>The story.</p>');
    const first = discoverShadowRoots(document);
    expect(first).toHaveLength(26);
    expect(first).not.toContain(article);
    expect(hosts(discoverShadowRoots(document))).toEqual(['news-article']);
    expect(shadowRootsOf(document)).toContain(article);
  });

  it('reads at most 2,000 roots with a page, each with the roots around it or not at all', () => {
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    for (let i = 0; i < 1999; i += 1) component(main, 'x-label', '<span>Label</span>');
    const frame = component(main, 'story-frame', '<div></div>');
    const body = component(frame.querySelector('div')!, 'story-body', '<p>The story.</p>');
    discoverShadowRoots(document);
    // 1,999 labels and the story's body would need its frame too: 2,001.
    expect(shadowRootsOf(document)).toHaveLength(1999);
    expect(readWithPage(body)).toBe(false);
    expect(shadowRootsOf(document)).not.toContain(frame);
  });

  it('tells a root holding text from one holding only a style sheet', () => {
    document.body.innerHTML = '';
    expect(holdsText(component(document.body, 'x-icon', '<style>:host { display: inline }</style> <svg></svg>'))).toBe(false);
    expect(holdsText(component(document.body, 'x-note', '<style>p { margin: 0 }</style><p>Read me</p>'))).toBe(true);
    expect(holdsText(component(document.body, 'x-bare', 'plain text'))).toBe(true);
  });

  it('walks up from a shadow tree to its host', () => {
    document.body.innerHTML = '<article id="story"></article>';
    const root = component(document.querySelector('#story')!, 'story-body', '<p>Para</p>top-level text');
    const p = root.querySelector('p')!;
    expect(parentOf(p)).toBe(root.host);
    expect(parentOf(root.host)).toBe(document.querySelector('#story'));
    expect(textParentOf(root.lastChild as Text)).toBe(root.host);
    expect(textParentOf(p.firstChild as Text)).toBe(p);
    expect(composedContains(document.querySelector('#story')!, p.firstChild!)).toBe(true);
    expect(composedContains(document.querySelector('#story')!, document.body)).toBe(false);
  });

  it('orders a shadow tree’s content where its host is', () => {
    document.body.innerHTML = '<p id="before">before</p><div id="slot"></div><p id="after">after</p>';
    const root = component(document.querySelector('#slot')!, 'story-body', '<p>one</p><p>two</p>');
    const nested = component(root, 'pull-quote', '<q>three</q>');
    const [one, two] = [...root.querySelectorAll('p')].map((p) => p.firstChild!);
    const three = nested.querySelector('q')!.firstChild!;
    const before = document.querySelector('#before')!.firstChild!;
    const after = document.querySelector('#after')!.firstChild!;
    const nodes = [after, three, two!, before, one!];
    const names = new Map<Node, string>([
      [before, 'before'],
      [one!, 'one'],
      [two!, 'two'],
      [three, 'three'],
      [after, 'after'],
    ]);
    expect(nodes.sort(composedOrder).map((n) => names.get(n))).toEqual(['before', 'one', 'two', 'three', 'after']);
    expect(composedOrder(root.host, one!)).toBeLessThan(0);
  });

  it('names the element an event happened at inside a shadow tree, not its host', () => {
    document.body.innerHTML = '';
    const root = component(document.body, 'search-box', '<input type="search">');
    let seen: Element | null = null;
    document.addEventListener('keydown', (event) => (seen = eventElement(event)), { once: true });
    root.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(seen).toBe(root.querySelector('input'));
  });

  it('reads and judges a component’s article with the page once its root is found', () => {
    document.head.innerHTML = '<title>Taliban reshuffle puts Haqqani network loyalists in charge</title>';
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><main></main>';
    component(
      document.querySelector('main')!,
      'news-article',
      `<article><h1>Taliban reshuffle puts Haqqani network loyalists in charge</h1>${filler}
       <p>The Taliban said the Haqqani network would run the ministry, officials said on Sunday.</p>
       <aside><a href="/kuril">Kuril Islands talks stall</a></aside></article>`,
    );
    expect(analyzePage(document, matcher).mentions).toEqual([]);
    expect(hosts(discoverShadowRoots(document))).toEqual(['news-article']);
    const analysis = analyzePage(document, matcher);
    expect(analysis.mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network', 'Taliban', 'Haqqani network']);
    expect(analysis.headline).toBe('Taliban reshuffle puts Haqqani network loyalists in charge');
  });

  it('lists a component’s mentions where the component is on the page', () => {
    document.head.innerHTML = '<title>Talks</title>';
    document.body.innerHTML = `<article>${filler}<p>The Taliban spoke first, officials said on Sunday.</p><div id="box"></div><p>Envoys later flew to Kabul for the second round.</p></article>`;
    component(
      document.querySelector('#box')!,
      'story-quote',
      '<p>“We speak for the Haqqani network,” a commander told reporters, at length.</p>',
    );
    discoverShadowRoots(document);
    expect(analyzePage(document, matcher).mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network', 'Kabul']);
  });

  it('takes neither a notice component after the article nor a heading after it for the story, with the headline in a component', () => {
    document.head.innerHTML = '<title>Envoys meet in Doha</title>';
    document.body.innerHTML = `<main><div id="head"></div><article>${filler}<p>Envoys met in Doha for a second day of talks, officials said.</p></article></main>
      <div class="bottom"><h3>About the paper</h3><p>Our reporters in Kabul have covered the region, its wars and its politics, for thirty years.</p></div><div id="notice"></div>`;
    component(document.querySelector('#head')!, 'article-header', '<h1>Envoys meet in Doha</h1>');
    component(
      document.querySelector('#notice')!,
      'site-notice',
      '<p>Our reporters in Kabul cover the Taliban, the region, its wars and its politics, every day.</p>',
    );
    discoverShadowRoots(document);
    const analysis = analyzePage(document, compileMatcher(DEFAULT_TOPICS), { includeFurniture: false });
    expect(analysis.mentions).toEqual([]);
    // Judged as article, with the page's own text for contrast: the notice's mentions are seen, not taken.
    expect(analyzePage(document, matcher, { includeFurniture: true }).mentions.map((m) => m.text)).toEqual(['Kabul', 'Kabul', 'Taliban']);
  });

  it('marks a component again when it is taken out and put back in two batches', async () => {
    const { root, scanner } = await storyWithComponent(
      'story-quote',
      '<p>“We speak for the Haqqani network,” a commander told reporters, at length.</p>',
    );
    expect(scanner.analysis.mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network']);
    const batch = (mutate: () => void) => scanner.apply(recordsOf(document.documentElement, mutate));
    batch(() => root.host.remove());
    expect(scanner.analysis.mentions.map((m) => m.text)).toEqual(['Taliban']);
    batch(() => document.querySelector('#box')!.append(root.host));
    expect(scanner.analysis.mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network']);
    // Out again, and the page's roots asked for meanwhile (a scan, a click): it is forgotten, and
    // found again as new when it is back (the search `shadow-watch` makes from the change).
    batch(() => root.host.remove());
    expect(shadowRootsOf(document)).toEqual([]);
    batch(() => document.querySelector('#box')!.append(root.host));
    expect(hosts(discoverShadowRoots(document, [root.host]))).toEqual(['story-quote']);
    expect(scanner.readShadowRoots(shadowRootsOf(document))).toBe(true);
    expect(scanner.analysis.mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network']);
    await scanner.rescan();
    expect(scanner.analysis.mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network']);
  });

  it('reads roots found after the scan as changed parts', async () => {
    document.head.innerHTML = '<title>Talks</title>';
    document.body.innerHTML = `<main><article>${filler}<p>The Taliban said so, officials said on Sunday.</p><div id="box"></div></article></main>`;
    const scanner = await PageScanner.create(document, matcher);
    const root = component(
      document.querySelector('#box')!,
      'story-quote',
      '<p>“We speak for the Haqqani network,” a commander told reporters, at length.</p>',
    );
    expect(hosts(discoverShadowRoots(document))).toEqual(['story-quote']);
    expect(scanner.readShadowRoots([root])).toBe(true);
    expect(scanner.analysis.mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network']);
  });

  it('reads a paragraph a component adds to its shadow root later, and text at the top of its tree', async () => {
    const { root, scanner } = await storyWithComponent(
      'story-update',
      '<p>Update: talks between the envoys resumed on Monday, a day later than planned, in the capital.</p>',
    );
    expect(scanner.analysis.mentions.map((m) => m.text)).toEqual(['Taliban']);
    const records = recordsOf(root, () => {
      root.append(Object.assign(document.createElement('p'), { textContent: 'Envoys met the Haqqani network.' }));
      root.append(' Kabul ');
    });
    expect(scanner.apply(records)).toBe(true);
    expect(scanner.analysis.mentions.map((m) => m.text)).toEqual(['Taliban', 'Haqqani network', 'Kabul']);
  });
});
