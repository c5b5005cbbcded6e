/**
 * The background as the browser drives it (WXT's fakeBrowser): many tabs reporting at once keep
 * every tab's state, messages dispatch only their own names and only from the senders allowed,
 * the page's URL comes from the sender, sizes are capped, and a burst of `openReader` opens one tab.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import background from '../../entrypoints/background';
import { capPageContext, WIRE_LIMITS, type FoundTopic } from '../../utils/browser/messages';

const EXT = `chrome-extension://${fakeBrowser.runtime.id}/`;
const id = fakeBrowser.runtime.id;
const contentSender = (tabId: number, url = `https://www.reuters.com/world/story-${tabId}`): Browser.runtime.MessageSender => ({
  id,
  tab: { id: tabId } as Browser.tabs.Tab,
  url,
  frameId: 0,
});
const popupSender: Browser.runtime.MessageSender = { id, url: `${EXT}popup.html` };
/**
 * Sends a message as the browser would deliver it, and gives the background's answer: the value
 * it sends back through `sendResponse` (a failure rejects), `undefined` when no listener takes it.
 */
const send = (type: string, payload: unknown, sender: Browser.runtime.MessageSender) =>
  new Promise<unknown>((resolve, reject) => {
    const sendResponse = (reply: { value?: unknown; error?: string }) =>
      reply.error === undefined ? resolve(reply.value) : reject(new Error(reply.error));
    // fakeBrowser types its listeners without the third argument, `sendResponse`, that browsers pass.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    trigger({ type, payload }, sender, sendResponse).then((answers) => answers.includes(true) || resolve(undefined), reject);
  });
const topicsOf = (n: number): FoundTopic[] =>
  Array.from({ length: n }, (_, i) => ({ topicId: `topic-${i}`, count: i + 1, inHeadline: false }));

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // fakeBrowser has no permission events; the background only listens to them.
  const event = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
  Object.assign(fakeBrowser.permissions, { onAdded: event, onRemoved: event });
  background.main();
});

describe('per-tab state', () => {
  it('keeps every tab when twenty tabs report at once, and the badges agree', async () => {
    // As a browser does (fakeBrowser hands out its own objects): each read is a copy, and a restored session has state.
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(async (keys) => structuredClone(await read(keys)));
    await fakeBrowser.storage.session.set({ tabState: {} });
    const tabs = Array.from({ length: 20 }, (_, i) => i + 1);
    await Promise.all(tabs.map((tab) => send('pageTopics', { topics: topicsOf((tab % 4) + 1) }, contentSender(tab))));
    for (const tab of tabs) {
      const url = `https://www.reuters.com/world/story-${tab}`;
      const found = (await send('getTabTopics', { tabId: tab, url }, popupSender)) as FoundTopic[];
      expect(found, `tab ${tab}`).toHaveLength((tab % 4) + 1);
      expect(await fakeBrowser.action.getBadgeText({ tabId: tab })).toBe(String((tab % 4) + 1));
    }
  });

  it('takes the page URL from the sender, not from the message', async () => {
    await send('pageTopics', { topics: topicsOf(2), url: 'https://evil.example/' }, contentSender(7));
    expect(await send('getTabTopics', { tabId: 7, url: 'https://evil.example/' }, popupSender)).toEqual([]);
    expect(await send('getTabTopics', { tabId: 7, url: 'https://www.reuters.com/world/story-7' }, popupSender)).toHaveLength(2);
    // A single-page app moves within its origin (history.pushState), where the browser's sender URL stays behind.
    await send('pageTopics', { topics: topicsOf(3), url: 'https://www.reuters.com/world/next' }, contentSender(7));
    expect(await send('getTabTopics', { tabId: 7, url: 'https://www.reuters.com/world/next' }, popupSender)).toHaveLength(3);
  });

  it('refuses reports of the wrong shape or size', async () => {
    await send('pageTopics', { topics: topicsOf(WIRE_LIMITS.topics + 1) }, contentSender(3));
    await send('pageTopics', { topics: [{ topicId: 'x'.repeat(1000), count: 1, inHeadline: false }] }, contentSender(4));
    await send('pageTopics', { topics: [{ topicId: 'taliban', count: '9', inHeadline: false }] }, contentSender(5));
    for (const tab of [3, 4, 5]) expect(await fakeBrowser.action.getBadgeText({ tabId: tab })).toBe('');
  });
});

describe('message dispatch', () => {
  it('answers only its own names, not inherited ones', async () => {
    for (const type of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(await send(type, {}, popupSender), type).toBeUndefined();
    }
  });

  it('answers each call only from the senders allowed for it', async () => {
    await send('pageTopics', { topics: topicsOf(1) }, contentSender(9));
    const url = 'https://www.reuters.com/world/story-9';
    // A content script cannot read another tab's topics; a page cannot report topics.
    expect(await send('getTabTopics', { tabId: 9, url }, contentSender(1))).toBeUndefined();
    await send('pageTopics', { topics: topicsOf(3) }, { id, url: `${EXT}options.html`, tab: { id: 9 } as Browser.tabs.Tab });
    expect(await send('getTabTopics', { tabId: 9, url }, popupSender)).toHaveLength(1);
    // Another extension, or no sender at all.
    expect(
      await send('getTabTopics', { tabId: 9, url }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }),
    ).toBeUndefined();
    expect(await send('getTabTopics', { tabId: 9, url }, {})).toBeUndefined();
  });

  it('cuts the page context of a brief request to size, keeping fields of the right type only', async () => {
    const context = {
      headline: 'H'.repeat(100_000),
      snippets: [...Array.from({ length: 1000 }, () => 'S'.repeat(10_000)), 5],
      otherTopicIds: [{}, 'taliban', 'x'.repeat(1000)],
      pageDate: 7,
    };
    const capped = capPageContext(context);
    expect(capped.headline).toHaveLength(WIRE_LIMITS.headlineLength);
    expect(capped.snippets).toHaveLength(WIRE_LIMITS.snippets);
    expect(capped.snippets!.every((s) => s.length === WIRE_LIMITS.snippetLength)).toBe(true);
    expect(capped.otherTopicIds).toEqual(['taliban']);
    expect(capped).not.toHaveProperty('pageDate');
    expect(capPageContext('not a context')).toEqual({});
    // The background answers such a request like any other.
    expect(Array.isArray(await send('getBrief', { topicId: 'taliban', context }, contentSender(2)))).toBe(true);
  });
});

describe('reader tabs', () => {
  it('opens one reader tab for a burst of twenty requests from one tab', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await Promise.all(Array.from({ length: 20 }, () => send('openReader', { commentaryId: 'c1', passageId: 'p1' }, contentSender(5))));
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]![0]).toEqual({ url: `${EXT}reader.html?c=c1&p=p1` });
    // Another tab is limited on its own.
    await send('openReader', { commentaryId: 'c2' }, contentSender(6));
    expect(created).toHaveBeenCalledTimes(2);
  });

  it('opens none for a sender that is neither our content script nor our page', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await send(
      'openReader',
      { commentaryId: 'c1' },
      { id: 'other-extension', tab: { id: 3 } as Browser.tabs.Tab, url: 'https://www.reuters.com/' },
    );
    await send('openReader', { commentaryId: 'c1' }, { id, tab: { id: 3 } as Browser.tabs.Tab, url: 'file:///etc/passwd' });
    await send('openReader', { commentaryId: { toString: 'x' } }, contentSender(3));
    expect(created).not.toHaveBeenCalled();
  });
});
