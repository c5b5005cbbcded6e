/**
 * The one message contract between the content script, the background and the extension pages.
 * Every cross-context call is declared in `Messages`; `sendMessage` and `onMessages` are typed by
 * it. The types that cross the wire live here too, and so do the checks a receiver applies: the
 * content script runs inside pages the extension does not control, so what it sends is capped
 * and checked, and each call says which context may make it.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Excerpt, PageContext } from '../brief';
import type { Language } from '../i18n/translate';
import type { DisplaySettings } from '../settings';
import type { MatcherData } from '../matcher';
import type { Topic, FoundTopic } from '../topics';

/** Wire types defined in the pure core, where the page layer can use them too. */
export type { FoundTopic };

/** What the content script needs to know about the reader's settings for its page. */
export interface PageConfig {
  /** The topics to mark: none where the reader paused the extension or did not allow the site. */
  topics: Topic[];
  /** The topics' matcher, prepared in the background so the page only assembles it. */
  matcher: MatcherData;
  display: DisplaySettings;
  language: Language;
}

/**
 * Calls handled by the background, sent from the content script or pages. The page's URL comes
 * from the sender; the `url` the content script reports counts only within the sender's origin
 * (where a single-page app moves with `history.pushState`).
 */
export interface BackgroundMessages {
  /** The content script reports the topics found on its page (sets the badge). */
  pageTopics(req: { topics: FoundTopic[]; url?: string }): void;
  /** The reader's settings as they apply to the content script's page (its site, from the sender). */
  getPageConfig(req: { url?: string }): PageConfig;
  /**
   * Injects a part of the content script's code into the sender's own frame (its content script's
   * isolated world) the first time that frame needs it; nowhere else.
   */
  loadPart(req: { part: ScriptPart }): void;
  /** Excerpts for a topic, ranked for the page's context; as many as the reader's settings ask. */
  getBrief(req: { topicId: string; context: PageContext }): Excerpt[];
  /** Topics found in a tab, for the popup; empty unless they were found on `url`, the tab's current page. */
  getTabTopics(req: { tabId: number; url: string }): FoundTopic[];
  /** Opens the reader page at a passage in a new tab (at most one per second per sending tab). */
  openReader(req: { commentaryId: string; passageId?: string }): void;
  /** The reader imported or deleted commentary: briefs must use the new set. */
  importsChanged(req: Record<string, never>): void;
}

/**
 * The parts of the content script's code that most pages never need, each a script of its own
 * that the background injects on `loadPart`: the brief card's rendering (`entrypoints/card/`, with
 * the first card), the article finder (`entrypoints/finder/`, with the first possible mention) and
 * its Japanese site lines (`entrypoints/japanese-lines/`, with it on a page with CJK text).
 */
export const SCRIPT_PARTS = { card: '/card.js', finder: '/finder.js', japanese: '/japanese-lines.js' } as const;
export type ScriptPart = keyof typeof SCRIPT_PARTS;

/** Calls handled by the content script, sent from the popup. */
export interface ContentMessages {
  /** Scrolls to the next mention of the topic and opens its card. */
  revealMention(req: { topicId: string }): boolean;
}

/** Who sent a message: our content script in a web page, or one of our own pages (popup, options, reader). */
export type SenderKind = 'content' | 'page';

/** Which senders may make each call of the background. */
export const BACKGROUND_CALLERS: Record<keyof BackgroundMessages, readonly SenderKind[]> = {
  pageTopics: ['content'],
  getPageConfig: ['content'],
  loadPart: ['content'],
  getBrief: ['content'],
  getTabTopics: ['page'],
  openReader: ['content', 'page'],
  importsChanged: ['page'],
};

type Envelope<M> = { [K in keyof M]: { type: K; payload: M[K] extends (req: infer R) => unknown ? R : never } }[keyof M];
type Handlers<M> = {
  [K in keyof M]: M[K] extends (req: infer R) => infer S ? (req: R, sender: Browser.runtime.MessageSender) => S | Promise<S> : never;
};
type Result<M, K extends keyof M> = M[K] extends (req: never) => infer S ? S : never;
type Request<M, K extends keyof M> = M[K] extends (req: infer R) => unknown ? R : never;

/**
 * How a receiver answers: the handler's value, or its failure's message. The envelope, sent
 * through `sendResponse`, carries failures the same way natively (the content script) and with
 * the polyfill (the background and pages), which would otherwise encode them its own way.
 */
type Reply = { value?: unknown; error?: string };

/** The value of a reply; throws the receiver's failure. No reply (nobody answered) is `undefined`. */
function unwrap<T>(reply: Reply | undefined): T {
  if (reply?.error !== undefined) throw new Error(reply.error);
  return reply?.value as T;
}

/** Sends a message to the background. */
export async function sendMessage<K extends keyof BackgroundMessages>(
  type: K,
  payload: Request<BackgroundMessages, K>,
): Promise<Result<BackgroundMessages, K>> {
  return unwrap(await browser.runtime.sendMessage<unknown, Reply | undefined>({ type, payload }));
}

/** Sends a message to the content script of a tab. */
export async function sendTabMessage<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  payload: Request<ContentMessages, K>,
): Promise<Result<ContentMessages, K>> {
  return unwrap(await browser.tabs.sendMessage<unknown, Reply | undefined>(tabId, { type, payload }));
}

/**
 * What kind of context sent a message: one of our pages when its URL is in the extension's
 * origin (in a tab or not), our content script when it comes from a tab's web page; `undefined`
 * for anything else (another extension, a message without a sender).
 */
export function senderKind(sender: Browser.runtime.MessageSender): SenderKind | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const ownOrigin = browser.runtime.getURL('/');
  if (sender.url?.startsWith(ownOrigin)) return 'page';
  if (sender.tab?.id !== undefined && sender.url && /^https?:/.test(sender.url)) return 'content';
  return undefined;
}

/**
 * Registers handlers for one side of the contract. Only the handlers' own names dispatch (not
 * `constructor` or `toString`), only for messages from this extension, and only when `accept`
 * agrees; other messages are left to other listeners. Returns a function that removes the listener.
 */
export function onMessages<M>(
  handlers: Handlers<M>,
  accept: (type: keyof M, sender: Browser.runtime.MessageSender) => boolean = () => true,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void) => {
    const { type, payload } = (message ?? {}) as Envelope<M>;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type) || sender.id !== browser.runtime.id || !accept(type, sender))
      return undefined;
    // `sendResponse` and `return true` is the reply every browser takes, with or without the
    // polyfill; a returned promise is not (Chromium took it only lately).
    Promise.resolve()
      .then(() => (handlers[type] as (req: unknown, s: typeof sender) => unknown)(payload, sender))
      .then(
        (value) => sendResponse({ value }),
        (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
      )
      .catch(() => undefined);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Like `onMessages`, each call answered only from the kinds of sender `callers` allows for it. */
export function onMessagesFrom<M>(handlers: Handlers<M>, callers: Record<keyof M, readonly SenderKind[]>): () => void {
  return onMessages(handlers, (type, sender) => {
    const kind = senderKind(sender);
    return kind !== undefined && callers[type].includes(kind);
  });
}

// ---- Checks on what the content script sends: the page can shape it ----

/** Sizes of what the content script may send; anything larger is cut or refused. */
export const WIRE_LIMITS = {
  /** Topics reported per page: every built-in and custom topic fits. */
  topics: 400,
  /** An id (topic, commentary, passage). */
  idLength: 100,
  headlineLength: 300,
  snippets: 5,
  snippetLength: 500,
  otherTopicIds: 400,
  dateLength: 40,
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An id as sent: a non-empty string within the length limit. */
export function isWireId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= WIRE_LIMITS.idLength;
}

/** The reported topics when every entry has the right shape and there are not too many; otherwise `undefined`. */
export function checkFoundTopics(value: unknown): FoundTopic[] | undefined {
  if (!Array.isArray(value) || value.length > WIRE_LIMITS.topics) return undefined;
  const ok = value.every(
    (t) =>
      isRecord(t) && isWireId(t.topicId) && Number.isSafeInteger(t.count) && (t.count as number) >= 0 && typeof t.inHeadline === 'boolean',
  );
  return ok ? value.map((t: FoundTopic) => ({ topicId: t.topicId, count: t.count, inHeadline: t.inHeadline })) : undefined;
}

/** The page context cut to size, keeping only fields of the right type. */
export function capPageContext(value: unknown): PageContext {
  if (!isRecord(value)) return {};
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : undefined);
  const headline = text(value.headline, WIRE_LIMITS.headlineLength);
  const pageDate = text(value.pageDate, WIRE_LIMITS.dateLength);
  const snippets = Array.isArray(value.snippets)
    ? value.snippets.slice(0, WIRE_LIMITS.snippets).flatMap((s) => (typeof s === 'string' ? [s.slice(0, WIRE_LIMITS.snippetLength)] : []))
    : undefined;
  const otherTopicIds = Array.isArray(value.otherTopicIds)
    ? value.otherTopicIds.slice(0, WIRE_LIMITS.otherTopicIds).filter(isWireId)
    : undefined;
  return {
    ...(headline !== undefined ? { headline } : {}),
    ...(snippets ? { snippets } : {}),
    ...(otherTopicIds ? { otherTopicIds } : {}),
    ...(pageDate !== undefined ? { pageDate } : {}),
  };
}
