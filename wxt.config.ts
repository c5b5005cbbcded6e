import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './utils/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: ['storage', 'tabs', 'scripting'],
    host_permissions: CONTENT_SCRIPT_MATCHES,
    // "Enable on this site" asks for one site at a time, from the reader's click.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    browser_specific_settings: {
      gecko: { id: 'jfir-briefs@example.org', strict_min_version: '128.0' },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
