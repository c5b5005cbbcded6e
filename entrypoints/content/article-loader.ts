/**
 * The content script's `utils/dom/article-finding.ts` (wxt.config.ts puts this module in its
 * place): the article finder's code, a third of the content script, is a script of its own
 * (`entrypoints/finder/`), loaded with the first possible mention a reader may see on a page. Most
 * pages mention no topic and never load it. Its Japanese site lines (`entrypoints/japanese-lines/`)
 * load with it only on a page with CJK text.
 */
import type { Step } from '../../utils/steps';
import {
  ARTICLE_FINDER_KEY,
  JAPANESE_LINES_KEY,
  type ArticleFinder,
  type ArticleRegion,
  type LineCheck,
} from '../../utils/dom/article-region';
import { hasJapaneseLineText } from '../../utils/tokenizer';
import { bodyOf, textOf, titleOf } from '../../utils/dom/native';
import { shadowRootsOf } from '../../utils/dom/shadow-roots';
import type * as Finding from '../../utils/dom/article-finding';
import { partLoader } from './part-loader';

const finder = partLoader<ArticleFinder>('finder', ARTICLE_FINDER_KEY);
const japaneseLines = partLoader<LineCheck>('japanese', JAPANESE_LINES_KEY);

/** Whether a page may hold a Japanese site's lines (each has CJK text): CJK text in its title, body or open shadow roots (hidden text too). */
const holdsCjk = (doc: Document, shadowRoots: readonly ShadowRoot[]) =>
  hasJapaneseLineText(titleOf(doc)) ||
  hasJapaneseLineText(textOf(bodyOf(doc))) ||
  shadowRoots.some((root) => hasJapaneseLineText(textOf(root)));

/** Loads tried per search for the article, and the wait after a failed one (a service worker starting, a busy background). */
const LOAD_TRIES = 3;
const RETRY_MS = 500;

/**
 * Finds the article region in steps, first waiting for the finder's script while it loads (a
 * step resumed before the load has settled waits again). A load that still fails after a few
 * tries fails the scan, as a page's throwing DOM does: no marks, and the next scan tries again.
 */
export const articleFinderSteps: typeof Finding.articleFinderSteps = function* (doc: Document): Generator<Step, ArticleRegion> {
  let failures = 0;
  const japanese = holdsCjk(doc, shadowRootsOf(doc));
  /** The load under way, yielded again while it lasts: a step resumed early (after `runFor`) must not start or count another. */
  let attempt: Promise<unknown> | undefined;
  const tryLoad = () =>
    Promise.all([finder.load(), japanese ? japaneseLines.load() : undefined])
      .catch((error: unknown) => {
        if (++failures >= LOAD_TRIES) throw error;
        return new Promise((retry) => setTimeout(retry, RETRY_MS));
      })
      .finally(() => (attempt = undefined));
  for (;;) {
    const find = finder.registered();
    const lines = japanese ? japaneseLines.registered() : undefined;
    if (find && (!japanese || lines)) return yield* find(doc, shadowRootsOf(doc), lines);
    yield (attempt ??= tryLoad());
  }
};
