import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './utils/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'JFIR Briefs',
    description:
      'Marks Afghanistan, Russia, North Korea and other foreign-policy topics on news pages and shows briefs from JFIR Commentary. Works offline.',
    permissions: ['storage', 'tabs'],
    host_permissions: CONTENT_SCRIPT_MATCHES,
    browser_specific_settings: {
      gecko: { id: 'jfir-briefs@example.org', strict_min_version: '128.0' },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
