/**
 * The scan path with shadow roots, bundled standalone for `bench:components`: a full scan, a
 * whole-page search for shadow roots, and full scans again with the roots found.
 */
import { analyzePage } from '../../utils/dom/analyze-page';
import { discoverShadowRoots } from '../../utils/dom/shadow-roots';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';

(globalThis as unknown as { benchComponents: () => Record<string, number> }).benchComponents = () => {
  const matcher = compileMatcher(DEFAULT_TOPICS);
  const time = (run: () => unknown) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  /** A warm scan: the fastest of five after one to warm up (the least disturbed by a shared machine). */
  const warmScan = () => {
    time(() => analyzePage(document, matcher));
    return Math.min(...Array.from({ length: 5 }, () => time(() => analyzePage(document, matcher))));
  };
  const scanWithout = warmScan();
  let found = 0;
  const search = time(() => (found = discoverShadowRoots(document).length));
  const searchAgain = time(() => discoverShadowRoots(document));
  const scanWith = warmScan();
  return { found, scanWithout, search, searchAgain, scanWith };
};
