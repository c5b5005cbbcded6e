/**
 * The background holds the commentary index and the per-tab state: it answers briefs, keeps the
 * toolbar badge, and opens the reader page. The index never enters the content script bundle.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import index from '../data/commentary.json';
import { createRanker } from '../utils/brief';
import type { Commentary } from '../utils/commentary';
import type { TopicMentions } from '../utils/dom/analyze-page';
import { onMessages, type BackgroundMessages } from '../utils/browser/messages';
import { settingsItem } from '../utils/browser/settings-storage';
import { enabledTopics } from '../utils/settings';

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
  const ranker = createRanker(index.commentaries as Commentary[]);
  void toolbar.setBadgeBackgroundColor({ color: '#1f4e79' });

  onMessages<BackgroundMessages>({
    async pageTopics({ topics, url }, sender) {
      if (sender.tab?.id !== undefined) await setTabState(sender.tab.id, { url, topics });
    },
    async getTopics() {
      return enabledTopics(await settingsItem.getValue());
    },
    async getBrief({ topicId, context, max }) {
      const topics = enabledTopics(await settingsItem.getValue());
      const topic = topics.find((t) => t.id === topicId);
      return topic ? ranker.brief(topic, context, max ?? 3, topics) : [];
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
});
