/**
 * Keeps the marks current as the page lives: mutations are batched and only the changed blocks
 * read again; a navigation within the page (router, back/forward, a page restored from the
 * back/forward cache) or a change of settings rescans it. Rescans coalesce in the scanner, and
 * the marks are published once per scan that ends, so forged or rapid events cannot pile up work.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/browser/messages';
import { SETTINGS_AREA_KEY, SETTINGS_STORAGE_KEY } from '../../utils/browser/settings-key';
import { attributeOf, property, rootNodeOf } from '../../utils/dom/native';
import { isHiddenNow, isRendered } from '../../utils/dom/text-checks';
import { composedClosest, eventElement } from '../../utils/dom/shadow-roots';
import { matcherFrom, type Matcher } from '../../utils/matcher';
import { actChanges } from './act-changes';
import type { CardController } from './card-controller';
import type { MentionNavigation } from './mention-navigation';
import type { PageState } from './page-state';
import { shadowWatch } from './shadow-watch';

/** Mutations are batched: the changed blocks are read at most this often. */
const MUTATION_BATCH_MS = 200;
/** Where the browser has no Navigation API (Firefox ESR), how often the URL is looked at. */
const LOCATION_POLL_MS = 1000;

declare const navigation: EventTarget | undefined;

/** How long after a page (or a route of it) loads its scripts may still show hidden text by themselves. */
const LOADING_MS = 60_000;

/**
 * Starts following the page, its URL and the settings; returns `publish`, which marks the
 * current mentions and tells the background which topics the page mentions.
 */
export function liveUpdates(page: PageState, card: CardController, mentionNavigation: MentionNavigation): () => void {
  const { scanner, highlighter, lifetime } = page;
  /** The scan whose end is already awaited, so that coalesced requests publish once. */
  let awaited: Promise<void> | undefined;
  let url = location.href;

  const publish = () => {
    if (lifetime.ended) return;
    const { mentions, topics } = scanner.analysis;
    // The keyboard cursor moves to the new marks once they are in place (a huge page's take a few tasks).
    highlighter.update(mentions, page.config.topics, page.config.display.highlightStyle, () => mentionNavigation.marksChanged());
    card.closeIfGone();
    sendMessage('pageTopics', { topics, url: location.href }).catch(() => lifetime.checkExtension());
    watchHidden();
  };
  const publishAfter = (scan: Promise<void> | undefined) => {
    if (!scan || scan === awaited) return;
    awaited = scan;
    scan.then(publish).catch(() => undefined);
  };
  /** Scans the page again (with a new matcher, after a change of settings) and publishes once it ends. */
  const rescan = (matcher?: Matcher) => {
    card.close();
    loadedAt = performance.now();
    shadows.loaded();
    publishAfter(scanner.rescan(matcher, matcher && { includeFurniture: page.config.display.includeFurniture }));
  };

  let pending: MutationRecord[] = [];
  const flush = () => {
    if (scanner.scanning) {
      // A full scan is reading the page now; the changes are looked at once it is done.
      scanner.scanning.then(flush).catch(() => undefined);
      return;
    }
    const records = pending;
    pending = [];
    if (scanner.apply(records)) publish();
    // apply() may have started a full rescan (the article was replaced): publish when it ends.
    else publishAfter(scanner.scanning);
  };
  const observer = new MutationObserver((records) => {
    // Attaching our own card host is a change to the page too; it must not cost a rescan.
    if (records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(card.isOwn))) return;
    if (records.some((r) => r.target === document)) {
      // A new root element: the page rewrote itself (`document.open()`), which erased our listeners too.
      lifetime.relisten();
      pending = [];
      rescan();
      return;
    }
    shadows.changed(records);
    if (pending.length === 0) lifetime.setTimeout(flush, MUTATION_BATCH_MS);
    // One by one: a page can queue more records in one task than a call takes arguments.
    for (const record of records) pending.push(record);
  });
  const changes = { childList: true, subtree: true, characterData: true };
  // The document, not its root element: `document.open()` replaces the root.
  observer.observe(document, changes);
  lifetime.onEnd(() => observer.disconnect());

  const shadows = shadowWatch(
    page,
    (root) => observer.observe(root, changes),
    (scan) => (scan === true ? publish() : publishAfter(scan)),
  );

  // Text a reader could not see when it was read (a page shown only once its scripts ran, whatever
  // wrapper they hid; a "Read more" fold; a tab) is read again once shown. Looked at, at most every
  // 100 ms, on changes of attributes and elements while the page loads, and after the reader's own
  // clicks, Enter and Space and the end of an animation or transition at any time; never while a
  // scan runs (it looks again at its end).
  let loadedAt = performance.now();
  let checkQueued = false;
  /** When a part shown last caused a scan: parts that blink are read at most once a second. */
  let shownAt = -Infinity;
  /**
   * Parts that caused a scan once: a ticker cycling hidden slides costs one scan per slide, not one per turn.
   * After the reader's own click or key they count again: a tab they go back to is read again.
   */
  const shownBefore = new WeakSet<Element>();
  let readerActed = false;
  /** When the reader acted (before the page's own handlers ran): the parts shown then. */
  let before: { shown: Set<Element> } | undefined;
  /** What the page changed since the reader's act: where marks it hid (a fold closed again) may be. */
  const actChanged = actChanges();
  lifetime.onEnd(() => actChanged.stop());
  const watched = () => scanner.analysis.hidden?.filter((el) => readerActed || !shownBefore.has(el)) ?? [];
  // A part with the `hidden` attribute is never read, even when a style sheet shows it (or it is `until-found`); nor one still `aria-hidden`.
  const isShown = (el: Element) =>
    property(el, 'isConnected') && attributeOf(el, 'hidden') === null && attributeOf(el, 'aria-hidden') !== 'true' && isRendered(el);
  const check = () => {
    checkQueued = false;
    const asked = readerActed;
    if (scanner.scanning) {
      scanner.scanning.then(() => queueCheck(0)).catch(() => undefined);
      return;
    }
    const was = before;
    // Parts shown before count again only if shown by the reader's act (not by a ticker since).
    const shown = watched().filter((el) => isShown(el) && (!shownBefore.has(el) || (asked && !was?.shown.has(el))));
    const hid = asked && marksHidden();
    const wait = shownAt + 1000 - performance.now();
    // Too soon after the last reading: looked at again then, what the page changes since the act still noted.
    if ((shown.length || hid) && wait > 0) return queueCheck(wait);
    readerActed = false;
    before = undefined;
    actChanged.stop();
    if (!shown.length && !hid) return;
    shownAt = performance.now();
    for (const el of shown) shownBefore.add(el);
    // The open card stays: the page around it only grew (it closes if its mention went).
    publishAfter(scanner.rescan());
  };
  /** Whether the article itself is covered (a modal's aria-hidden on the page's root): not a part the reader folded. */
  const articleCovered = () => scanner.analysis.roots.some((r) => property(r, 'isConnected') && isRendered(r) && isHiddenNow(document, r));
  /** Whether marks sit in a part the page hid since the reader's act (a fold closed again): read again, they go, and it is watched until shown. */
  const marksHidden = () =>
    highlighter.ordered.length > 0 && !articleCovered() && actChanged.hidMarks(highlighter.ordered, scanner.analysis.roots);
  const queueCheck = (ms: number) => {
    if (checkQueued) return;
    if (!((readerActed && highlighter.ordered.length) || watched().length)) {
      readerActed = false;
      before = undefined;
      actChanged.stop();
      return;
    }
    checkQueued = true;
    lifetime.setTimeout(check, ms);
  };
  const untilShown = new MutationObserver(() => queueCheck(100));
  let stopWatching: ReturnType<typeof setTimeout> | undefined;
  function watchHidden() {
    untilShown.disconnect();
    clearTimeout(stopWatching);
    const left = loadedAt + LOADING_MS - performance.now();
    if (!watched().length || left <= 0) return;
    // Any attribute: frameworks show their root by dropping one of their own (`v-cloak`, `ng-cloak`).
    const changes = { attributes: true, childList: true, subtree: true };
    untilShown.observe(property(document, 'documentElement'), changes);
    // A component's fold opens inside its shadow root, where the document's observer sees nothing.
    for (const tree of new Set(watched().map(rootNodeOf))) if (property(tree, 'nodeType') === 11) untilShown.observe(tree, changes);
    stopWatching = lifetime.setTimeout(() => untilShown.disconnect(), left);
    // Shown while it was being read: at once.
    queueCheck(0);
  }
  lifetime.onEnd(() => untilShown.disconnect());
  // Clicks, and the keys that press a button or open a fold (not the arrows and letters of reading and typing).
  const onActivate = (event: Event) => {
    if (event.type !== 'click') {
      if (!['Enter', ' ', 'Escape'].includes((event as KeyboardEvent).key)) return;
      // Space pages down and types a space: only a key on a control (a button, a summary, a tab) acts.
      const target = eventElement(event);
      if (!target || target === property(document, 'body') || target === property(document, 'documentElement')) return;
      if (
        composedClosest(
          target,
          'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, select, [contenteditable]:not([contenteditable="false"])',
        )
      )
        return;
    }
    before ??= { shown: new Set(scanner.analysis.hidden?.filter(isShown)) };
    if (highlighter.ordered.length) actChanged.acted(eventElement(event));
    readerActed = true;
    queueCheck(300);
  };
  for (const type of ['click', 'keydown']) lifetime.onTrustedEvent(window, type, onActivate, { capture: true, passive: true });
  // A style sheet's animation or transition may show a part with no change to the DOM at all: AMP's
  // boilerplate shows the body after 8 s when the AMP script fails to load. Throttled as mutations
  // are: a page may end hundreds of transitions a second.
  for (const type of ['animationend', 'transitionend'])
    lifetime.onTrustedEvent(document, type, () => queueCheck(100), { capture: true, passive: true });
  // Find-in-page opens a `hidden="until-found"` part, with no click, at any time.
  lifetime.onTrustedEvent(document, 'beforematch', () => queueCheck(100), { capture: true, passive: true });

  // Routers often change the URL first and the page right after, in the same task: look in the
  // next one, once however many navigations that task made.
  let lookPending = false;
  const lookAtLocation = () => {
    if (lookPending) return;
    lookPending = true;
    lifetime.setTimeout(() => {
      lookPending = false;
      if (location.href === url) return;
      url = location.href;
      rescan();
    }, 0);
  };
  if (typeof navigation === 'object' && navigation) lifetime.onTrustedEvent(navigation, 'navigate', lookAtLocation);
  else {
    lifetime.onTrustedEvent(window, 'popstate', lookAtLocation);
    const poll = setInterval(lookAtLocation, LOCATION_POLL_MS);
    lifetime.onEnd(() => clearInterval(poll));
  }
  // A page restored from the back/forward cache keeps our marks, but the background forgot the tab.
  lifetime.onTrustedEvent<PageTransitionEvent>(window, 'pageshow', (event) => event.persisted && rescan());

  const reloadSettings = async () => {
    try {
      page.config = await sendMessage('getPageConfig', { url: location.href });
    } catch {
      lifetime.checkExtension();
      return;
    }
    // Paused on this site: no topics, so no marks and nothing counted, until the reader resumes.
    page.matcher = matcherFrom(page.config.matcher);
    rescan(page.matcher);
  };
  const onSettingsChanged = (changes: Record<string, unknown>) => {
    if (SETTINGS_STORAGE_KEY in changes || SETTINGS_AREA_KEY in changes) reloadSettings().catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onSettingsChanged);
  lifetime.onEnd(() => browser.storage.onChanged.removeListener(onSettingsChanged));

  return publish;
}
