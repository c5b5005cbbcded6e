/**
 * Web components render into shadow roots, which no scan or observer of the document reaches.
 * This looks for open ones (`discoverShadowRoots`): the whole page in idle time after it (or a
 * route of it) loads and a few times during the minute after, and the elements each batch of
 * changes adds. Each root found is watched as the document is, and once one holds text it is read:
 * the first few times by a full scan (its text may be the article), then as changed parts are.
 */
import { property, rootNodeOf } from '../../utils/dom/native';
import { discoverShadowRoots, forgetShadowRoot, holdsText, readWithPage } from '../../utils/dom/shadow-roots';
import type { PageState } from './page-state';

/** After a page or route loads, when the whole page is searched (ms): components define and render while it loads. */
const FULL_SEARCHES_MS = [0, 2000, 6000, 20_000, 50_000];
/** Searches come at most this often; changes in between wait for the next. */
const SEARCH_EVERY_MS = 1000;
/** Added elements kept for the next search; beyond, it searches the whole page. */
const MAX_PARTS = 1000;
/** Full scans a page's shadow roots may cause per load: a page adding components forever is read part by part. */
const MAX_FULL_SCANS = 3;

export interface ShadowWatch {
  /** Notes a batch of the page's changes (cheap: called for every batch). */
  changed(records: readonly MutationRecord[]): void;
  /** The page or a route of it loaded: its full searches start again. */
  loaded(): void;
}

/**
 * Starts watching for shadow roots. `observe` watches a root found as the document is watched;
 * `published` is called with a full scan, or true when a root's text changed the marks.
 */
export function shadowWatch(
  page: PageState,
  observe: (root: ShadowRoot) => void,
  published: (scan: Promise<void> | true) => void,
): ShadowWatch {
  const { scanner, lifetime } = page;
  let parts: Element[] = [];
  let wholePage = false;
  let queued = false;
  let searchedAt = -Infinity;
  let fullScans = 0;
  let timers: Array<ReturnType<typeof setTimeout>> = [];
  /**
   * Roots found without text (a component that renders later; weakly held: a page may recycle
   * thousands of icons), how many were ever added (a cheap "none" for `changed`), and those of them changed since.
   */
  const empty = new WeakSet<ShadowRoot>();
  let emptyAdded = 0;
  const changedEmpty = new Set<ShadowRoot>();

  // In idle time, then as a task of the lifetime's (which ends quietly if a page makes a DOM call throw).
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => lifetime.setTimeout(run, 0), { timeout: SEARCH_EVERY_MS })
      : lifetime.setTimeout(run, 0);

  const search = () => {
    queued = false;
    if (scanner.scanning) {
      // A full scan reads the roots known when it started: look once it has ended.
      scanner.scanning.then(queue, queue);
      return;
    }
    searchedAt = performance.now();
    const found = discoverShadowRoots(document, wholePage ? undefined : parts);
    parts = [];
    wholePage = false;
    const filled: ShadowRoot[] = [];
    for (const root of found) {
      observe(root);
      // Read with the page from now on when it holds text (see `discoverShadowRoots`), unless past the cap.
      if (!holdsText(root)) {
        empty.add(root);
        emptyAdded += 1;
      } else if (readWithPage(root)) filled.push(root);
    }
    for (const root of changedEmpty) {
      if (!root.host.isConnected) {
        // Out of the page: found again if it comes back.
        empty.delete(root);
        forgetShadowRoot(root);
      } else if (holdsText(root)) {
        empty.delete(root);
        if (readWithPage(root)) filled.push(root);
      }
    }
    changedEmpty.clear();
    // Paused on this site: roots are kept and watched, but nothing is read.
    if (!filled.length || page.matcher.size === 0) return;
    if (fullScans < MAX_FULL_SCANS) {
      fullScans += 1;
      published(scanner.rescan());
    } else if (scanner.readShadowRoots(filled)) published(true);
    else if (scanner.scanning) published(scanner.scanning);
  };
  function queue() {
    if (queued || lifetime.ended) return;
    queued = true;
    const wait = searchedAt + SEARCH_EVERY_MS - performance.now();
    if (wait > 0) lifetime.setTimeout(() => idle(search), wait);
    else idle(search);
  }
  const searchWholePage = () => {
    wholePage = true;
    queue();
  };

  const loaded = () => {
    for (const timer of timers) clearTimeout(timer);
    fullScans = 0;
    timers = FULL_SEARCHES_MS.map((ms) => lifetime.setTimeout(searchWholePage, ms));
  };
  // Firefox paints no document's ::highlight rules in shadow trees (no highlight inheritance,
  // https://bugzilla.mozilla.org/show_bug.cgi?id=1868009): marks there would be counted and invisible.
  if (import.meta.env.FIREFOX) return { changed: () => undefined, loaded: () => undefined };
  loaded();

  return {
    changed(records) {
      let noted = false;
      for (const record of records) {
        const tree = emptyAdded ? rootNodeOf(record.target) : undefined;
        if (tree && empty.has(tree as ShadowRoot)) {
          changedEmpty.add(tree as ShadowRoot);
          noted = true;
        }
        if (wholePage) continue;
        for (const node of record.addedNodes) {
          if (property(node, 'nodeType') !== 1) continue;
          if (parts.length >= MAX_PARTS) wholePage = true;
          else parts.push(node as Element);
          noted = true;
        }
      }
      if (noted || wholePage) queue();
    },
    loaded,
  };
}
