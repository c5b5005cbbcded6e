/**
 * How `page-text` finds a page's article: with the finder itself, here (the brief CLI, tests and
 * benches). The content script's build puts `entrypoints/content/article-loader.ts` in this
 * module's place (see wxt.config.ts): there the finder's code is loaded with a page's first
 * possible mention (and its Japanese site lines only for a page with CJK text), so finding the
 * article may first wait for it (a `Step` holding a promise).
 */
import type { Step } from '../steps';
import { findArticleSteps } from './article';
import type { ArticleRegion } from './article-region';
import { useJapaneseSiteLines } from './article-notices';
import { isJapaneseSiteLine } from './japanese-notices';

// Here every page is read with the Japanese site lines (the content script loads them only for a page with CJK text).
useJapaneseSiteLines(isJapaneseSiteLine);

/** Finds the article region in steps. */
export function articleFinderSteps(doc: Document): Generator<Step, ArticleRegion> {
  return findArticleSteps(doc);
}
