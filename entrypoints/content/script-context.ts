/**
 * Stands in for WXT's `ContentScriptContext` in the content script build only (wxt.config.ts
 * aliases `wxt/utils/content-script-context` here). WXT's entry makes one and hands it to `main`.
 * WXT's class announces the script to the page with a DOM event named after our public extension
 * id, and ends itself when the page dispatches that event (wxt-dev/wxt#1359, #1938): a page could
 * both tell that the extension runs and try to stop it. It also carries timers, event helpers, a
 * location watcher and a logger, all bundled in a script with a 20 KB budget. This one says
 * nothing to the page and is never invalidated: the script's lifetime (lifetime.ts) ends on a gone
 * extension or a newer copy of the script, both checked where the page cannot reach.
 */
export class ContentScriptContext {
  /** Whether the context still runs: always, since nothing the page does ends it. */
  readonly isValid = true;
}
