/**
 * Keeps the marks current as the page lives: mutations are batched and only the changed blocks
 * read again; a navigation within the page (router, back/forward, a page restored from the
 * back/forward cache) or a change of settings rescans it. Rescans coalesce in the scanner, and
 * the marks are published once per scan that ends, so forged or rapid events cannot pile up work.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/browser/messages';
import { SETTINGS_AREA_KEY, SETTINGS_STORAGE_KEY } from '../../utils/browser/settings-key';
import { matcherFrom, type Matcher } from '../../utils/matcher';
import type { CardController } from './card-controller';
import type { MentionNavigation } from './mention-navigation';
import type { PageState } from './page-state';

/** Mutations are batched: the changed blocks are read at most this often. */
const MUTATION_BATCH_MS = 200;
/** Where the browser has no Navigation API (Firefox ESR), how often the URL is looked at. */
const LOCATION_POLL_MS = 1000;

declare const navigation: EventTarget | undefined;

export class LiveUpdates {
  /** The scan whose end is already awaited, so that coalesced requests publish once. */
  private awaited: Promise<void> | undefined;
  private url = location.href;

  constructor(
    private readonly page: PageState,
    private readonly card: CardController,
    private readonly mentions: MentionNavigation,
  ) {
    const { lifetime } = page;
    this.observeMutations();

    // Routers often change the URL first and the page right after, in the same task: look in the
    // next one, once however many navigations that task made.
    let lookPending = false;
    const lookAtLocation = () => {
      if (lookPending) return;
      lookPending = true;
      lifetime.setTimeout(() => {
        lookPending = false;
        if (location.href === this.url) return;
        this.url = location.href;
        this.rescan();
      }, 0);
    };
    if (typeof navigation === 'object' && navigation) lifetime.onReaderInput(navigation, 'navigate', lookAtLocation);
    else {
      lifetime.onReaderInput(window, 'popstate', lookAtLocation);
      const poll = setInterval(lookAtLocation, LOCATION_POLL_MS);
      lifetime.onEnd(() => clearInterval(poll));
    }
    // A page restored from the back/forward cache keeps our marks, but the background forgot the tab.
    lifetime.onReaderInput<PageTransitionEvent>(window, 'pageshow', (event) => event.persisted && this.rescan());

    const onSettingsChanged = (changes: Record<string, unknown>) => {
      if (SETTINGS_STORAGE_KEY in changes || SETTINGS_AREA_KEY in changes) void this.reloadSettings();
    };
    browser.storage.onChanged.addListener(onSettingsChanged);
    lifetime.onEnd(() => browser.storage.onChanged.removeListener(onSettingsChanged));
  }

  /** Marks the current mentions and tells the background which topics the page mentions. */
  publish(): void {
    const { scanner, highlighter, config, lifetime } = this.page;
    if (lifetime.ended) return;
    const { mentions, topics } = scanner.analysis;
    highlighter.update(mentions, config.topics, config.display.highlightStyle);
    this.mentions.marksChanged();
    this.card.closeIfGone();
    sendMessage('pageTopics', { topics, url: location.href }).catch(() => this.page.lifetime.checkExtension());
  }

  /** Scans the page again (with a new matcher, after a change of settings) and publishes once it ends. */
  private rescan(matcher?: Matcher): void {
    const { scanner, config } = this.page;
    this.card.close();
    const done = scanner.rescan(matcher, matcher && { includeFurniture: config.display.includeFurniture });
    if (done === this.awaited) return;
    this.awaited = done;
    void done.then(() => this.publish());
  }

  private async reloadSettings(): Promise<void> {
    try {
      this.page.config = await sendMessage('getPageConfig', { url: location.href });
    } catch {
      this.page.lifetime.checkExtension();
      return;
    }
    // Paused on this site: no topics, so no marks and nothing counted, until the reader resumes.
    this.page.matcher = matcherFrom(this.page.config.matcher);
    this.rescan(this.page.matcher);
  }

  private observeMutations(): void {
    const { scanner, lifetime } = this.page;
    let pending: MutationRecord[] = [];
    const flush = () => {
      if (scanner.scanning) {
        // A full scan is reading the page now; the changes are looked at once it is done.
        void scanner.scanning.then(flush);
        return;
      }
      const records = pending;
      pending = [];
      if (scanner.apply(records)) this.publish();
      // apply() may have started a full rescan (the article was replaced): publish when it ends.
      else {
        const started = scanner.scanning as Promise<void> | undefined;
        if (started && started !== this.awaited) {
          this.awaited = started;
          void started.then(() => this.publish());
        }
      }
    };
    const observer = new MutationObserver((records) => {
      // Attaching our own card host is a change to the page too; it must not cost a rescan.
      const ours = (n: Node) => this.card.isOwn(n);
      const onlyOurs = records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours));
      if (onlyOurs) return;
      if (pending.length === 0) lifetime.setTimeout(flush, MUTATION_BATCH_MS);
      pending.push(...records);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    lifetime.onEnd(() => observer.disconnect());
  }
}
