/**
 * Keeps the marks current as the page lives: mutations are batched and only the changed blocks
 * read again; a navigation within the page (router, back/forward, a page restored from the
 * back/forward cache) or a change of settings rescans it. Rescans coalesce in the scanner, and
 * the marks are published once per scan that ends, so forged or rapid events cannot pile up work.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/browser/messages';
import { SETTINGS_AREA_KEY, SETTINGS_STORAGE_KEY } from '../../utils/browser/settings-key';
import { isRendered } from '../../utils/dom/page-text';
import { matcherFrom, type Matcher } from '../../utils/matcher';
import type { CardController } from './card-controller';
import type { MentionNavigation } from './mention-navigation';
import type { PageState } from './page-state';

/** Mutations are batched: the changed blocks are read at most this often. */
const MUTATION_BATCH_MS = 200;
/** Where the browser has no Navigation API (Firefox ESR), how often the URL is looked at. */
const LOCATION_POLL_MS = 1000;

declare const navigation: EventTarget | undefined;

/**
 * The part of the page that an anti-flicker or loading style keeps hidden until the page's
 * scripts have run (main, else body), when it is hidden now: its text is not read as seen. The
 * `main` element only, not `[role=main]`: this runs on every page, and an attribute selector has
 * no fast path through a page without a match.
 */
export function hiddenPagePart(): Element | undefined {
  const part = document.querySelector('main') ?? document.body;
  return part && !isRendered(part) ? part : undefined;
}

/**
 * Starts following the page, its URL and the settings; returns `publish`, which marks the
 * current mentions and tells the background which topics the page mentions.
 */
export function liveUpdates(page: PageState, card: CardController, mentionNavigation: MentionNavigation, hiddenPart?: Element): () => void {
  const { scanner, highlighter, lifetime } = page;
  /** The scan whose end is already awaited, so that coalesced requests publish once. */
  let awaited: Promise<void> | undefined;
  let url = location.href;

  const publish = () => {
    if (lifetime.ended) return;
    const { mentions, topics } = scanner.analysis;
    highlighter.update(mentions, page.config.topics, page.config.display.highlightStyle);
    mentionNavigation.marksChanged();
    card.closeIfGone();
    sendMessage('pageTopics', { topics, url: location.href }).catch(() => lifetime.checkExtension());
  };
  const publishAfter = (scan: Promise<void> | undefined) => {
    if (!scan || scan === awaited) return;
    awaited = scan;
    scan.then(publish).catch(() => undefined);
  };
  /** Scans the page again (with a new matcher, after a change of settings) and publishes once it ends. */
  const rescan = (matcher?: Matcher) => {
    card.close();
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
    if (pending.length === 0) lifetime.setTimeout(flush, MUTATION_BATCH_MS);
    // One by one: a page can queue more records in one task than a call takes arguments.
    for (const record of records) pending.push(record);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  lifetime.onEnd(() => observer.disconnect());

  // A page hidden when its first scan began is read again once shown: at once if it was shown
  // during that scan, else when a class, style or style element changes, at most every 100 ms.
  if (hiddenPart) {
    let checkQueued = false;
    const check = () => {
      checkQueued = false;
      if (!isRendered(hiddenPart)) return;
      untilShown.disconnect();
      rescan();
    };
    const untilShown = new MutationObserver(() => {
      if (!checkQueued) lifetime.setTimeout(check, 100);
      checkQueued = true;
    });
    untilShown.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden'],
      childList: true,
      subtree: true,
    });
    // A part hidden for longer is hidden for good (a template), not loading.
    lifetime.setTimeout(() => untilShown.disconnect(), 60_000);
    lifetime.onEnd(() => untilShown.disconnect());
    check();
  }

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
  if (typeof navigation === 'object' && navigation) lifetime.onReaderInput(navigation, 'navigate', lookAtLocation);
  else {
    lifetime.onReaderInput(window, 'popstate', lookAtLocation);
    const poll = setInterval(lookAtLocation, LOCATION_POLL_MS);
    lifetime.onEnd(() => clearInterval(poll));
  }
  // A page restored from the back/forward cache keeps our marks, but the background forgot the tab.
  lifetime.onReaderInput<PageTransitionEvent>(window, 'pageshow', (event) => event.persisted && rescan());

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
