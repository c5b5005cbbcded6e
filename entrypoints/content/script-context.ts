/**
 * Stands in for WXT's `ContentScriptContext` in the content script build only (wxt.config.ts
 * aliases `wxt/utils/content-script-context` here). WXT's entry makes one and hands it to `main`;
 * of it this script uses only `onInvalidated` (lifetime.ts), while WXT's class also carries timers,
 * animation and idle callbacks, event helpers, a location watcher and a logger, all bundled in a
 * script with a 20 KB budget. What it does here is what WXT's does on start: it announces itself
 * with the same DOM event, under the same name, and is invalidated when a newer copy of this script
 * announces itself (a copy left in the page by an extension reload or update then ends: its
 * lifetime checks the extension). Like WXT's with `noScriptStartedPostMessage`, it posts no message.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(contentScriptName: string) {
    // WXT's name for the event: `getUniqueEventName('wxt:content-script-started')` for the entry "content".
    const type = `${browser?.runtime?.id}:content:wxt:content-script-started`;
    const messageId = Math.random().toString(36).slice(2);
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId } }));
    const onStarted = (event: Event) => {
      const detail = event instanceof CustomEvent ? (event.detail as { contentScriptName?: string; messageId?: string } | null) : undefined;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== messageId) this.controller.abort();
    };
    document.addEventListener(type, onStarted);
    this.onInvalidated(() => document.removeEventListener(type, onStarted));
  }

  /** Calls `cb` when the context is invalidated; returns a function that stops that. */
  onInvalidated(cb: () => void): () => void {
    const { signal } = this.controller;
    signal.addEventListener('abort', cb);
    return () => signal.removeEventListener('abort', cb);
  }
}
