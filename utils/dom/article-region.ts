/**
 * The article region's shape, shared by the modules that find it: whether an element is in it, and
 * where an element's descendants end among the finder's per-element stats.
 */
import type { Stats } from './article-scores';
import { parentOf } from './native';

/** The article: the elements whose text is the article, less the parts inside them that are not. */
export interface ArticleRegion {
  roots: Element[];
  excluded: Set<Element>;
  /** The page's headline, when one was found (it is also one of `roots` or inside one). */
  headline?: Element;
  /** The elements the page had when the region was found: anything else was added later. */
  known: { has(el: Element): boolean };
}

/** Whether an element is in the article region: inside one of its roots and not in a part left out. */
export function inArticle(region: { roots: readonly Element[]; excluded: ReadonlySet<Element> }, el: Element): boolean {
  for (let e: Element | null = el; e; e = parentOf(e)) {
    if (region.excluded.has(e)) return false;
    if (region.roots.includes(e)) return true;
  }
  return false;
}

/**
 * The index in `stats` just past the descendants of the element at `at`. Stats are in page order,
 * parents first: an element's descendants follow it, each with a parent at or after it.
 */
export function subtreeEnd(stats: readonly Stats[], at: number): number {
  let i = at + 1;
  while (i < stats.length && stats[i]!.parent >= at) i += 1;
  return i;
}
