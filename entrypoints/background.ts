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

/** Topics found per tab; in session storage so that a restarted service worker still knows them. */
const tabTopicsItem = storage.defineItem<Record<string, TopicMentions[]>>('session:tabTopics', { fallback: {} });

async function setTabTopics(tabId: number, topics: TopicMentions[] | undefined): Promise<void> {
  const all = await tabTopicsItem.getValue();
  if (topics) all[tabId] = topics;
  else delete all[tabId];
  await tabTopicsItem.setValue(all);
  await toolbar.setBadgeText({ tabId, text: topics?.length ? String(topics.length) : '' });
}

export default defineBackground(() => {
  const ranker = createRanker(index.commentaries as Commentary[]);
  void toolbar.setBadgeBackgroundColor({ color: '#1f4e79' });

  onMessages<BackgroundMessages>({
    async pageTopics({ topics }, sender) {
      if (sender.tab?.id !== undefined) await setTabTopics(sender.tab.id, topics);
    },
    async getBrief({ topicId, context, max }) {
      const topics = enabledTopics(await settingsItem.getValue());
      const topic = topics.find((t) => t.id === topicId);
      return topic ? ranker.brief(topic, context, max ?? 3, topics) : [];
    },
    async getTabTopics({ tabId }) {
      return (await tabTopicsItem.getValue())[tabId] ?? [];
    },
    async openReader({ commentaryId, passageId }) {
      const params = new URLSearchParams({ c: commentaryId, ...(passageId ? { p: passageId } : {}) });
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?${params}`) });
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => void setTabTopics(tabId, undefined));
});
