/**
 * Reads the text a reader can see in a page's main article. Shared by the content script and
 * the brief CLI (which runs it on linkedom), so it uses only the `Document` it is given, never
 * globals, and never changes the DOM.
 */

const SKIP_TAGS = ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'svg', 'math', 'iframe', 'object', 'jfir-briefs'];
const FURNITURE_TAGS = ['nav', 'aside', 'footer', 'form', 'dialog'];
const FURNITURE_ROLES = ['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog'];
const FURNITURE_CLASS_WORDS = ['share', 'social', 'comment', 'related', 'newsletter', 'sidebar', 'breadcrumb', 'advert', 'promo', 'stream', 'feed', 'gallery'];

/** Elements whose text is never a mention: code, form controls, editors, hidden and foreign content. */
export const SKIP_SELECTOR = [
  ...SKIP_TAGS, '[contenteditable]:not([contenteditable="false"])', '[hidden]', '[aria-hidden="true"]',
].join(',');

/** Page furniture inside or around an article: navigation, rails, share bars, comment widgets, feeds. */
export const FURNITURE_SELECTOR = [
  ...FURNITURE_TAGS,
  ...FURNITURE_ROLES.map((r) => `[role="${r}"]`),
  ...FURNITURE_CLASS_WORDS.map((w) => `[class*="${w}" i]`),
  '[id*="comment" i]',
].join(',');

const SKIP_TAG_SET = new Set(SKIP_TAGS.map((t) => t.toUpperCase()));
const FURNITURE_TAG_SET = new Set(FURNITURE_TAGS.map((t) => t.toUpperCase()));
const FURNITURE_ROLE_SET = new Set(FURNITURE_ROLES);
const FURNITURE_CLASS = new RegExp(FURNITURE_CLASS_WORDS.join('|'), 'i');

/**
 * `el.matches(SKIP_SELECTOR)` for this element alone, in JS: on large pages the selector list
 * cost several microseconds an element.
 */
function isSkipElement(el: Element): boolean {
  if (SKIP_TAG_SET.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** `el.matches(FURNITURE_SELECTOR)` for this element alone, in JS (see `isSkipElement`). */
function isFurnitureElement(el: Element): boolean {
  return (
    FURNITURE_TAG_SET.has(el.tagName.toUpperCase()) ||
    FURNITURE_ROLE_SET.has(el.getAttribute('role') ?? '') ||
    FURNITURE_CLASS.test(el.getAttribute('class') ?? '') ||
    /comment/i.test(el.getAttribute('id') ?? '')
  );
}

/** Elements that flow inline: text across them is one run, so "<b>Kuril</b> Islands" is found. */
const INLINE_TAGS = new Set([
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
  /** The visible text, blocks joined by BLOCK_BREAK; inline elements do not break it. */
  text: string;
  /** The text nodes in order, for mapping offsets back to the DOM. */
  segments: TextSegment[];
}

export interface ScanOptions {
  /** Include navigation, asides and other furniture (default false). */
  includeFurniture?: boolean;
}

/** The element holding the main article: the first of these that has real text, else the block with most paragraph text. */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const lengths = new Map<Element, number>();
  const textLength = (el: Element) => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = el.textContent?.length ?? 0));
    return n;
  };
  // Classes on <html> or <body> ("stream", "comments-open") describe the whole page, not furniture.
  const inFurniture = (el: Element) => {
    const furniture = el.closest(FURNITURE_SELECTOR);
    return furniture !== null && furniture !== doc.body && furniture !== doc.documentElement;
  };
  for (const selector of ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]']) {
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => !inFurniture(el));
    const best = candidates.sort((a, b) => textLength(b) - textLength(a))[0];
    if (best && textLength(best) > 200) return best;
  }
  const byParent = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent && !inFurniture(p)) byParent.set(parent, (byParent.get(parent) ?? 0) + textLength(p));
  }
  let best: Element = body;
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

function isRendered(el: Element): boolean {
  // checkVisibility is native and cached per element by the caller; linkedom (the CLI) has no layout.
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { visibilityProperty: true });
  const style = el.getAttribute('style') ?? '';
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The nearest ancestor-or-self of `el` that is not an inline element: where a run of text ends. */
export function blockElementOf(el: Element): Element {
  let block = el;
  while (INLINE_TAGS.has(block.tagName.toUpperCase()) && block.parentElement) block = block.parentElement;
  return block;
}

/** Part of a scan root to read again after a change; furniture is still judged against the root. */
export interface ScanTarget {
  root: Element;
  within: Element;
}

/**
 * Collects the visible text under the given roots (or parts of them). One native
 * `TreeWalker(SHOW_TEXT)` pass per target, with no per-node JS filter; whether a text node counts
 * is decided once per parent element and cached.
 */
export function collectText(doc: Document, targets: ReadonlyArray<Element | ScanTarget>, options: ScanOptions = {}): PageText {
  return runToEnd(collectTextSteps(doc, targets, options));
}

/** Text nodes read between two chances to yield. */
const NODES_PER_STEP = 256;

/**
 * `collectText` as steps: it pauses (yields) every few hundred text nodes, so that a caller on
 * a page's main thread can hand control back between steps and never block for long.
 */
export function* collectTextSteps(
  doc: Document,
  targets: ReadonlyArray<Element | ScanTarget>,
  options: ScanOptions = {},
): Generator<void, PageText> {
  /**
   * Whether text in an element is skipped, decided once per element from its parent's verdict
   * and its own `matches()`: a `closest()` per element re-walked every ancestor against every
   * selector and dominated the scan on large pages.
   */
  const state = new Map<Element, { skipped: boolean; inHeadline: boolean }>();
  const stateOf = (el: Element, root: Element): { skipped: boolean; inHeadline: boolean } => {
    let st = state.get(el);
    if (st) return st;
    if (el === root || !el.parentElement) {
      st = { skipped: el.closest(SKIP_SELECTOR) !== null, inHeadline: el.closest('h1') !== null };
    } else {
      const up = stateOf(el.parentElement, root);
      const inHeadline = up.inHeadline || el.tagName === 'H1';
      const furniture = !options.includeFurniture && !inHeadline && isFurnitureElement(el);
      st = { skipped: up.skipped || isSkipElement(el) || furniture, inHeadline };
    }
    state.set(el, st);
    return st;
  };
  const visible = new Map<Element, boolean>();
  const blockCache = new Map<Element, Element>();
  /**
   * A plain inline element (no class, id or style of its own) is as visible as its parent, so
   * the layout query is made once per block rather than once per <a> or <b>.
   */
  const isVisible = (el: Element): boolean => {
    let ok = visible.get(el);
    if (ok === undefined) {
      const plainInline = INLINE_TAGS.has(el.tagName.toUpperCase()) && !el.hasAttribute('class') && !el.hasAttribute('style') && !el.hasAttribute('id');
      ok = plainInline && el.parentElement ? isVisible(el.parentElement) : isRendered(el);
      visible.set(el, ok);
    }
    return ok;
  };
  const allowed = (el: Element, root: Element): boolean => !stateOf(el, root).skipped && isVisible(el);
  const blockOf = (el: Element): Element => {
    let block = blockCache.get(el);
    if (!block) blockCache.set(el, (block = blockElementOf(el)));
    return block;
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
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (++sinceYield === NODES_PER_STEP) {
        sinceYield = 0;
        yield;
      }
      const parent = node.parentElement;
      const data = node.data;
      if (!parent || data.length === 0 || !allowed(parent, root)) continue;
      const block = blockOf(parent);
      if (lastBlock && block !== lastBlock) {
        parts.push(BLOCK_BREAK);
        length += 1;
      }
      lastBlock = block;
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

/** The text node and offset of a position in `PageText.text` (binary search). */
export function locate(page: PageText, offset: number, preferEnd = false): { node: Text; offset: number } | undefined {
  const { segments } = page;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segments[mid]!;
    if (s.start < offset || (!preferEnd && s.start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
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
