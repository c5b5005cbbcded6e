/**
 * Open shadow roots: an article a web component renders into its shadow root (Lit, FAST, Stencil,
 * declarative shadow DOM) is text a reader sees and the browser's find finds, but no walk of the
 * document's own tree reaches it. The roots found are kept per document and read with it: the
 * text walk, the article finder and every walk up the tree (`parentOf` steps from a shadow tree's
 * top to its host) treat them as part of the page.
 */
import { childrenOf, closestOf, containsOf, hostOf as hostOfRoot, rootNodeOf, shadowRootOf } from './native';

/** A shadow root's hosts are looked for among custom elements (a hyphen in the tag name): most hosts are. */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";
/** XPathResult.ORDERED_NODE_SNAPSHOT_TYPE. */
const SNAPSHOT = 7;
/** Custom elements asked for a shadow root in one search: a page of tens of thousands of icons costs no more. */
const MAX_HOSTS = 20_000;
/** Elements asked inside shadow roots for nested ones, per search. */
const MAX_SHADOW_ELEMENTS = 20_000;

/** Every open shadow root found per document, read or not. */
const found = new WeakMap<Document, WeakSet<ShadowRoot>>();
/**
 * The roots read with each document: those holding text, and the roots around them. A page's
 * icons and buttons (thousands of components holding only a style sheet) cost no scan anything.
 */
const known = new WeakMap<Document, Set<ShadowRoot>>();
/**
 * Shadow roots read with a page at most: a scan reads each with a walk of its own, and a page
 * of more text-holding components than this (a feed of tens of thousands) has the rest unread.
 */
const MAX_READ_ROOTS = 2000;

/** The shadow roots read with a document (see `readWithPage`) whose hosts are still in it. */
export function shadowRootsOf(doc: Document): ShadowRoot[] {
  const roots = known.get(doc);
  if (!roots) return [];
  for (const root of roots) if (!root.host.isConnected) roots.delete(root);
  return [...roots];
}

/** Reads `root` with its document from now on, and the shadow roots around it (its text is judged through them). */
export function readWithPage(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  let roots = known.get(doc);
  if (!roots) known.set(doc, (roots = new Set()));
  for (let tree: Node = root; tree.nodeType === 11 && !roots.has(tree as ShadowRoot) && roots.size < MAX_READ_ROOTS;) {
    roots.add(tree as ShadowRoot);
    const host = hostOfRoot(tree as ShadowRoot);
    if (!host) break;
    tree = rootNodeOf(host);
  }
}

/**
 * Looks for open shadow roots in `doc`, or only in the parts given (elements a change added, in
 * the document or inside a shadow tree), nested ones too; returns those not found before, and
 * reads those holding text with the page (`readWithPage`; others once they do). In the document's tree a native XPath pass finds the custom elements, the only ones
 * asked; inside shadow trees, which are small, every element is asked.
 */
export function discoverShadowRoots(doc: Document, parts?: readonly Element[]): ShadowRoot[] {
  let seen = found.get(doc);
  if (!seen) found.set(doc, (seen = new WeakSet()));
  const fresh: ShadowRoot[] = [];
  let hosts = MAX_HOSTS;
  let budget = MAX_SHADOW_ELEMENTS;
  const add = (root: ShadowRoot | null) => {
    if (root && !seen.has(root)) {
      seen.add(root);
      fresh.push(root);
    }
  };
  /** Every element under `scope` (a shadow root, or an element inside one), itself included. */
  const askAll = (scope: Element | ShadowRoot) => {
    if (scope.nodeType === 1) add(shadowRootOf(scope as Element));
    const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null; el && budget > 0; el = walker.nextNode() as Element | null, budget -= 1)
      add(shadowRootOf(el));
  };
  for (const part of parts ?? [doc]) {
    if (part.nodeType === 1 && rootNodeOf(part) !== doc) askAll(part as Element);
    else
      for (const host of customElements(doc, part, hosts)) {
        hosts -= 1;
        add(shadowRootOf(host));
      }
  }
  // The trees of the roots found (the list grows as nested ones are found).
  for (let i = 0; i < fresh.length && budget > 0; i += 1) askAll(fresh[i]!);
  for (const root of fresh) if (holdsText(root)) readWithPage(root);
  return fresh;
}

/** The custom elements in `scope` (at most `max`): natively by XPath, else (a DOM without it) by a walk. */
function customElements(doc: Document, scope: Node, max: number): Element[] {
  if (max <= 0) return [];
  if (typeof doc.evaluate !== 'function') {
    const all = scope.nodeType === 1 ? [scope as Element, ...(scope as Element).querySelectorAll('*')] : [...doc.querySelectorAll('*')];
    return all.filter((el) => el.localName.includes('-')).slice(0, max);
  }
  const result = doc.evaluate(CUSTOM_ELEMENTS, scope, null, SNAPSHOT, null);
  const out: Element[] = [];
  for (let i = 0; i < Math.min(result.snapshotLength, max); i += 1) out.push(result.snapshotItem(i) as Element);
  return out;
}

/**
 * `scope` and every element under it, the content of the open shadow roots found so far included,
 * in the order a reader meets them: a host, then its shadow tree, then its own children.
 */
export function elementsInPageOrder(scope: Element): Element[] {
  const roots = shadowRootsIn(scope);
  if (!roots.length) return [scope, ...scope.querySelectorAll('*')];
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
  const found = [...scope.querySelectorAll(selectors)];
  const roots = shadowRootsIn(scope);
  if (!roots.length) return found;
  for (const root of roots) found.push(...root.querySelectorAll(selectors));
  return found.sort(composedOrder);
}

/** The open shadow roots found so far whose hosts are inside `scope`. */
export function shadowRootsIn(scope: Element | Document): ShadowRoot[] {
  const doc = scope.nodeType === 9 /* DOCUMENT_NODE */ ? (scope as Document) : scope.ownerDocument!;
  const roots = shadowRootsOf(doc);
  // The whole page (the body holds every host a reader sees): no test per root.
  if (scope === doc || scope === doc.body || scope === doc.documentElement) return roots;
  return roots.filter((root) => composedContains(scope, root.host));
}

/** Tags whose text is not shown: a component's own style sheet is no text to read. */
const UNSHOWN = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** Whether a shadow root holds text to read (not only white space and style sheets). */
export function holdsText(root: ShadowRoot): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
    if (node.data.trim() && !UNSHOWN.has(node.parentElement?.tagName ?? '')) return true;
  return false;
}

/** The host of `node`'s shadow tree, or null when `node` is in the document's own tree. */
export function hostOf(node: Node): Element | null {
  const root = rootNodeOf(node);
  return root.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */ ? hostOfRoot(root as ShadowRoot) : null;
}

/** Whether `node` is `ancestor` or inside it, shadow trees of hosts inside it included. */
export function composedContains(ancestor: Node, node: Node): boolean {
  if (containsOf(ancestor, node)) return true;
  // Most pages have no shadow root: no walk from host to host.
  const doc = node.ownerDocument;
  if (!doc || !known.get(doc)?.size) return false;
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
  const pa = treePath(a);
  const pb = treePath(b);
  let i = 0;
  while (i < pa.length - 1 && i < pb.length - 1 && pa[i] === pb[i]) i += 1;
  const x = pa[i]!;
  const y = pb[i]!;
  // A host comes before its shadow tree's content.
  if (x === y) return pa.length - pb.length;
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: y comes after x.
  return x.compareDocumentPosition(y) & 4 ? -1 : 1;
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
