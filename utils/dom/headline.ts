/**
 * The page's headline element, found cheaply, for the scan's context and the page's printed date.
 * Uses only the `Document` it is given.
 */
import { invoke, parentOf } from './native';
import { composedClosest, queryAllComposed, shadowRootsOf } from './shadow-roots';

/** Article markup that holds a page's headline. */
const HEADLINE_HOLDER = 'article, main, [itemprop="articleBody"]';

/**
 * The page's headline, cheaply: the first `h1` in article markup (`article h1, main h1,
 * [itemprop="articleBody"] h1`), else the first `h1`. Asked of the page's few `h1`s, each looking
 * up its ancestors, rather than of a selector matched against every element of the page.
 */
export function findHeadline(doc: Document): Element | undefined {
  const own = invoke(doc, 'getElementsByTagName', 'h1');
  // With open shadow roots (a web component's article), their h1s too, in page order.
  const headings = shadowRootsOf(doc).length ? queryAllComposed(doc, 'h1') : own;
  for (let i = 0; i < headings.length; i += 1) {
    const parent = parentOf(headings[i]!);
    if (parent && composedClosest(parent, HEADLINE_HOLDER)) return headings[i];
  }
  return headings[0] ?? undefined;
}
