/**
 * The Japanese site lines (`utils/dom/japanese-notices.ts`), about an eighth of the article finder's code gzipped, kept out of finder.js: the
 * background injects this file into the content script's isolated world (`loadPart`) beside finder.js, only for a page with
 * CJK text (`entrypoints/content/article-loader.ts`); every line the check knows holds some, so other pages lose nothing.
 * Like finder.js it is not web-accessible and only registers the check on the isolated world's global.
 */
import { JAPANESE_LINES_KEY } from '../../utils/dom/article-region';
import { isJapaneseSiteLine } from '../../utils/dom/japanese-notices';

export default defineUnlistedScript({
  globalName: false,
  main() {
    Object.defineProperty(globalThis, JAPANESE_LINES_KEY, {
      value: isJapaneseSiteLine,
      configurable: true,
      writable: false,
      enumerable: false,
    });
  },
});
