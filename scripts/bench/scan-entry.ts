/**
 * The content script's scan path (article detection, text walk, matcher, highlights), bundled
 * standalone so the benchmark can time it in the page's main world, beside the floor and mark.js.
 */
import { Highlighter } from '../../entrypoints/content/highlighter';
import { analyzePage, analyzePageSteps, MAX_TEXT_CHARS } from '../../utils/dom/analyze-page';
import { collectText, runInSlices } from '../../utils/dom/page-text';
import { matcherFrom, type MatcherData } from '../../utils/matcher';
import type { Topic } from '../../utils/topics';

/**
 * What exists before a scan starts, made outside the page (`scan-prepared.ts`) as the background
 * makes it: the matcher data the content script receives, and the source of the floor's regex.
 * Nothing of the matcher runs in the page before our timed scan, so its code compiles there, as
 * on a reader's page.
 */
export interface PreparedScan {
  topics: Topic[];
  data: MatcherData;
  floor: { source: string; flags: string };
}

interface Prepared {
  topics: Topic[];
  data: MatcherData;
  /**
   * The combined regex, with a source of its own (wrapped in a group): V8 shares compiled regex
   * code between equal sources, and our scan must compile its own, as it does on a page.
   */
  floorRegex: RegExp;
}

/** Made in a task of its own, so that its garbage is not collected during a timing. */
function prepare({ topics, data, floor: { source, flags } }: PreparedScan): Prepared {
  return { topics, data, floorRegex: new RegExp(`(?:${source})`, flags) };
}

const settle = () => new Promise<void>((done) => setTimeout(done, 0));

/** As the content script does it: the matcher arrives prepared from the background, the page assembles it. */
function scan({ topics, data }: Prepared): { ms: number; mentions: number } {
  const t0 = performance.now();
  const matcher = matcherFrom(data);
  const analysis = analyzePage(document, matcher);
  new Highlighter().update(analysis.mentions, topics);
  return { ms: performance.now() - t0, mentions: analysis.mentions.length };
}

/** A native SHOW_TEXT walk over every text node and one pass of the matcher's combined regex. */
function floor({ floorRegex: regex }: Prepared): { ms: number; hits: number } {
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
 * Each measurement has a freshly loaded page of its own, so that nothing one of them does (turning
 * the page's text into JS strings, compiling a regex) is done for another.
 */

/** The floor on its own page load: its first pass, then a second one (warm, beside our rescan). */
async function floorRun(input: PreparedScan) {
  const prepared = prepare(input);
  await settle();
  const first = floor(prepared).ms;
  await settle();
  return { first, again: floor(prepared).ms };
}

/**
 * Ours on its own page load: our first scan (our code compiling as it runs, as a reader meets
 * it), our rescan (code warm, as after a mutation or navigation), the sliced scan for long
 * tasks, and mark.js last, since it rewrites the DOM.
 */
async function oursRun(input: PreparedScan, aliases: string[]) {
  const prepared = prepare(input);
  await settle();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const ours = scan(prepared);
  await settle();
  const rescanMs = scan(prepared).ms;
  await settle();
  // As the content script runs it: sliced into tasks of about 20 ms.
  await new Promise((done) => setTimeout(done, 60));
  longTasks.length = 0;
  const matcher = matcherFrom(input.data);
  const analysis = await runInSlices(analyzePageSteps(document, matcher), () => performance.now(), settle);
  new Highlighter().update(analysis.mentions, input.topics);
  await new Promise((done) => setTimeout(done, 60));
  const longest = Math.max(0, ...longTasks);
  observer.disconnect();
  // Possible mentions: what the matcher finds in the page's text before any is judged (furniture,
  // hidden text). A page with none must cost no more than reading its text; one with some pays
  // for finding the article. Counted outside every timing.
  const page = collectText(document, [document.body], MAX_TEXT_CHARS);
  const matches = matcher.find(page.text, page).length;
  const Mark = (globalThis as unknown as { Mark: MarkConstructor }).Mark;
  const t0 = performance.now();
  new Mark(document.body).mark(aliases, { separateWordSearch: false });
  const markMs = performance.now() - t0;
  return { ours: ours.ms, rescan: rescanMs, mentions: ours.mentions, matches, mark: markMs, longest };
}

/** Our first scan with the given topics on its own page load (the 2,000-alias run). */
async function firstScan(input: PreparedScan): Promise<number> {
  const prepared = prepare(input);
  await settle();
  return scan(prepared).ms;
}

(globalThis as unknown as { jfirBench: unknown }).jfirBench = { floorRun, oursRun, firstScan };
