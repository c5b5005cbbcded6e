/**
 * The browser's own extension API, standing in for `wxt/browser` in the content script only
 * (wxt.config.ts aliases it there). The background and the extension pages keep
 * webextension-polyfill; the content script, which runs on every news page and has a 20 KB
 * gzipped budget, does not need it: the polyfill is most of 3 KB gzipped of that budget.
 *
 * Every call the content script makes is promise-based natively in both browsers: Chromium's
 * MV3 `chrome.runtime.sendMessage` returns a promise, Firefox's `browser.*` always has, and
 * `storage.onChanged`, `runtime.onMessage` and `runtime.id` need none. Replies differ: Chromium
 * took a listener's returned promise as the reply only lately, and a failure comes back in the
 * polyfill's own encoding; `onMessages` and `sendMessage` (messages.ts) answer through
 * `sendResponse` in their own envelope, which every browser takes with or without the polyfill.
 */
import type { WxtBrowser } from 'wxt/browser';

type ExtensionGlobals = { browser?: { runtime?: { id?: string } }; chrome?: unknown };
const globals = globalThis as ExtensionGlobals;

/** Firefox's `browser` when it is the extension API (an element with id "browser" is a global too), else Chromium's `chrome`. */
export const browser = (globals.browser?.runtime?.id ? globals.browser : globals.chrome) as WxtBrowser;
