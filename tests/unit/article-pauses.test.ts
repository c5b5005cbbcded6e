/**
 * The page changes the DOM while the article finder pauses between two steps (its scripts run
 * between two tasks): a ticker rewrites its quotes, a script wraps an element. The finder neither
 * throws nor loses the rest of the page's text. Probes by a second reader (helper-54), each failing
 * on the finder that walked text nodes with a live TreeWalker and took a moved element's parent as
 * unknown.
 */
import { describe, expect, it } from 'vitest';
import { findArticle, findArticleSteps, inArticle } from '../../utils/dom/article';
import { measure } from '../../utils/dom/article-scores';
import { load, prose } from './story-page';

/** Steps the finder by hand, running `onYield` at each pause (the page's scripts between two tasks). */
function stepped(doc: Document, onYield: (n: number) => void) {
  const steps = findArticleSteps(doc);
  let n = 0;
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    onYield(n++);
  }
}

describe('yields: the page changes between two steps', () => {
  // A markets bar at the top (a finance site's ticker: 300 quotes), updated by `textContent`, which
  // replaces each quote's text node; then the story, then a box of further stories.
  const page = () =>
    load(
      `<body><div class="markets"><ul>${Array.from({ length: 300 }, (_, i) => `<li>Q${i} 1${i}.25</li>`).join('')}</ul></div>` +
        `<article><h1>Aid talks resume</h1>${prose('aid', 10)}</article>` +
        `<div class="related"><p>In other news, the Taliban said in Kabul on Monday that they had, after long talks, agreed to reopen schools.</p></div></body>`,
    );

  it('the ticker updates its quotes while the finder pauses: the article is still the article', () => {
    const doc = page();
    const quiet = findArticle(doc);
    expect(quiet.roots).toEqual([doc.querySelector('article')]);
    let t = 0;
    const region = stepped(doc, () => {
      t += 1;
      for (const q of doc.querySelectorAll('.markets li')) q.textContent = `${q.textContent.split(' ')[0]} ${t}.00`;
    });
    expect(region.roots).toContain(doc.querySelector('article'));
    expect(inArticle(region, doc.querySelector('.related p')!)).toBe(false);
  });

  it('a script wraps a <time> in a paragraph in a tooltip span while the finder pauses: no throw', () => {
    const doc = load(
      `<body><div class="markets">${Array.from({ length: 300 }, (_, i) => `<span>Q${i}</span>`).join('')}</div>` +
        `<article><h1>Aid talks resume</h1><p>The talks, which began on <time datetime="2024-05-01">May 1</time> in Doha, went on for most of the week, the officials said.</p>${prose('aid', 10)}</article></body>`,
    );
    let wrapped = false;
    expect(() =>
      stepped(doc, () => {
        if (wrapped) return;
        wrapped = true;
        const time = doc.querySelector('time')!;
        const tip = doc.createElement('span');
        tip.className = 'local-time';
        time.replaceWith(tip);
        tip.append(time);
      }),
    ).not.toThrow();
  });

  it('measures the text after a node the page removed during a pause', () => {
    const doc = page();
    const g = measure(doc.body);
    let s = g.next();
    for (let t = 1; !s.done; t += 1, s = g.next())
      for (const q of doc.querySelectorAll('.markets li')) q.textContent = `${q.textContent.split(' ')[0]} ${t}.00`;
    const article = s.value.stats[s.value.index.get(doc.querySelector('article')!)!]!;
    expect(article.text).toBeGreaterThan(0);
  });
});
