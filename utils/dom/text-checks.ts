/**
 * Which of a page's text a reader sees: not in code, form controls, editors, hidden or foreign
 * content, not in furniture markup, rendered, and in the article (`articleOf`). Asked only of the
 * text nodes a possible match covers, never of the whole page (see `collectTextSteps`).
 */
import { nodeIndex } from './text-positions';
import { articleVerdict } from './article-region';
import { isFurnitureMarkup } from './furniture-markup';
import { SKIP_TAG_SET, ariaHides } from './tags';
import { attributeNames, attributeOf, checkVisibility, hasAttributes, parentOf, property, tagOf, textOf, textParentOf } from './native';
import { lowerBound } from '../sorted';
import { articleOf, foundArticle, type PageText, type ScanOptions } from './page-text';

/**
 * Whether an element alone (not its ancestors) holds text that is never a mention: code, form
 * controls, editors, hidden and foreign content. Decided in JS from its tag and the names
 * `getAttributeNames()` lists, reading only the values that matter. Whether a part of the page is
 * the article, furniture markup included, is `findArticle`'s verdict.
 */
function isSkipped(el: Element, tag = tagOf(el)): boolean {
  if (SKIP_TAG_SET.has(tag)) return true;
  if (!hasAttributes(el)) return false;
  for (const name of attributeNames(el)) {
    if (name === 'hidden') return true;
    if (name === 'aria-hidden' && ariaHides(el, tag)) return true;
    if (name === 'contenteditable' && attributeOf(el, name) !== 'false') return true;
  }
  return false;
}

/**
 * Whether an element or one of its ancestors is skipped (hidden, an editor, code). `<html>` and
 * `<body>` never count: attributes there describe the whole page, not one part of it.
 */
function insideSkipped(doc: Document, el: Element | null): boolean {
  const body = property(doc, 'body');
  const html = property(doc, 'documentElement');
  for (let e = el; e && e !== body && e !== html; e = parentOf(e)) if (isSkipped(e)) return true;
  return false;
}

/** Whether a scan now would leave the text in an element unread as hidden: a fold closed again, a tab panel left. */
export const isHiddenNow = (doc: Document, el: Element) => insideSkipped(doc, el) || !isRendered(el);

/** Whether an element is rendered and not `visibility: hidden`; linkedom (the CLI) has no layout, so there only inline styles are read. */
export function isRendered(el: Element): boolean {
  const visible = checkVisibility(el, { visibilityProperty: true });
  // An element laid out with `display: contents` has no box of its own (an Astro island, a slot): its parent's decides.
  if (visible === false && property(el, 'ownerDocument')?.defaultView?.getComputedStyle(el).display === 'contents') {
    const parent = parentOf(el);
    return parent ? isRendered(parent) : true;
  }
  if (visible !== undefined) return visible;
  const style = attributeOf(el, 'style') ?? '';
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * A check that the text between two offsets of `page` is text a reader sees in the article:
 * every text node it covers is outside skipped elements, in the page's article (`articleOf`, found
 * on the first call that needs it; anywhere when the options include furniture), and rendered. Verdicts are cached per parent element.
 */
export function readableChecker(doc: Document, page: PageText, options: ScanOptions = {}, hidden?: Set<Element>): TextCheck {
  const seen = seenChecker(doc, page, options, hidden);
  const verdicts = new Map<Element, boolean>();
  return (start, end) =>
    seen(start, end) &&
    (options.includeFurniture ||
      (eachParent(page, start, end, (parent) => {
        let ok = verdicts.get(parent);
        if (ok === undefined) verdicts.set(parent, (ok = articleVerdict(articleOf(doc), parent)));
        return ok;
      }) &&
        !reachesCredit(page, start, end, articleOf(doc).creditTails)));
}

/** Whether the text between two offsets runs into a caption's closing credit (`ArticleRegion.creditTails`). */
function reachesCredit(page: PageText, start: number, end: number, tails: ReadonlyMap<Text, number> | undefined): boolean {
  if (!tails) return false;
  const last = nodeIndex(page, end, true);
  for (let i = nodeIndex(page, start); i <= last; i += 1) {
    const credit = tails.get(page.nodes[i]!);
    if (credit !== undefined && end > page.starts[i]! + credit) return true;
  }
  return false;
}

/** Enough parts of the page not rendered to tell when a page or a fold of it is shown. */
const MAX_HIDDEN = 64;
/** Parts hidden by their `hidden` attribute watched besides: a story's tab panels and folds. */
const MAX_HIDDEN_BY_ATTRIBUTE = 16;
/** Parts of running text hidden by `aria-hidden` alone watched besides: a 「続きを読む」 fold (not a slider's slides). */
const MAX_ARIA_HIDDEN_FOLDS = 4;
/** Running text: two sentences or more (a slide's caption is one line). */
const isRunningText = (text: string) => (text.match(/[。！？]|[.!?](?=\s|$)/g)?.length ?? 0) >= 2;

/**
 * Whether an element is skipped for its `hidden` or `aria-hidden` attribute alone (not also code or
 * an editor): shown, it is read. A 「続きを読む」 fold is often clipped to no height and `aria-hidden`.
 */
function onlyHiddenByAttribute(el: Element): boolean {
  if ((attributeOf(el, 'hidden') === null && attributeOf(el, 'aria-hidden') !== 'true') || SKIP_TAG_SET.has(tagOf(el))) return false;
  const editable = attributeOf(el, 'contenteditable');
  return editable === null || editable === 'false';
}

/** A verdict on the text between two offsets of a `PageText`. */
type TextCheck = (start: number, end: number) => boolean;

/**
 * The cheap part of `readableChecker`, without the article: text a reader sees (outside skipped
 * elements and furniture markup such as nav, aside and footer, and rendered). Whether any match
 * passes it decides whether the article needs finding at all. Text that fails only for not being
 * rendered (a page still loading, a "Read more" fold) has the outermost part hiding it added to `hidden`.
 */
export function seenChecker(doc: Document, page: PageText, options: ScanOptions = {}, hidden?: Set<Element>): TextCheck {
  const verdicts = new Map<Element, boolean>();
  let byAttribute = 0;
  let byAria = 0;
  const seen = (el: Element, root: Element): boolean => {
    let e: Element | null = el;
    /** The outermost part hidden by its `hidden` attribute (a tab panel, a fold), if that is all that hides the text. */
    let hiddenBy: Element | undefined;
    for (; e && e !== root; e = parentOf(e)) {
      if (!options.includeFurniture && isFurnitureMarkup(e, tagOf(e))) return false;
      if (!isSkipped(e)) continue;
      if (onlyHiddenByAttribute(e)) hiddenBy = e;
      else return false;
    }
    if (e !== root || insideSkipped(doc, root)) return false;
    // Never read while it has the attribute, but watched until shown, as a part hidden by style is:
    // in the article (once found), a few (menus and dialogs use the attribute a lot), besides the style-hidden ones.
    if (hiddenBy) {
      // Where it sits decides (the article finder leaves hidden parts themselves out).
      const region = foundArticle(doc);
      const holder = parentOf(hiddenBy);
      if (hidden && !hidden.has(hiddenBy) && (options.includeFurniture || !region || (holder && articleVerdict(region, holder)))) {
        const byHidden = attributeOf(hiddenBy, 'hidden') !== null;
        if (byHidden ? byAttribute < MAX_HIDDEN_BY_ATTRIBUTE : byAria < MAX_ARIA_HIDDEN_FOLDS && isRunningText(textOf(hiddenBy))) {
          hidden.add(hiddenBy);
          if (byHidden) byAttribute += 1;
          else byAria += 1;
        }
      }
      return false;
    }
    if (isRendered(el)) return true;
    if (hidden && hidden.size - byAttribute - byAria < MAX_HIDDEN) {
      // The outermost part not rendered (a fold, a cloaked root): one entry for all the text it hides.
      let part = el;
      for (let p = parentOf(el); p && p !== root && !isRendered(p); p = parentOf(p)) part = p;
      hidden.add(part);
    }
    return false;
  };
  // The last part starting at or before the node: a binary search (a page of components has thousands of parts).
  const firstNodes = page.scanned.map((part) => part.firstNode);
  const rootOf = (nodeIndexAt: number): Element => page.scanned[Math.max(0, lowerBound(firstNodes, nodeIndexAt + 1) - 1)]!.root;
  return (start, end) =>
    eachParent(page, start, end, (parent, i) => {
      let ok = verdicts.get(parent);
      if (ok === undefined) verdicts.set(parent, (ok = seen(parent, rootOf(i))));
      return ok;
    });
}

/** Whether `test` holds for the parent element of every text node between two offsets of `page`. */
function eachParent(page: PageText, start: number, end: number, test: (parent: Element, nodeIndex: number) => boolean): boolean {
  const last = nodeIndex(page, end, true);
  for (let i = nodeIndex(page, start); i <= last; i += 1) {
    const node = page.nodes[i];
    const parent = node && textParentOf(node);
    if (!parent || !test(parent, i)) return false;
  }
  return true;
}
