/**
 * The article region's shape, shared by the modules that find it: whether an element is in it, and
 * where an element's descendants end among the finder's per-element stats.
 */
import type { Stats } from './article-scores';
import { closestOf, parentOf, query } from './native';
import { composedContains } from './shadow-roots';

/** The article: the elements whose text is the article, less the parts inside them that are not. */
export interface ArticleRegion {
  roots: Element[];
  excluded: Set<Element>;
  /** The page's headline, when one was found (it is also one of `roots` or inside one). */
  headline?: Element;
  /** The elements the page had when the region was found: anything else was added later. */
  known: { has(el: Element): boolean };
  /**
   * Found on a page with no running text (a page of short lines, or a client-rendered story not
   * yet arrived): the whole page less its furniture. Running text added later is judged by a
   * fresh region, not by this one (`PageScanner`).
   */
  provisional?: true;
  /** Caption text nodes that end in a picture credit, each with where in it the credit starts (`article-credits`). */
  creditTails?: Map<Text, number>;
}

/** The global slot the finder script (`entrypoints/finder/`) fills in the content script's isolated world. */
export const ARTICLE_FINDER_KEY = Symbol.for('jfir-briefs.article-finder');

/** Whether a line of text is of a kind (a Japanese site's notice). */
export type LineCheck = (text: string) => boolean;

/** The global slot the Japanese lines script (`entrypoints/japanese-lines/`) fills with `isJapaneseSiteLine`. */
export const JAPANESE_LINES_KEY = Symbol.for('jfir-briefs.japanese-lines');

/**
 * What the finder script registers: `findArticleSteps`, told the open shadow roots the content
 * script has found so far (the script is a bundle of its own, with its own copy of that record)
 * and, for a page with CJK text, how to tell a Japanese site's lines (none otherwise).
 */
export type ArticleFinder = (
  doc: Document,
  shadowRoots: readonly ShadowRoot[],
  japaneseSiteLines?: LineCheck,
) => Generator<void, ArticleRegion>;

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

/** Markup of a whole article, for content added after the region was found (an infinite-scroll page). */
export const NEW_ARTICLE = 'article, [itemprop="articleBody"]';

/**
 * Whether text in `el` is article text: inside the region; or, when it was added to the page after
 * the region was found and outside it, inside an article of its own (the next story of an
 * infinite-scroll page), judged on that added part alone.
 */
export function articleVerdict(region: ArticleRegion, el: Element): boolean {
  if (inArticle(region, el)) return true;
  let added: Element | undefined;
  for (let e: Element | null = el; e && !region.known.has(e); e = parentOf(e)) added = e;
  if (!added) return false;
  const article = closestOf(added, NEW_ARTICLE) ?? query(added, NEW_ARTICLE);
  return article !== null && composedContains(article, el);
}

/**
 * The region a full scan found, with the stories of the region before it that are still on the
 * page: the story a reader just read stays marked when an article stream appends the next one and
 * retitles the page for it (the finder then takes the story the new title names). Only whole
 * articles (`NEW_ARTICLE`) are kept, never one that holds the new region (a page's `main` around a
 * new route's content), and never from a provisional region.
 */
export function withStoriesKept(found: ArticleRegion, before: ArticleRegion | undefined): ArticleRegion {
  if (!before || before.provisional || found.provisional) return found;
  const kept = before.roots.filter(
    (root) =>
      root.isConnected &&
      closestOf(root, NEW_ARTICLE) !== null &&
      !inArticle(found, root) &&
      !found.roots.some((r) => composedContains(root, r)),
  );
  if (!kept.length) return found;
  const excluded = new Set(found.excluded);
  for (const el of before.excluded) if (kept.some((root) => composedContains(root, el))) excluded.add(el);
  let creditTails = found.creditTails;
  for (const [node, start] of before.creditTails ?? [])
    if (kept.some((root) => composedContains(root, node))) (creditTails = new Map(creditTails)).set(node, start);
  return { ...found, roots: [...found.roots, ...kept], excluded, ...(creditTails ? { creditTails } : {}) };
}
