/**
 * The one message contract between the content script, the background and the extension pages.
 * Every cross-context call is declared in `Messages`; `sendMessage` and `onMessages` are typed by it.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Excerpt, PageContext } from '../brief';
import type { TopicMentions } from '../dom/analyze-page';
import type { Language } from '../i18n/translate';
import type { DisplaySettings } from '../settings';
import type { MatcherData } from '../matcher';
import type { Topic } from '../topics';

/** What the content script needs to know about the reader's settings for its page. */
export interface PageConfig {
  /** The topics to mark: none where the reader paused the extension or did not allow the site. */
  topics: Topic[];
  /** The topics' matcher, prepared in the background so the page only assembles it. */
  matcher: MatcherData;
  display: DisplaySettings;
  language: Language;
}

/** Calls handled by the background, sent from the content script or pages. */
export interface BackgroundMessages {
  /** The content script reports the topics found on its page (sets the badge). */
  pageTopics(req: { topics: TopicMentions[]; url: string }): void;
  /** The reader's settings as they apply to the page at `url`. */
  getPageConfig(req: { url: string }): PageConfig;
  /** Excerpts for a topic, ranked for the page's context; as many as the reader's settings ask. */
  getBrief(req: { topicId: string; context: PageContext }): Excerpt[];
  /** Topics found in a tab, for the popup; empty unless they were found on `url`, the tab's current page. */
  getTabTopics(req: { tabId: number; url: string }): TopicMentions[];
  /** Opens the reader page at a passage in a new tab. */
  openReader(req: { commentaryId: string; passageId?: string }): void;
  /** The reader imported or deleted commentary: briefs must use the new set. */
  importsChanged(req: Record<string, never>): void;
}

/** Calls handled by the content script, sent from the popup. */
export interface ContentMessages {
  /** Scrolls to the next mention of the topic and opens its card. */
  revealMention(req: { topicId: string }): boolean;
}

type Envelope<M> = { [K in keyof M]: { type: K; payload: M[K] extends (req: infer R) => unknown ? R : never } }[keyof M];
type Handlers<M> = {
  [K in keyof M]: M[K] extends (req: infer R) => infer S
    ? (req: R, sender: Browser.runtime.MessageSender) => S | Promise<S>
    : never;
};
type Result<M, K extends keyof M> = M[K] extends (req: never) => infer S ? S : never;
type Request<M, K extends keyof M> = M[K] extends (req: infer R) => unknown ? R : never;

/** Sends a message to the background. */
export function sendMessage<K extends keyof BackgroundMessages>(
  type: K,
  payload: Request<BackgroundMessages, K>,
): Promise<Result<BackgroundMessages, K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Result<BackgroundMessages, K>>;
}

/** Sends a message to the content script of a tab. */
export function sendTabMessage<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  payload: Request<ContentMessages, K>,
): Promise<Result<ContentMessages, K>> {
  return browser.tabs.sendMessage(tabId, { type, payload }) as Promise<Result<ContentMessages, K>>;
}

/**
 * Registers handlers for one side of the contract. Messages of other types are left to other
 * listeners. Returns a function that removes the listener.
 */
export function onMessages<M>(handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const { type, payload } = (message ?? {}) as Envelope<M>;
    const handler = handlers[type as keyof M] as ((req: unknown, s: typeof sender) => unknown) | undefined;
    if (typeof handler !== 'function') return undefined;
    return Promise.resolve(handler(payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
