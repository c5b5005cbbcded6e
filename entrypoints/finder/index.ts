/**
 * The article finder (`utils/dom/article.ts` and the modules it uses), kept out of the content
 * script: the background injects this file into the content script's own isolated world
 * (`scripting.executeScript`, the `loadPart` message) with the first possible mention on a page
 * (`entrypoints/content/article-loader.ts`). It is not web-accessible, so a page can neither load
 * nor probe it, and it only registers `ArticleFinder` on the isolated world's global.
 */
import { findArticleSteps } from '../../utils/dom/article';
import { ARTICLE_FINDER_KEY, type ArticleFinder } from '../../utils/dom/article-region';
import { useJapaneseSiteLines } from '../../utils/dom/article-notices';
import { adoptShadowRoots } from '../../utils/dom/shadow-roots';

export default defineUnlistedScript({
  // No `var finder = …` left on the isolated world's global: the slot below is the only trace.
  globalName: false,
  main() {
    const find: ArticleFinder = (doc, shadowRoots, japaneseSiteLines) => {
      adoptShadowRoots(doc, shadowRoots);
      useJapaneseSiteLines(japaneseSiteLines);
      return findArticleSteps(doc);
    };
    Object.defineProperty(globalThis, ARTICLE_FINDER_KEY, { value: find, configurable: true, writable: false, enumerable: false });
  },
});
