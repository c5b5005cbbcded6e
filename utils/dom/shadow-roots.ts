/**
 * Open shadow roots: an article a web component renders into its shadow root (Lit, FAST, Stencil,
 * declarative shadow DOM) is text a reader sees and the browser's find finds, but no walk of the
 * document's own tree reaches it. The roots found are kept per document and read with it: the
 * text walk, the article finder and every walk up the tree (`parentOf` steps from a shadow tree's
 * top to its host) treat them as part of the page.
 */
import {
  childrenOf,
  closestOf,
  containsOf,
  hasMethod,
  hostOf as hostOfRoot,
  invoke,
  property,
  queryAll,
  rootNodeOf,
  shadowRootOf,
  tagOf,
} from './native';

/** A shadow root's hosts are looked for among custom elements (a hyphen in the tag name): most hosts are. */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";
/** XPathResult.ORDERED_NODE_SNAPSHOT_TYPE. */
const SNAPSHOT = 7;
/** Elements asked inside shadow trees for nested roots, per search; the trees not walked yet wait for the next. */
const MAX_SHADOW_ELEMENTS = 20_000;
/**
 * Shadow roots read with a page at most: a scan reads each with a walk of its own, and a page
 * of more text-holding components than this (a feed of tens of thousands) has the rest unread.
 */
const MAX_READ_ROOTS = 2000;

interface PageRoots {
  /** Every open shadow root found, read or not (forgotten when its host leaves the page, so that it is found again on its return). */
  found: WeakSet<ShadowRoot>;
  /**
   * The roots read with the page: those holding text, and the roots around them. A page's icons
   * and buttons (thousands of components holding only a style sheet) cost a scan nothing.
   */
  read: Set<ShadowRoot>;
  /** Roots found whose trees have not been searched for nested roots yet. */
  unwalked: ShadowRoot[];
}

const pages = new WeakMap<Document, PageRoots>();
const pageRoots = (doc: Document): PageRoots => {
  let roots = pages.get(doc);
  if (!roots) pages.set(doc, (roots = { found: new WeakSet(), read: new Set(), unwalked: [] }));
  return roots;
};

/** The shadow roots read with a document (see `readWithPage`) whose hosts are still in it. */
export function shadowRootsOf(doc: Document): ShadowRoot[] {
  const roots = pages.get(doc);
  if (!roots?.read.size) return [];
  for (const root of roots.read) if (!property(root.host, 'isConnected')) forgetShadowRoot(root);
  return [...roots.read];
}

/**
 * Reads exactly `roots` with `doc`: how the finder script, a bundle with its own copy of this
 * module, is told the roots the content script has found (`ArticleFinder`).
 */
export function adoptShadowRoots(doc: Document, roots: readonly ShadowRoot[]): void {
  pageRoots(doc).read = new Set(roots);
}

/** Forgets a root whose host left the page: found again (and read if it holds text) if it comes back. */
export function forgetShadowRoot(root: ShadowRoot): void {
  const roots = pages.get(root.ownerDocument);
  roots?.found.delete(root);
  roots?.read.delete(root);
}

/**
 * Reads `root` with its document from now on, with the shadow roots around it (its text is
 * judged through them): all of them, or none when that would pass MAX_READ_ROOTS. Whether it is read.
 */
export function readWithPage(root: ShadowRoot): boolean {
  const { read } = pageRoots(root.ownerDocument);
  const chain: ShadowRoot[] = [];
  for (let tree: Node = root; property(tree, 'nodeType') === 11 && !read.has(tree as ShadowRoot);) {
    chain.push(tree as ShadowRoot);
    const host = hostOfRoot(tree as ShadowRoot);
    if (!host) break;
    tree = rootNodeOf(host);
  }
  if (read.size + chain.length > MAX_READ_ROOTS) return read.has(root);
  for (const tree of chain) read.add(tree);
  return true;
}

/**
 * Looks for open shadow roots in `doc`, or only in the parts given (elements a change added, in
 * the document or inside a shadow tree), nested ones too; returns those not found before, and
 * reads those holding text with the page (`readWithPage`; others once they do). In the
 * document's tree a native XPath pass finds the custom elements, the only ones asked; inside
 * shadow trees, which are small, every element is asked, up to MAX_SHADOW_ELEMENTS per search.
 */
export function discoverShadowRoots(doc: Document, parts?: readonly Element[]): ShadowRoot[] {
  // Roots whose hosts left the page are forgotten first: they count against no cap.
  shadowRootsOf(doc);
  const roots = pageRoots(doc);
  const fresh: ShadowRoot[] = [];
  let budget = MAX_SHADOW_ELEMENTS;
  const add = (root: ShadowRoot | null) => {
    if (root && !roots.found.has(root)) {
      roots.found.add(root);
      roots.unwalked.push(root);
      fresh.push(root);
    }
  };
  /** Asks every element under `scope` (itself included); false when the budget ran out first. */
  const walk = (scope: Element | ShadowRoot): boolean => {
    if (property(scope, 'nodeType') === 1) add(shadowRootOf(scope as Element));
    const walker = invoke(doc, 'createTreeWalker', scope, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      if (--budget < 0) return false;
      add(shadowRootOf(el));
    }
    return true;
  };
  for (const part of parts ?? [doc]) {
    const tree = property(part, 'nodeType') === 1 ? rootNodeOf(part) : doc;
    if (tree === doc) for (const host of customElements(doc, part)) add(shadowRootOf(host));
    // A part inside a shadow tree not walked to its end: its whole tree is walked again later.
    else if (!walk(part as Element) && property(tree, 'nodeType') === 11) roots.unwalked.push(tree as ShadowRoot);
  }
  // The trees of the roots found, this time or before (the queue grows as nested ones are found).
  // One cut short is walked again with a whole budget next time; one larger than that, only so far.
  let walked = 0;
  for (const { unwalked } = roots; walked < unwalked.length && budget > 0; walked += 1) {
    const root = unwalked[walked]!;
    const whole = budget === MAX_SHADOW_ELEMENTS;
    if (property(root.host, 'isConnected') && !walk(root) && !whole) break;
  }
  roots.unwalked.splice(0, walked);
  for (const root of fresh) if (holdsText(root)) readWithPage(root);
  return fresh;
}

/** The custom elements in `scope`: natively by XPath, else (a DOM without it) by a walk. */
function customElements(doc: Document, scope: Node): Element[] {
  if (!hasMethod(doc, 'evaluate')) {
    const all = property(scope, 'nodeType') === 1 ? [scope as Element, ...queryAll(scope as Element, '*')] : [...queryAll(doc, '*')];
    return all.filter((el) => property(el, 'localName').includes('-'));
  }
  const result = invoke(doc, 'evaluate', CUSTOM_ELEMENTS, scope, null, SNAPSHOT, null);
  const out: Element[] = [];
  for (let i = 0; i < result.snapshotLength; i += 1) out.push(result.snapshotItem(i) as Element);
  return out;
}

/**
 * `scope` and every element under it, the content of the open shadow roots found so far included,
 * in the order a reader meets them: a host, then its shadow tree, then its own children.
 */
export function elementsInPageOrder(scope: Element): Element[] {
  const roots = shadowRootsIn(scope);
  if (!roots.length) return [scope, ...queryAll(scope, '*')];
  const byHost = new Map(roots.map((root) => [root.host, root]));
  const out: Element[] = [];
  const stack: Element[] = [scope];
  for (let el = stack.pop(); el; el = stack.pop()) {
    out.push(el);
    const children = childrenOf(el);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
    const root = byHost.get(el);
    // Pushed last, popped first: the shadow tree before the host's own children.
    if (root) for (let kids = childrenOf(root), i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i]!);
  }
  return out;
}

/** `scope.querySelectorAll(selectors)` with the matches in the open shadow roots found so far inside `scope`, in page order. */
export function queryAllComposed(scope: Element | Document, selectors: string): Element[] {
  const found = [...queryAll(scope, selectors)];
  const roots = shadowRootsIn(scope);
  if (!roots.length) return found;
  for (const root of roots) found.push(...root.querySelectorAll(selectors));
  return found.sort(composedOrder);
}

/** The open shadow roots found so far whose hosts are inside `scope`. */
export function shadowRootsIn(scope: Element | Document): ShadowRoot[] {
  const doc = property(scope, 'nodeType') === 9 /* DOCUMENT_NODE */ ? (scope as Document) : property(scope, 'ownerDocument')!;
  const roots = shadowRootsOf(doc);
  // The whole page (the body holds every host a reader sees): no test per root.
  if (scope === doc || scope === property(doc, 'body') || scope === property(doc, 'documentElement')) return roots;
  return roots.filter((root) => composedContains(scope, root.host));
}

/** Tags whose text is not shown: a component's own style sheet is no text to read. */
const UNSHOWN = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** Whether a shadow root holds text to read (not only white space and style sheets). */
export function holdsText(root: ShadowRoot): boolean {
  const walker = invoke(root.ownerDocument, 'createTreeWalker', root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (node.data.trim() && !(parent && UNSHOWN.has(tagOf(parent)))) return true;
  }
  return false;
}

/** The host of `node`'s shadow tree, or null when `node` is in the document's own tree. */
export function hostOf(node: Node): Element | null {
  const root = rootNodeOf(node);
  return property(root, 'nodeType') === 11 /* DOCUMENT_FRAGMENT_NODE */ ? hostOfRoot(root as ShadowRoot) : null;
}

/** Whether `node` is `ancestor` or inside it, shadow trees of hosts inside it included. */
export function composedContains(ancestor: Node, node: Node): boolean {
  if (containsOf(ancestor, node)) return true;
  // Most pages have no shadow root: no walk from host to host.
  const doc = property(node, 'ownerDocument');
  if (!doc || !pages.get(doc)?.read.size) return false;
  for (let n = hostOf(node); n; n = hostOf(n)) if (containsOf(ancestor, n)) return true;
  return false;
}

/** The nodes from the document's tree down through each host to `node`'s own tree, one per tree. */
function treePath(node: Node): Node[] {
  const path = [node];
  for (let host = hostOf(node); host; host = hostOf(host)) path.unshift(host);
  return path;
}

/**
 * Negative when `a` comes first on the page, positive when `b` does: document order, with a
 * shadow tree's content where its host is (`compareDocumentPosition` alone orders nodes of two
 * trees arbitrarily).
 */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  // One tree (most pages, most pairs): as the document orders them. Node.DOCUMENT_POSITION_DISCONNECTED = 1.
  const position = invoke(a, 'compareDocumentPosition', b);
  if (!(position & 1)) return position & 4 ? -1 : 1;
  const pa = treePath(a);
  const pb = treePath(b);
  let i = 0;
  while (i < pa.length - 1 && i < pb.length - 1 && pa[i] === pb[i]) i += 1;
  const x = pa[i]!;
  const y = pb[i]!;
  // A host comes before its shadow tree's content.
  if (x === y) return pa.length - pb.length;
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: y comes after x.
  return invoke(x, 'compareDocumentPosition', y) & 4 ? -1 : 1;
}

/** `el.closest(selectors)`, going on from a shadow tree's top to its host: a link around a web component. */
export function composedClosest(el: Element, selectors: string): Element | null {
  for (let e: Element | null = el; e; e = hostOf(e)) {
    const found = closestOf(e, selectors);
    if (found) return found;
  }
  return null;
}

/** The element an event happened at, inside open shadow trees too (`event.target` is their host). */
export function eventElement(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
}
