import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/pages.css';
import { Popup, type PageTopic } from '../../components/Popup';
import index from '../../data/commentary.json';
import type { Commentary } from '../../utils/commentary';
import { sendMessage, sendTabMessage } from '../../utils/browser/messages';
import { settingsItem } from '../../utils/browser/settings-storage';
import { enabledTopics } from '../../utils/settings';
import { createSearcher } from '../../utils/search';
import { topicLabel } from '../../utils/topics';

async function main() {
  const app = document.getElementById('app')!;
  const topics = enabledTopics(await settingsItem.getValue());
  const searcher = createSearcher(index.commentaries as Commentary[], topics);
  const search = (q: string) => searcher.search(q);
  const tab = await targetTab();
  const draw = (pageTopics: PageTopic[] | undefined) =>
    render(
      <Popup
        pageTopics={pageTopics}
        search={search}
        onRevealTopic={(topicId) => {
          if (tab?.id === undefined) return;
          void sendTabMessage(tab.id, 'revealMention', { topicId }).then(() => window.close());
        }}
        initialQuery={new URLSearchParams(location.search).get('q') ?? ''}
        onOpenResult={(r) => {
          void sendMessage('openReader', { commentaryId: r.commentary.id, passageId: r.passageId }).then(() => window.close());
        }}
      />,
      app,
    );
  draw(undefined);
  const found = tab?.id === undefined || !tab.url ? [] : await sendMessage('getTabTopics', { tabId: tab.id, url: tab.url });
  draw(
    found.flatMap(({ topicId, count }) => {
      const topic = topics.find((t) => t.id === topicId);
      return topic ? [{ id: topicId, label: topicLabel(topic, navigator.language), count }] : [];
    }),
  );
}

/**
 * The tab the popup speaks about: the active tab; or, when the popup page is itself open in a
 * tab (pinned, or opened from the extensions menu), the tab the reader used just before it.
 */
async function targetTab() {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  const others = (await browser.tabs.query({ windowId: self.windowId })).filter((t) => t.id !== self.id && /^https?:/.test(t.url ?? ''));
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

void main();
