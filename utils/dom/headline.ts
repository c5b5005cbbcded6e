/**
 * The page's headline element, found cheaply, for the scan's context and the page's printed date.
 * Uses only the `Document` it is given.
 */

/** Article markup that holds a page's headline. */
const HEADLINE_HOLDER = 'article, main, [itemprop="articleBody"]';

/**
 * The page's headline, cheaply: the first `h1` in article markup (`article h1, main h1,
 * [itemprop="articleBody"] h1`), else the first `h1`. Asked of the page's few `h1`s, each looking
 * up its ancestors, rather than of a selector matched against every element of the page.
 */
export function findHeadline(doc: Document): Element | undefined {
  const headings = doc.getElementsByTagName('h1');
  for (let i = 0; i < headings.length; i += 1) if (headings[i]!.parentElement?.closest(HEADLINE_HOLDER)) return headings[i];
  return headings[0] ?? undefined;
}
