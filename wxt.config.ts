import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { noRawHtml } from './scripts/vite/no-raw-html';
import { CONTENT_SCRIPT_MATCHES } from './utils/sites';

/** Any site a reader may enable from the popup, one at a time ("Enable on this site"). */
const ANY_SITE = ['https://*/*', 'http://*/*'];
/** Extension pages load only their own scripts, styles and images, and connect nowhere. */
const PAGES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The browser's own API, which the content script uses instead of the polyfill (see the module's comment). */
const NATIVE_BROWSER_API = fileURLToPath(new URL('./utils/browser/native-api.ts', import.meta.url));
/** The content script's own stand-in for WXT's ContentScriptContext (see the module's comment). */
const SCRIPT_CONTEXT = fileURLToPath(new URL('./entrypoints/content/script-context.ts', import.meta.url));

/** The content script's own stand-in for the article finder's module (see the module's comment). */
const ARTICLE_LOADER = fileURLToPath(new URL('./entrypoints/content/article-loader.ts', import.meta.url));

/**
 * The parts of the content script loaded into its isolated world only when needed (`SCRIPT_PARTS`):
 * the card's rendering code on the first card, the article finder on the first possible mention.
 */
const isPartScript = (entry: { type: string; name: string }) =>
  entry.type === 'unlisted-script' && (entry.name === 'card' || entry.name === 'finder');

/** One of Vite's `resolve.alias` entries. */
type Alias = { find: string | RegExp; replacement: string };

/**
 * Vite's aliases (an object or, once merged with an array, an array) as an array with `first`
 * ahead of them: the first alias that matches an import wins.
 */
function aliasFirst(first: Alias, aliases: unknown): Alias[] {
  const rest = Array.isArray(aliases)
    ? (aliases as Alias[])
    : Object.entries((aliases ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
  return [first, ...rest];
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // WXT's own helpers (defineBackground, defineContentScript) stay auto-imported; the project's
  // modules do not, so every dependency is an import line that the lint boundaries can see.
  imports: { dirsScanOptions: { fileFilter: () => false } },
  // Every icon size is rendered from this one drawing at build time.
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false, sizes: [128, 96, 48, 32, 16] },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No `tabs`: the popup learns the active tab's URL through `activeTab` (the toolbar click) or the
    // news sites' host permissions, and opening a reader tab needs no permission.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: CONTENT_SCRIPT_MATCHES,
    // MV3 asks for extra sites through optional_host_permissions; Firefox's MV2 through optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: ANY_SITE } : { optional_permissions: ANY_SITE }),
    content_security_policy: manifestVersion === 3 ? { extension_pages: PAGES_CSP } : PAGES_CSP,
    browser_specific_settings: {
      // The extension collects nothing (see README, Privacy); Firefox reads this from 140 (ESR), 142 on Android.
      gecko: { id: 'jfir-briefs@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    // The content script's sites come from here, not from its own file, where the list would be
    // bundled as dead data (WXT keeps `defineContentScript`'s options in the script).
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entry of entrypoints)
        if (entry.type === 'content-script' && entry.name === 'content') entry.options.matches = CONTENT_SCRIPT_MATCHES;
    },
    // WXT titles the toolbar button with the popup's <title>; the store wants it localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_title = '__MSG_actionTitle__';
    },
    // The content script, on every news page within a 20 KB budget, gets the browser's own API
    // instead of the polyfill that `@wxt-dev/webextension-polyfill` aliases for every build, and a
    // context with only what it uses instead of WXT's. So do the parts it has injected
    // (entrypoints/card/, entrypoints/finder/), which run in the same isolated world and use no browser API today:
    // should they ever, they get the native one too, not a second copy of the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script' || isPartScript(entry))) return;
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = aliasFirst(
        { find: /^wxt\/utils\/content-script-context$/, replacement: SCRIPT_CONTEXT },
        aliasFirst({ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER_API }, viteConfig.resolve.alias),
      );
      // terser with two passes packs it tighter than the default minifier (CHANGELOG has the figures).
      // Not the parts: WXT leaves them anonymous IIFEs only as esbuild writes them (with terser
      // a `var card` stays on the isolated world's global), and they load only when needed.
      if (entrypoints.some(isPartScript)) return;
      // The finder's code is loaded with the first possible mention (`page-text` imports `./article-finding`).
      viteConfig.resolve.alias = aliasFirst({ find: /^\.\/article-finding$/, replacement: ARTICLE_LOADER }, viteConfig.resolve.alias);
      viteConfig.build ??= {};
      viteConfig.build.minify = 'terser';
      viteConfig.build.terserOptions = { compress: { passes: 2 } };
    },
  },
  vite: () => ({
    plugins: [noRawHtml()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
