/**
 * Reads the text a reader can see in a page's main article. Shared by the content script and
 * the brief CLI (which runs it on linkedom), so it uses only the `Document` it is given, never
 * globals, and never changes the DOM.
 */

const SKIP_TAGS = ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'svg', 'math', 'iframe', 'object', 'jfir-briefs'];
const FURNITURE_TAGS = ['nav', 'aside', 'footer', 'form', 'dialog'];
const FURNITURE_ROLES = ['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog'];
const FURNITURE_CLASS_WORDS = ['share', 'social', 'comment', 'related', 'newsletter', 'sidebar', 'breadcrumb', 'advert', 'promo', 'stream', 'feed', 'gallery'];

/** Either case: SVG and MathML elements keep their lower-case names in `tagName`. */
const bothCases = (tags: readonly string[]) => new Set(tags.flatMap((t) => [t.toLowerCase(), t.toUpperCase()]));
const SKIP_TAG_SET = bothCases(SKIP_TAGS);
const FURNITURE_TAG_SET = bothCases(FURNITURE_TAGS);
const FURNITURE_ROLE_SET = new Set(FURNITURE_ROLES);
const FURNITURE_CLASS = new RegExp(FURNITURE_CLASS_WORDS.join('|'), 'i');

/**
 * Whether this element alone (not its ancestors) holds text that is never a mention: code, form
 * controls, editors, hidden and foreign content. Tested in JS: a selector list in `matches()`
 * cost several microseconds an element on large pages.
 */
function isSkipElement(el: Element): boolean {
  if (SKIP_TAG_SET.has(el.tagName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether this element alone is page furniture: navigation, rails, share bars, comment widgets, feeds. */
function isFurnitureElement(el: Element): boolean {
  if (FURNITURE_TAG_SET.has(el.tagName)) return true;
  if (!el.hasAttributes()) return false;
  return (
    FURNITURE_ROLE_SET.has(el.getAttribute('role') ?? '') ||
    FURNITURE_CLASS.test(el.getAttribute('class') ?? '') ||
    /comment/i.test(el.getAttribute('id') ?? '')
  );
}

/**
 * Whether an element or one of its ancestors passes `test`, with verdicts cached per element so
 * that siblings share the walk up. `<html>` and `<body>` never count: their classes ("stream",
 * "comments-open") describe the whole page.
 */
function ancestryTest(doc: Document, test: (el: Element) => boolean): (el: Element) => boolean {
  const verdicts = new Map<Element, boolean>();
  const inside = (el: Element | null): boolean => {
    if (!el || el === doc.body || el === doc.documentElement) return false;
    let verdict = verdicts.get(el);
    if (verdict === undefined) verdicts.set(el, (verdict = test(el) || inside(el.parentElement)));
    return verdict;
  };
  return inside;
}

/** Elements that flow inline: text across them is one run, so "<b>Kuril</b> Islands" is found. */
const INLINE_TAGS = bothCases([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'RUBY', 'RB', 'RT',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'BIG', 'TT', 'STRIKE', 'INS', 'DEL',
]);

/**
 * Joins blocks in `PageText.text`. Not white space, so no alias (whose spaces match any white
 * space, newlines included) can run from one paragraph into the next.
 */
export const BLOCK_BREAK = '\u001e';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `PageText.text`. */
  start: number;
}

export interface PageText {
  /**
   * The article's text (without skipped elements and furniture), blocks joined by BLOCK_BREAK;
   * inline elements do not break it. Text hidden by CSS is in it (see `renderedChecker`).
   */
  text: string;
  /** The text nodes in order, for mapping offsets back to the DOM. */
  segments: TextSegment[];
}

export interface ScanOptions {
  /** Include navigation, asides and other furniture (default false). */
  includeFurniture?: boolean;
}

/** Where a main article is marked up, most explicit first. */
const ARTICLE_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];
/** Less text than this is a teaser or an empty shell, not the article. */
const ARTICLE_MIN_TEXT = 200;

/** Whether `el` holds more than `min` characters of text, reading only as far as needed. */
function hasTextOver(doc: Document, el: Element, min: number): boolean {
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((total += (node as Text).data.length) > min) return true;
  return false;
}

/**
 * The element holding the main article: of the first kind in ARTICLE_SELECTORS outside furniture
 * that has real text, the one with most text; else the block with most paragraph text. One query
 * finds every kind at once, and a lone candidate's text is only read as far as the minimum.
 */
export function findArticleRoot(doc: Document): Element {
  const inFurniture = ancestryTest(doc, isFurnitureElement);
  const lengths = new Map<Element, number>();
  const textLength = (el: Element) => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = el.textContent?.length ?? 0));
    return n;
  };
  const marked = [...doc.querySelectorAll(ARTICLE_SELECTORS.join(','))].filter((el) => !inFurniture(el));
  for (const selector of ARTICLE_SELECTORS) {
    const candidates = marked.filter((el) => el.matches(selector));
    const best = candidates.length > 1 ? candidates.sort((a, b) => textLength(b) - textLength(a))[0] : candidates[0];
    if (best && hasTextOver(doc, best, ARTICLE_MIN_TEXT)) return best;
  }
  const byParent = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent && !inFurniture(p)) byParent.set(parent, (byParent.get(parent) ?? 0) + textLength(p));
  }
  let best: Element = doc.body ?? doc.documentElement;
  let bestLength = 0;
  for (const [el, n] of byParent) if (n > bestLength) [best, bestLength] = [el, n];
  return best;
}

/** The page's headline: the first `h1` (inside the article if there is one there). */
export function findHeadline(doc: Document, root: Element): Element | undefined {
  return root.querySelector('h1') ?? doc.querySelector('h1') ?? undefined;
}

/** The page's publication date, ISO `YYYY-MM-DD`, from the usual metadata. */
export function findPageDate(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]')?.getAttribute('content'),
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime'),
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
  ];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    candidates.push(/"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '')?.[1]);
  }
  for (const value of candidates) {
    const m = value && /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Whether an element is rendered and not `visibility: hidden`. `checkVisibility` is native;
 * linkedom (the CLI) has no layout, so there only inline styles are read.
 */
function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { visibilityProperty: true });
  const style = el.getAttribute('style') ?? '';
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The nearest ancestor-or-self of `el` that is not an inline element: where a run of text ends. */
export function blockElementOf(el: Element): Element {
  let block = el;
  while (INLINE_TAGS.has(block.tagName) && block.parentElement) block = block.parentElement;
  return block;
}

/** Part of a scan root to read again after a change; furniture is still judged against the root. */
export interface ScanTarget {
  root: Element;
  within: Element;
}

/**
 * Collects the text under the given roots (or parts of them), leaving out skipped elements and
 * furniture. Text hidden by CSS is still in it: whether text is rendered is asked only where a
 * match falls (see `renderedBetween`), since a layout query for every element of an article cost
 * more than the rest of the scan.
 */
export function collectText(doc: Document, targets: ReadonlyArray<Element | ScanTarget>, options: ScanOptions = {}): PageText {
  return runToEnd(collectTextSteps(doc, targets, options));
}

/** Text nodes read between two chances to yield. */
const NODES_PER_STEP = 256;

/** What the walk needs to know of a text node's parent element, worked out once per element. */
interface ParentInfo {
  skipped: boolean;
  inHeadline: boolean;
  /** The block the element's text belongs to (see `blockElementOf`). */
  block: Element;
}

/**
 * `collectText` as steps: it pauses (yields) every few hundred text nodes, so that a caller on
 * a page's main thread can hand control back between steps and never block for long. One native
 * `TreeWalker(SHOW_TEXT)` pass per target, with no per-node JS filter.
 */
export function* collectTextSteps(
  doc: Document,
  targets: ReadonlyArray<Element | ScanTarget>,
  options: ScanOptions = {},
): Generator<void, PageText> {
  /**
   * Decided from the parent element's verdict and the element's own attributes: a `closest()`
   * per element re-walked every ancestor against every selector and dominated the scan.
   */
  const infos = new Map<Element, ParentInfo>();
  const skippedAbove = ancestryTest(doc, isSkipElement);
  const infoOf = (el: Element, root: Element): ParentInfo => {
    let info = infos.get(el);
    if (info) return info;
    const inline = INLINE_TAGS.has(el.tagName);
    if (el === root || !el.parentElement) {
      info = { skipped: skippedAbove(el), inHeadline: el.closest('h1') !== null, block: inline ? blockElementOf(el) : el };
    } else {
      const up = infoOf(el.parentElement, root);
      const inHeadline = up.inHeadline || el.tagName === 'H1';
      const skipped = up.skipped || isSkipElement(el) || (!options.includeFurniture && !inHeadline && isFurnitureElement(el));
      // An inline element that changes nothing shares its parent's verdict (most <a>, <b>, <span>).
      info = inline && skipped === up.skipped && inHeadline === up.inHeadline ? up : { skipped, inHeadline, block: inline ? up.block : el };
    }
    infos.set(el, info);
    return info;
  };

  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastBlock: Element | undefined;
  const seen = new Set<Node>();
  for (const target of targets) {
    const { root, within } = 'root' in target ? target : { root: target, within: target };
    if ([...seen].some((r) => r.contains(within))) continue;
    seen.add(within);
    const walker = doc.createTreeWalker(within, 4 /* NodeFilter.SHOW_TEXT */);
    let sinceYield = 0;
    // Neighbouring text nodes often share a parent: its verdict is reused without a lookup.
    let lastParent: Element | null = null;
    let info: ParentInfo | undefined;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (++sinceYield === NODES_PER_STEP) {
        sinceYield = 0;
        yield;
      }
      const parent = node.parentElement;
      if (!parent) continue;
      if (parent !== lastParent) {
        lastParent = parent;
        info = infoOf(parent, root);
      }
      const data = node.data;
      if (data.length === 0 || info!.skipped) continue;
      if (lastBlock && info!.block !== lastBlock) {
        parts.push(BLOCK_BREAK);
        length += 1;
      }
      lastBlock = info!.block;
      segments.push({ node, start: length });
      parts.push(data);
      length += data.length;
    }
    parts.push(BLOCK_BREAK);
    length += 1;
    lastBlock = undefined;
  }
  return { text: parts.join(''), segments };
}

/**
 * A check that the text between two offsets of `page` is all rendered: every text node it
 * covers has a rendered parent. Verdicts are cached per element for the life of the check.
 */
export function renderedChecker(page: PageText): (start: number, end: number) => boolean {
  const verdicts = new Map<Element, boolean>();
  const rendered = (el: Element) => {
    let ok = verdicts.get(el);
    if (ok === undefined) verdicts.set(el, (ok = isRendered(el)));
    return ok;
  };
  return (start, end) => {
    const last = segmentIndex(page, end, true);
    for (let i = segmentIndex(page, start); i <= last; i += 1) {
      const parent = page.segments[i]?.node.parentElement;
      if (!parent || !rendered(parent)) return false;
    }
    return true;
  };
}

/** Runs a stepped computation to its end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a stepped computation, handing the main thread back whenever `budgetMs` has passed
 * since the last pause. `now` and `pause` come from the caller, keeping this module free of globals.
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  now: () => number,
  pause: () => Promise<void>,
  budgetMs = 20,
): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}

/**
 * The index of the segment holding a position in `PageText.text` (binary search). At a boundary
 * between two nodes, the later one, or with `preferEnd` the earlier one (for a match's end).
 */
function segmentIndex(page: PageText, offset: number, preferEnd = false): number {
  const { segments } = page;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segments[mid]!;
    if (s.start < offset || (!preferEnd && s.start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text node and offset of a position in `PageText.text`. */
export function locate(page: PageText, offset: number, preferEnd = false): { node: Text; offset: number } | undefined {
  const seg = page.segments[segmentIndex(page, offset, preferEnd)];
  if (!seg) return undefined;
  return { node: seg.node, offset: Math.min(offset - seg.start, seg.node.data.length) };
}

/** The sentence of `text` around `offset`, at most `max` characters. */
export function sentenceAround(text: string, offset: number, max = 300): string {
  const before = text.slice(Math.max(0, offset - max), offset);
  const after = text.slice(offset, offset + max);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf(BLOCK_BREAK), before.lastIndexOf('。'));
  const endMatch = /[.?!。](\s|$)|\u001e/.exec(after);
  return (before.slice(start + 1) + after.slice(0, endMatch ? endMatch.index + 1 : after.length)).trim();
}
