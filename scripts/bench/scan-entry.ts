/**
 * The content script's scan path (article detection, text walk, matcher, highlights), bundled
 * standalone so the benchmark can time it in the page's main world, beside the floor and mark.js.
 */
import { Highlighter } from '../../entrypoints/content/highlighter';
import { analyzePage, analyzePageSteps } from '../../utils/dom/analyze-page';
import { runInSlices } from '../../utils/dom/page-text';
import { compileMatcher, matcherFrom, prepareMatcher } from '../../utils/matcher';
import type { Topic } from '../../utils/topics';

/** As the content script does it: the matcher arrives prepared from the background, the page assembles it. */
function scan(topics: Topic[]): { ms: number; mentions: number } {
  const prepared = prepareMatcher(topics);
  const t0 = performance.now();
  const matcher = matcherFrom(prepared);
  const analysis = analyzePage(document, matcher);
  new Highlighter().update(analysis.mentions, topics);
  return { ms: performance.now() - t0, mentions: analysis.mentions.length };
}

/** A native SHOW_TEXT walk over every text node and one pass of the matcher's combined regex. */
function floor(topics: Topic[]): { ms: number; hits: number } {
  const regex = compileMatcher(topics).pattern!;
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  const text = parts.join('\n');
  regex.lastIndex = 0;
  let hits = 0;
  while (regex.exec(text)) hits += 1;
  return { ms: performance.now() - t0, hits };
}

type MarkConstructor = new (el: Element) => { mark(keywords: string[], options: object): void };

/**
 * One run on the loaded page, in this order: the floor, our scan with the default topics, our
 * scan with many aliases, then mark.js last, since it rewrites the DOM.
 */
async function measure(defaults: Topic[], many: Topic[], aliases: string[]) {
  const settle = () => new Promise<void>((done) => setTimeout(done, 0));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const floorMs = floor(defaults).ms;
  await settle();
  const ours = scan(defaults);
  await settle();
  const manyMs = scan(many).ms;
  await settle();
  // As the content script runs it: sliced into tasks of about 20 ms.
  await new Promise((done) => setTimeout(done, 60));
  longTasks.length = 0;
  const matcher = compileMatcher(defaults);
  const analysis = await runInSlices(analyzePageSteps(document, matcher), () => performance.now(), settle);
  new Highlighter().update(analysis.mentions, defaults);
  await new Promise((done) => setTimeout(done, 60));
  const longest = Math.max(0, ...longTasks);
  observer.disconnect();
  const Mark = (globalThis as unknown as { Mark: MarkConstructor }).Mark;
  const t0 = performance.now();
  new Mark(document.body).mark(aliases, { separateWordSearch: false });
  const markMs = performance.now() - t0;
  return { floor: floorMs, ours: ours.ms, mentions: ours.mentions, many: manyMs, mark: markMs, longest };
}

(globalThis as unknown as { jfirBench: unknown }).jfirBench = { measure };
