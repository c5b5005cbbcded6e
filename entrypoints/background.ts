/**
 * The background holds the commentary index and the per-tab state: it answers briefs, keeps the
 * toolbar badge, and opens the reader page. The index never enters the content script bundle.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createRanker, type Ranker } from '../utils/brief';
import { prepareMatcher, type MatcherData } from '../utils/matcher';
import { resolveLanguage } from '../utils/i18n/translate';
import { allCommentary } from '../utils/browser/imported';
import {
  BACKGROUND_CALLERS,
  capPageContext,
  checkFoundTopics,
  isWireId,
  onMessagesFrom,
  SCRIPT_PARTS,
  type BackgroundMessages,
  type FoundTopic,
} from '../utils/browser/messages';
import { loadSettings } from '../utils/browser/settings-storage';
import { syncSiteScripts } from '../utils/browser/site-scripts';
import { serialQueue } from '../utils/serial';
import { enabledTopics, isSiteActive } from '../utils/settings';
import type { Topic } from '../utils/topics';

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
const toolbar = browser.action ?? browser.browserAction;

interface TabState {
  /** The page the topics were found on: a popup for a tab that has navigated since must not show them. */
  url: string;
  topics: FoundTopic[];
}

/** Topics found per tab; in session storage so that a restarted service worker still knows them. */
const tabStateItem = storage.defineItem<Record<string, TabState>>('session:tabState', { fallback: {} });

/** Every change of the tab states, one at a time: tabs reporting at once must not overwrite each other's. */
const tabStateChanges = serialQueue();

/** Stores (or, with `undefined`, forgets) what was found in a tab, and shows its topic count on the badge. */
function setTabState(tabId: number, state: TabState | undefined): Promise<void> {
  return tabStateChanges(async () => {
    // A copy: the item's fallback object is shared by every read.
    const all = { ...(await tabStateItem.getValue()) };
    if (state) all[tabId] = state;
    else delete all[tabId];
    await tabStateItem.setValue(all);
    await toolbar.setBadgeText({ tabId, text: state?.topics.length ? String(state.topics.length) : '' });
  });
}

/**
 * The URL of the content script's page: the browser's (`sender.url`), or the one the content
 * script reports when it is in the same origin. The browser's stays the URL the document was
 * loaded from, while a single-page app moves on with `history.pushState`, which a page can do
 * only within its own origin anyway.
 */
function pageUrl(senderUrl: string, reported: unknown): string {
  if (typeof reported !== 'string' || reported.length > 2048) return senderUrl;
  try {
    return new URL(reported).origin === new URL(senderUrl).origin ? reported : senderUrl;
  } catch {
    return senderUrl;
  }
}

/**
 * Where `loadPart` injects: the sending frame, and in Chromium its very document (`documentId`),
 * so a frame that navigated since the request gets nothing; Firefox names no document.
 */
function senderFrame(sender: Browser.runtime.MessageSender): Browser.scripting.InjectionTarget {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined) throw new Error('no frame to load the script into');
  return sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId] };
}

/** A page may fire many clicks at once: each tab (or the popup) opens at most one reader tab in this time. */
const READER_OPEN_INTERVAL_MS = 1000;

export default defineBackground(() => {
  /** Built on first use and again after the reader imports or deletes commentary. */
  let ranker: Promise<Ranker> | undefined;
  const getRanker = () => (ranker ??= allCommentary().then(({ commentaries }) => createRanker(commentaries)));
  toolbar.setBadgeBackgroundColor({ color: '#1f4e79' }).catch(console.error);
  /** The prepared matcher of the last topics asked for: every page load of the same settings reuses it. */
  let prepared: { key: string; data: MatcherData } | undefined;
  const matcherFor = (topics: Topic[]) => {
    const key = JSON.stringify(topics);
    if (prepared?.key !== key) prepared = { key, data: prepareMatcher(topics) };
    return prepared.data;
  };

  /** When each tab (by id; `page` for the popup) last opened a reader tab. */
  const lastReaderOpen = new Map<number | 'page', number>();

  onMessagesFrom<BackgroundMessages>(
    {
      async pageTopics({ topics, url }, sender) {
        const found = checkFoundTopics(topics);
        if (sender.tab?.id !== undefined && sender.url && found)
          await setTabState(sender.tab.id, { url: pageUrl(sender.url, url), topics: found });
      },
      async getPageConfig(_req, sender) {
        const settings = await loadSettings();
        const host = sender.url ? new URL(sender.url).hostname : '';
        const topics = isSiteActive(settings, host) ? enabledTopics(settings) : [];
        return {
          topics,
          matcher: matcherFor(topics),
          display: settings.display,
          language: resolveLanguage(settings.language, navigator.language),
        };
      },
      async loadPart({ part }, sender) {
        if (!Object.hasOwn(SCRIPT_PARTS, part)) throw new Error('no such part of the content script');
        // The content script's own isolated world (the default): the page can neither see nor call it. Not web-accessible.
        await browser.scripting.executeScript({ target: senderFrame(sender), files: [SCRIPT_PARTS[part]] });
      },
      async getBrief({ topicId, context }) {
        if (!isWireId(topicId)) return [];
        const settings = await loadSettings();
        const topics = enabledTopics(settings);
        const topic = topics.find((t) => t.id === topicId);
        return topic ? (await getRanker()).brief(topic, capPageContext(context), settings.display.maxExcerpts, topics) : [];
      },
      importsChanged() {
        ranker = undefined;
      },
      async getTabTopics({ tabId, url }) {
        const state = (await tabStateItem.getValue())[tabId];
        return state && state.url === url ? state.topics : [];
      },
      async openReader({ commentaryId, passageId }, sender) {
        if (!isWireId(commentaryId) || (passageId !== undefined && !isWireId(passageId))) return;
        const key = sender.tab?.id ?? 'page';
        const now = Date.now();
        if (now - (lastReaderOpen.get(key) ?? -Infinity) < READER_OPEN_INTERVAL_MS) return;
        lastReaderOpen.set(key, now);
        const params = new URLSearchParams({ c: commentaryId, ...(passageId ? { p: passageId } : {}) });
        await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?${params}`) });
      },
    },
    BACKGROUND_CALLERS,
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    lastReaderOpen.delete(tabId);
    setTabState(tabId, undefined).catch(console.error);
  });
  // Sites the reader enabled beyond the default list: keep the registered content script in step.
  browser.permissions.onAdded.addListener(() => {
    syncSiteScripts().catch(console.error);
  });
  browser.permissions.onRemoved.addListener(() => {
    syncSiteScripts().catch(console.error);
  });
  browser.runtime.onInstalled.addListener(() => {
    syncSiteScripts().catch(console.error);
  });
});
