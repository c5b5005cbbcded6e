/**
 * The background holds the commentary index and the per-tab state: it answers briefs, keeps the
 * toolbar badge, and opens the reader page. The index never enters the content script bundle.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createRanker, type Ranker } from '../utils/brief';
import { prepareMatcher, type MatcherData } from '../utils/matcher';
import type { TopicMentions } from '../utils/dom/analyze-page';
import { resolveLanguage } from '../utils/i18n/translate';
import { allCommentary } from '../utils/browser/imported';
import { onMessages, type BackgroundMessages } from '../utils/browser/messages';
import { loadSettings } from '../utils/browser/settings-storage';
import { syncSiteScripts } from '../utils/browser/site-scripts';
import { enabledTopics, isSiteActive } from '../utils/settings';
import type { Topic } from '../utils/topics';

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
const toolbar = browser.action ?? browser.browserAction;

interface TabState {
  /** The page the topics were found on: a popup for a tab that has navigated since must not show them. */
  url: string;
  topics: TopicMentions[];
}

/** Topics found per tab; in session storage so that a restarted service worker still knows them. */
const tabStateItem = storage.defineItem<Record<string, TabState>>('session:tabState', { fallback: {} });

async function setTabState(tabId: number, state: TabState | undefined): Promise<void> {
  const all = await tabStateItem.getValue();
  if (state) all[tabId] = state;
  else delete all[tabId];
  await tabStateItem.setValue(all);
  await toolbar.setBadgeText({ tabId, text: state?.topics.length ? String(state.topics.length) : '' });
}

export default defineBackground(() => {
  /** Built on first use and again after the reader imports or deletes commentary. */
  let ranker: Promise<Ranker> | undefined;
  const getRanker = () => (ranker ??= allCommentary().then(({ commentaries }) => createRanker(commentaries)));
  void toolbar.setBadgeBackgroundColor({ color: '#1f4e79' });
  /** The prepared matcher of the last topics asked for: every page load of the same settings reuses it. */
  let prepared: { key: string; data: MatcherData } | undefined;
  const matcherFor = (topics: Topic[]) => {
    const key = JSON.stringify(topics);
    if (prepared?.key !== key) prepared = { key, data: prepareMatcher(topics) };
    return prepared.data;
  };

  onMessages<BackgroundMessages>({
    async pageTopics({ topics, url }, sender) {
      if (sender.tab?.id !== undefined) await setTabState(sender.tab.id, { url, topics });
    },
    async getPageConfig({ url }) {
      const settings = await loadSettings();
      const topics = isSiteActive(settings, new URL(url).hostname) ? enabledTopics(settings) : [];
      return {
        topics,
        matcher: matcherFor(topics),
        display: settings.display,
        language: resolveLanguage(settings.language, navigator.language),
      };
    },
    async getBrief({ topicId, context }) {
      const settings = await loadSettings();
      const topics = enabledTopics(settings);
      const topic = topics.find((t) => t.id === topicId);
      return topic ? (await getRanker()).brief(topic, context, settings.display.maxExcerpts, topics) : [];
    },
    importsChanged() {
      ranker = undefined;
    },
    async getTabTopics({ tabId, url }) {
      const state = (await tabStateItem.getValue())[tabId];
      return state && state.url === url ? state.topics : [];
    },
    async openReader({ commentaryId, passageId }) {
      const params = new URLSearchParams({ c: commentaryId, ...(passageId ? { p: passageId } : {}) });
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?${params}`) });
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => void setTabState(tabId, undefined));
  // Sites the reader enabled beyond the default list: keep the registered content script in step.
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  browser.runtime.onInstalled.addListener(() => void syncSiteScripts());
});
