/**
 * Finds a page's main article and reads its text (which of it a reader sees is `text-checks.ts`'s
 * verdict). Shared by the content script and the brief CLI
 * (which runs it on linkedom), so it uses only the `Document` it is given, never globals, and
 * never changes the DOM.
 */
import type { Joins } from '../matcher';
import { runToEnd, type Step } from '../steps';
import { articleFinderSteps } from './article-finding';
import { withStoriesKept, type ArticleRegion } from './article-region';
import { isRubyReading, mayHaveRuby } from './ruby';
import { SKIP_TAG_SET, blockElementOf } from './tags';
import { invoke, parentNodeOf, tagOf } from './native';

export interface PageText extends Joins {
  /**
   * The text under the scanned roots: the text nodes' text, joined with nothing between them.
   * Only `breaksBefore` tells where one block ends and the next begins.
   */
  text: string;
  /** The text nodes in order, for mapping offsets back to the DOM. */
  nodes: Text[];
  /** Where each of `nodes` starts in `text`. */
  starts: number[];
  /** The parts scanned, in order: the root each belongs to and the index in `nodes` of its first text node. */
  scanned: Array<{ root: Element; firstNode: number }>;
  /**
   * Whether the text breaks between blocks where node `i` starts: between scanned parts, text
   * under different blocks, and around code and form text. Asked of the DOM only for the joins
   * `Matcher.find` and `sentenceAt` ask about, the few near a possible match.
   */
  breaksBefore(i: number): boolean;
}

export interface ScanOptions {
  /** Include navigation, asides and other furniture (default false). */
  includeFurniture?: boolean;
}

/**
 * The article region of each document, found once a possible mention needs it (`readableChecker`)
 * and kept until the next full scan (`forgetArticle`): finding it costs a pass over every element.
 */
const articles = new WeakMap<Document, ArticleRegion>();
/** The region a full scan dropped, until the next one is found: its stories still on the page are kept (`withStoriesKept`). */
const dropped = new WeakMap<Document, ArticleRegion>();

/** Keeps a newly found region, with the stories of the dropped one still on the page. */
function keep(doc: Document, found: ArticleRegion): ArticleRegion {
  const region = withStoriesKept(found, dropped.get(doc));
  dropped.delete(doc);
  articles.set(doc, region);
  return region;
}

/** The article region of a document, found on first use (where finding it need not wait for the finder's code). */
export function articleOf(doc: Document): ArticleRegion {
  return articles.get(doc) ?? keep(doc, runToEnd(articleFinderSteps(doc)));
}

/**
 * The article region when a scan has needed it (a possible mention was found), else undefined:
 * then later changes anywhere on the page may hold the first mention and are read.
 */
export function foundArticle(doc: Document): ArticleRegion | undefined {
  return articles.get(doc);
}

/**
 * Finds the article region in steps and keeps it, unless it is kept already: for a caller that has
 * found a possible mention and can hand the main thread back between steps (`runInSlices`).
 */
export function* articleSteps(doc: Document): Generator<Step, ArticleRegion> {
  return articles.get(doc) ?? keep(doc, yield* articleFinderSteps(doc));
}

/** Drops the kept article region: the page is scanned afresh (load, navigation, new settings). */
export function forgetArticle(doc: Document): void {
  const region = articles.get(doc);
  if (region) dropped.set(doc, region);
  articles.delete(doc);
}

/** Part of a scan root to read again after a change; furniture is still judged against the root. */
export interface ScanTarget {
  root: Element;
  /** The part to read: an element, or a shadow root (see `shadow-roots.ts`) whose host is in `root`. */
  within: Element | ShadowRoot;
}

/**
 * Collects the text under the given roots (or parts of them).
 *
 * The walk reads every text node's text and, but for long text (LONG_TEXT), nothing else: not
 * even its parent. Whether blocks break between two text nodes (`PageText.breaksBefore`) is asked
 * of the DOM only at the joins a possible match reaches, and whether text is skipped (code, form
 * controls, editors, hidden attributes, foreign content), furniture, or not rendered only for the
 * text nodes a match covers (`readableChecker`). On a page's first scan, touching each text
 * node's parent made the browser create a JS object for every element and cost as much as the
 * walk itself, while matches are few. What this gives up: a hidden, furniture or code element
 * between two words of an alias ("Kuril<span hidden>x</span> Islands") breaks that match.
 */
export function collectText(doc: Document, targets: ReadonlyArray<Element | ScanTarget>, maxChars = Infinity): PageText {
  return runToEnd(collectTextSteps(doc, targets, maxChars));
}

/**
 * Text longer than this is left out when it is code or form content (an inline style sheet or
 * data script can hold hundreds of kilobytes). Shorter code is read with the rest, breaks the
 * text around it, and is never a mention (`readableChecker`): asking every text node for its
 * parent would cost as much as the walk. Above a paragraph's usual length, since asking a
 * paragraph makes the browser build the JS side of its element's type on a page's first scan.
 */
const LONG_TEXT = 1024;

/** Whether a text node belongs to code or a form control (its parent is one of SKIP_TAGS). */
function inCodeOrForm(node: Text): boolean {
  const parent = node.parentElement;
  return parent !== null && SKIP_TAG_SET.has(tagOf(parent));
}

/** Whether `node` or one of its ancestors is in `set`: a walk up, not a test against every member. */
function insideAny(set: ReadonlySet<Node>, node: Node): boolean {
  for (let n: Node | null = node; n; n = parentNodeOf(n)) if (set.has(n)) return true;
  return false;
}

/** Text nodes read between two chances to yield. */
const NODES_PER_STEP = 512;

/**
 * `collectText` as steps: it pauses (yields) every few hundred text nodes, so that a caller on
 * a page's main thread can hand control back between steps and never block for long. One native
 * `NodeIterator(SHOW_TEXT)` pass per target, with no per-node JS filter: unlike a TreeWalker, it
 * goes on from where it stood when the page removes that node during a pause (a quotes board
 * rewriting its rows), where a TreeWalker finds nothing more. Stops reading once it holds
 * `maxChars` characters (the text node that passes it is kept whole).
 */
export function* collectTextSteps(
  doc: Document,
  targets: ReadonlyArray<Element | ScanTarget>,
  maxChars: number,
): Generator<void, PageText> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const scanned: PageText['scanned'] = [];
  let length = 0;
  const seen = new Set<Node>();
  const ruby = mayHaveRuby(doc);
  for (const target of targets) {
    if (length >= maxChars) break;
    const { root, within } = 'root' in target ? target : { root: target, within: target };
    // The first target needs no look at its ancestors (which would make JS objects for them).
    if (seen.size && insideAny(seen, within)) continue;
    seen.add(within);
    scanned.push({ root, firstNode: nodes.length });
    const iterator = invoke(doc, 'createNodeIterator', within, 4 /* NodeFilter.SHOW_TEXT */);
    let sinceYield = 0;
    for (let node = iterator.nextNode() as Text | null; node; node = iterator.nextNode() as Text | null) {
      if (++sinceYield === NODES_PER_STEP) {
        sinceYield = 0;
        yield;
      }
      const data = node.data;
      if (data.length === 0 || (data.length > LONG_TEXT && inCodeOrForm(node))) continue;
      if (ruby && isRubyReading(node, data)) continue;
      nodes.push(node);
      starts.push(length);
      parts.push(data);
      length += data.length;
      if (length >= maxChars) break;
    }
  }
  const partStarts = new Set(scanned.map((part) => part.firstNode));
  const blocks: Node[] = [];
  const blockOf = (i: number) => (blocks[i] ??= textBlockOf(nodes[i]!));
  return { text: parts.join(''), nodes, starts, scanned, breaksBefore: (i) => partStarts.has(i) || blockOf(i - 1) !== blockOf(i) };
}

/**
 * What a text node's text runs on with: its nearest block ancestor. Text inside code and form
 * elements runs on with nothing (it is its own block), so "Taliban<button>x</button>" keeps its word end.
 */
function textBlockOf(node: Text): Node {
  const parent = node.parentElement;
  return parent && !SKIP_TAG_SET.has(tagOf(parent)) ? blockElementOf(parent) : node;
}

export { runFor, runInSlices, runToEnd } from '../steps';
export { blockElementOf } from './tags';
export { locate, sentenceAt, sentenceAround } from './text-positions';
export { findPageDate } from './page-date';
