/**
 * DOM reads a page cannot redirect. A `<form>`'s named controls shadow its properties and methods
 * (DOM clobbering): with `<img name="parentElement">` inside a form, `form.parentElement` is that
 * image, and a walk up the tree from inside the form circles forever; with `<input
 * name="getAttribute">`, `form.getAttribute(…)` throws. A document's named images, forms, embeds
 * and iframes shadow its members the same way in the page's own world (`<img
 * name="querySelectorAll">` makes `document.querySelectorAll(…)` throw there; a content script's
 * world shows a form's controls only, but this code also runs elsewhere, in the brief CLI and in
 * tests). Reads of a page's elements and of its document therefore
 * call the prototypes' own getters and methods, found once from a node's prototype chain (the
 * browser's or linkedom's), which no page markup can shadow.
 */

/**
 * A getter or method of a DOM's own prototypes, found from a node's prototype chain (not the node
 * itself) and kept per prototype the chain starts from: a nearer prototype may override it
 * (linkedom's SVG elements read `class` their own way), and tests mix DOM libraries.
 */
class Native<F> {
  private readonly byPrototype = new Map<object | null, F | null>();
  constructor(
    private readonly name: string,
    private readonly method: boolean,
  ) {}

  /** The function for `node`, or null when its DOM has none. */
  of(node: object): F | null {
    const start = Object.getPrototypeOf(node) as object | null;
    let fn = this.byPrototype.get(start);
    if (fn === undefined) this.byPrototype.set(start, (fn = this.find(start)));
    return fn;
  }

  private find(start: object | null): F | null {
    for (let p = start; p; p = Object.getPrototypeOf(p) as object | null) {
      const own = Object.getOwnPropertyDescriptor(p, this.name);
      if (own) return ((this.method ? own.value : own.get) as F | undefined) ?? null;
    }
    return null;
  }
}

const nativeGetters = new Map<string, Native<(this: object) => unknown>>();
const nativeMethods = new Map<string, Native<(this: object, ...args: unknown[]) => unknown>>();

/** The DOM's own method `name`, looked up once per name. */
function nativeMethod(name: string): Native<(this: object, ...args: unknown[]) => unknown> {
  let native = nativeMethods.get(name);
  if (!native) nativeMethods.set(name, (native = new Native(name, true)));
  return native;
}

/** The names of `T`'s methods. */
type MethodName<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T] & string;

/** `node[name]` through the DOM's own getter: no named control or image can stand in for it. */
export function property<T extends object, K extends keyof T & string>(node: T, name: K): T[K] {
  let native = nativeGetters.get(name);
  if (!native) nativeGetters.set(name, (native = new Native(name, false)));
  const get = native.of(node);
  return get ? (get.call(node) as T[K]) : node[name];
}

/** `node[name](...args)` through the DOM's own method: no named control or image can stand in for it. */
export function invoke<T extends object, K extends MethodName<T>>(
  node: T,
  name: K,
  ...args: T[K] extends (...a: infer A) => unknown ? A : never
): T[K] extends (...a: never[]) => infer R ? R : never {
  const method = nativeMethod(name).of(node) ?? (node[name] as (this: object, ...a: unknown[]) => unknown);
  return method.apply(node, args) as T[K] extends (...a: never[]) => infer R ? R : never;
}

const textContentGetter = new Native<(this: Node) => string | null>('textContent', false);
const tagNameGetter = new Native<(this: Element) => string>('tagName', false);

/** Whether `node`'s DOM has the method `name` (a DOM library may lack one), unshadowed. */
export function hasMethod(node: object, name: string): boolean {
  return typeof nativeMethod(name).of(node) === 'function';
}

/** `node.textContent ?? ''`, unshadowed. */
export function textOf(node: Node): string {
  const get = textContentGetter.of(node);
  return (get ? get.call(node) : node.textContent) ?? '';
}

/** `scope.querySelector(selectors)?.getAttribute(name)`, unshadowed. */
export function attributeIn(scope: ParentNode, selectors: string, name: string): string | null {
  const el = query(scope, selectors);
  return el && attributeOf(el, name);
}

/** The page's body, or its root element where it has none (an SVG or XML document), unshadowed. */
export function bodyOf(doc: Document): HTMLElement {
  return property(doc, 'body') ?? property(doc, 'documentElement');
}

/** `el`'s class attribute ('' without one), unshadowed; an SVG element's too (its `className` is an object). */
export function classOf(el: Element): string {
  return attributeOf(el, 'class') ?? '';
}

/** `doc.title`, unshadowed: `<img name="title">` is no title. */
export function titleOf(doc: Document): string {
  return property(doc, 'title');
}

/** `el.tagName`, unshadowed. */
export function tagOf(el: Element): string {
  const get = tagNameGetter.of(el);
  return get ? get.call(el) : el.tagName;
}

/** `scope.querySelectorAll(selectors)`, unshadowed. */
export function queryAll(scope: ParentNode, selectors: string): NodeListOf<Element> {
  return invoke(scope, 'querySelectorAll', selectors);
}

/** `scope.querySelector(selectors)`, unshadowed. */
export function query(scope: ParentNode, selectors: string): Element | null {
  return invoke(scope, 'querySelector', selectors);
}

const parentElementGetter = new Native<(this: Element) => Element | null>('parentElement', false);
const parentNodeGetter = new Native<(this: Node) => ParentNode | null>('parentNode', false);
const getAttributeMethod = new Native<(this: Element, name: string) => string | null>('getAttribute', true);
const hasAttributesMethod = new Native<(this: Element) => boolean>('hasAttributes', true);
const getAttributeNamesMethod = new Native<(this: Element) => string[]>('getAttributeNames', true);
const closestMethod = new Native<(this: Element, selectors: string) => Element | null>('closest', true);
const checkVisibilityMethod = new Native<(this: Element, options: object) => boolean>('checkVisibility', true);

const shadowRootGetter = new Native<(this: Element) => ShadowRoot | null>('shadowRoot', false);
const hostGetter = new Native<(this: ShadowRoot) => Element>('host', false);
const getRootNodeMethod = new Native<(this: Node) => Node>('getRootNode', true);
const containsMethod = new Native<(this: Node, other: Node) => boolean>('contains', true);
const childrenGetter = new Native<(this: ParentNode) => HTMLCollection>('children', false);

/** `node.getRootNode()`, unshadowed. */
export function rootNodeOf(node: Node): Node {
  const get = getRootNodeMethod.of(node);
  return get ? get.call(node) : node.getRootNode();
}

/** `node.contains(other)`, unshadowed. */
export function containsOf(node: Node, other: Node): boolean {
  const contains = containsMethod.of(node);
  return contains ? contains.call(node, other) : node.contains(other);
}

/** `node.children`, unshadowed. */
export function childrenOf(node: ParentNode): HTMLCollection {
  const get = childrenGetter.of(node);
  return get ? get.call(node) : node.children;
}

/**
 * `el.parentElement`, unshadowed; from the top of a shadow tree, its host: text a web component
 * renders into its shadow root is judged by where the component sits (see `shadow-roots.ts`).
 */
export function parentOf(el: Element): Element | null {
  const get = parentElementGetter.of(el);
  const parent = get ? get.call(el) : el.parentElement;
  if (parent) return parent;
  const node = parentNodeOf(el);
  return node?.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */ ? hostOf(node as ShadowRoot) : null;
}

/** A shadow root's host (null for other fragments), unshadowed. */
export function hostOf(root: ShadowRoot): Element | null {
  const get = hostGetter.of(root);
  return (get ? get.call(root) : root.host) ?? null;
}

/** `el.shadowRoot` (open shadow roots), unshadowed: a page's custom element class cannot fake it. */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const get = shadowRootGetter.of(el);
  const root = get ? get.call(el) : null;
  return root?.nodeType === 11 ? root : null;
}

/** The element a text node is in; for text at the top of a shadow tree, its host. */
export function textParentOf(node: Text): Element | null {
  const parent = node.parentElement;
  if (parent) return parent;
  const root = parentNodeOf(node);
  return root?.nodeType === 11 ? hostOf(root as ShadowRoot) : null;
}

/** `node.parentNode`, unshadowed. */
export function parentNodeOf(node: Node): ParentNode | null {
  const get = parentNodeGetter.of(node);
  return get ? get.call(node) : node.parentNode;
}

/** `el.getAttribute(name)`, unshadowed. */
export function attributeOf(el: Element, name: string): string | null {
  const get = getAttributeMethod.of(el);
  return get ? get.call(el, name) : el.getAttribute(name);
}

/** `el.hasAttributes()`, unshadowed. */
export function hasAttributes(el: Element): boolean {
  const has = hasAttributesMethod.of(el);
  return has ? has.call(el) : el.hasAttributes();
}

/** `el.getAttributeNames()`, unshadowed. */
export function attributeNames(el: Element): string[] {
  const names = getAttributeNamesMethod.of(el);
  return names ? names.call(el) : el.getAttributeNames();
}

/** `el.checkVisibility(options)`, unshadowed; undefined where the DOM has no layout (linkedom). */
export function checkVisibility(el: Element, options: object): boolean | undefined {
  return checkVisibilityMethod.of(el)?.call(el, options);
}

/** `el.closest(selectors)`, unshadowed. */
export function closestOf(el: Element, selectors: string): Element | null {
  const closest = closestMethod.of(el);
  return closest ? closest.call(el, selectors) : el.closest(selectors);
}
