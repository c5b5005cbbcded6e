import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/pages.css';
import { Popup, type PageTopic, type SiteState } from '../../components/Popup';
import { BUNDLED } from '../../utils/browser/imported';
import { sendMessage, sendTabMessage } from '../../utils/browser/messages';
import { pageTranslator } from '../../utils/browser/page-language';
import { loadSettings, updateSettings } from '../../utils/browser/settings-storage';
import { requestSite } from '../../utils/browser/site-scripts';
import type { PrebuiltIndex, SearchFilters, Searcher } from '../../utils/search';
import { newestFirst } from '../../utils/search-results';
import { enabledTopics, isSiteActive, withSiteActive } from '../../utils/settings';
import { isDefaultSite, originPattern } from '../../utils/sites';
import { topicLabelsById, type Topic } from '../../utils/topics';

/** Newest commentary first, for the list shown before the search index is loaded. */
const initialList = newestFirst(BUNDLED);

async function main() {
  const app = document.getElementById('app')!;
  const settings = await loadSettings();
  const { t, language } = pageTranslator(settings);
  document.documentElement.lang = language;
  const topics = enabledTopics(settings);
  const params = new URLSearchParams(location.search);
  const initialFilters: SearchFilters = params.get('topic') ? { topicId: params.get('topic')! } : {};
  const topicName = topicLabelsById(topics, language);
  const tab = await targetTab();
  const host = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).hostname : undefined;
  const state = {
    pageTopics: undefined as PageTopic[] | undefined,
    searcher: undefined as Searcher | undefined,
    site: undefined as SiteState | undefined,
    siteNote: undefined as string | undefined,
  };

  const onSiteChange = (action: 'pause' | 'resume' | 'enable') => {
    if (!host) return;
    // The permission request must be the first thing the click does (Firefox requires it).
    const granted = action === 'enable' ? requestSite(host) : Promise.resolve(true);
    granted
      .then(async (ok) => {
        if (!ok) return;
        await updateSettings((s) => withSiteActive(s, host, action !== 'pause'));
        state.site = { host, state: action === 'pause' ? 'paused' : 'active' };
        state.siteNote = action === 'enable' ? t('popup_site_reload') : undefined;
        draw();
      })
      .catch(console.error);
  };

  const draw = () =>
    render(
      <Popup
        t={t}
        language={language}
        pageTopics={state.pageTopics}
        site={state.site}
        siteNote={state.siteNote}
        onSiteChange={onSiteChange}
        searcher={state.searcher}
        initialList={initialList}
        topicName={topicName}
        onRevealTopic={(topicId) => {
          if (tab?.id === undefined) return;
          sendTabMessage(tab.id, 'revealMention', { topicId }).then(() => window.close(), console.error);
        }}
        initialQuery={params.get('q') ?? ''}
        initialFilters={initialFilters}
        onOpenResult={(r) => {
          sendMessage('openReader', { commentaryId: r.commentary.id, passageId: r.passageId }).then(() => window.close(), console.error);
        }}
        onOpenOptions={() => {
          browser.runtime.openOptionsPage().catch(console.error);
        }}
      />,
      app,
    );
  draw();
  performance.mark('jfir-popup-interactive');

  // Off the critical path: the search index, the reader's imports, the site's state, the page's topics.
  loadSearcher(topics)
    .then((searcher) => {
      state.searcher = searcher;
      draw();
    })
    .catch(console.error);
  if (host) {
    const enabled = isDefaultSite(host) || (await browser.permissions.contains({ origins: [originPattern(host)] }));
    state.site = { host, state: !enabled ? 'off' : isSiteActive(settings, host) ? 'active' : 'paused' };
  }
  const found = tab?.id === undefined || !tab.url ? [] : await sendMessage('getTabTopics', { tabId: tab.id, url: tab.url });
  state.pageTopics = found.flatMap(({ topicId, count }) =>
    topics.some((x) => x.id === topicId) ? [{ id: topicId, label: topicName(topicId), count }] : [],
  );
  draw();
}

async function loadSearcher(topics: Topic[]): Promise<Searcher> {
  const [{ createSearcher }, prebuilt, { allCommentary }] = await Promise.all([
    import('../../utils/search'),
    import('../../data/search-index.json'),
    import('../../utils/browser/imported'),
  ]);
  const { commentaries } = await allCommentary();
  return createSearcher(commentaries, topics, prebuilt.default as PrebuiltIndex);
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

main().catch(console.error);
