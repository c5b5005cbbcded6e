/**
 * Reaches the brief card, which lives in a closed shadow root, from outside the page, as no page
 * script can: the DevTools protocol describes the card's host with its closed root (`pierce`),
 * and hands that root to the test's side of the page. Tests then use ordinary locators
 * (`briefCard(page, name)`) on the shipped build; nothing is opened in the build itself.
 *
 * Only for suites that read the card as a reader sees it: after `exposeCard`, the page's main
 * world holds a reference to the card, so the hostile-page suite never calls it.
 */
import { selectors, type Locator, type Page } from 'playwright-core';

/** The card's host element, as the page sees it. */
export const CARD_HOST = '[data-jfir-briefs]';

/** `jfircard=<css>` finds elements inside the card's shadow root once `exposeCard` has run. */
try {
  await selectors.register('jfircard', () => {
    const root = () => (globalThis as { __jfirBriefsCardRoot?: ShadowRoot }).__jfirBriefsCardRoot;
    return {
      query: (_scope: ParentNode, css: string) => root()?.querySelector(css) ?? null,
      queryAll: (_scope: ParentNode, css: string) => [...(root()?.querySelectorAll(css) ?? [])],
    };
  });
} catch (error) {
  // Registered already by an earlier test file in this worker: the same engine serves.
  if (!String(error).includes('already registered')) throw error;
}

/**
 * Waits for the card's host, then makes its closed shadow root reachable to `jfircard=` locators
 * and to `host.shadowRoot` in the page's main world (so axe-core can walk it too).
 */
export async function exposeCard(page: Page): Promise<void> {
  await page.waitForSelector(CARD_HOST, { state: 'attached', timeout: 10_000 });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      // The prototype's own method: a test page may shadow the document's.
      expression: `Document.prototype.querySelector.call(document, '${CARD_HOST}')`,
    });
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId!, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error('the card host has no shadow root');
    if (shadow.shadowRootType !== 'closed') throw new Error(`the card's shadow root is ${shadow.shadowRootType}, not closed`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        globalThis.__jfirBriefsCardRoot = this;
        Object.defineProperty(this.host, 'shadowRoot', { configurable: true, get: () => this });
      }`,
    });
  } finally {
    await cdp.detach();
  }
}

/** The card's dialog (the one named `name`, if given), once the card host is on the page. */
export async function briefCard(page: Page, name?: string): Promise<Locator> {
  await exposeCard(page);
  return page
    .locator('jfircard=div')
    .first()
    .getByRole('dialog', name === undefined ? {} : { name });
}

interface DescribedNode {
  nodeType: number;
  nodeValue: string;
  children?: DescribedNode[];
  shadowRoots?: DescribedNode[];
}

/**
 * The text of the card, read through the DevTools protocol alone: nothing is handed to the page,
 * so a suite can check what the page itself can and cannot see. Empty when no card host exists.
 */
export async function cardTextFromOutside(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      // The prototype's own method: a test page may shadow the document's.
      expression: `Document.prototype.querySelector.call(document, '${CARD_HOST}')`,
    });
    if (!result.objectId) return '';
    const { node } = (await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: -1, pierce: true })) as {
      node: DescribedNode;
    };
    const text = (n: DescribedNode): string =>
      n.nodeType === 3 ? n.nodeValue : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join(n.nodeType === 1 ? ' ' : '');
    return text(node);
  } finally {
    await cdp.detach();
  }
}
