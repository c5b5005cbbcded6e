// @ts-check
/**
 * Lint for JFIR Briefs: rules that catch bugs (floating promises, unhandled switch cases, hooks
 * misuse, import cycles) and the layering of the code (docs/architecture.md), written as rules so
 * that a wrong import fails `npm run lint` instead of waiting for a reviewer. Formatting is
 * Prettier's job (`npm run format`); no rule here is about style.
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The pure core: every module in `utils/` except the page layer and the browser layer. */
const CORE = ['utils/*.ts', 'utils/!(dom|browser)/**/*.ts'];
const DOM_LAYER = ['utils/dom/**/*.ts'];
const BROWSER_LAYER = ['utils/browser/**/*.ts'];
const COMPONENTS = ['components/**/*.{ts,tsx}'];
const CONTENT_SCRIPT = ['entrypoints/content/**/*.{ts,tsx}'];

/** Globals that reach the page or the browser; the core gets neither, and takes what it needs as arguments. */
const PAGE_GLOBALS = [
  'document',
  'window',
  'self',
  'globalThis',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
];
const BROWSER_GLOBALS = ['browser', 'chrome'];

// import-x's TypeScript settings (which files it parses), with the current resolver interface instead of the legacy one.
const { 'import-x/resolver': _legacyResolver, ...importSettings } = importX.flatConfigs.typescript.settings ?? {};

/** @param {string[]} names @param {string} why */
const restrictGlobals = (names, why) => names.map((name) => ({ name, message: `${why} (docs/architecture.md).` }));

/** Where a module may not import from, by folder (import-x resolves the path, so `../`, `@/` and `~/` forms are all caught). */
const zones = [
  {
    target: CORE.map((glob) => `./${glob}`),
    from: [
      './utils/dom',
      './utils/browser',
      './entrypoints',
      './components',
      './node_modules/wxt',
      './node_modules/preact',
      './node_modules/idb',
    ],
    message:
      'The pure core in utils/ takes no DOM, browser, WXT or Preact: pass what it needs in, or move the code to utils/dom or utils/browser.',
  },
  {
    target: './utils/dom',
    from: ['./utils/browser', './entrypoints', './components', './node_modules/wxt', './node_modules/preact', './node_modules/idb'],
    message: 'utils/dom reads a given Document and nothing else: no browser APIs, no WXT, no UI.',
  },
  {
    target: './utils/browser',
    from: ['./entrypoints', './components', './node_modules/preact'],
    message: 'utils/browser is below the entrypoints and components: it may not import them.',
  },
  {
    target: './components',
    from: ['./entrypoints', './node_modules/wxt'],
    message: 'Components render what they are given; the entrypoint wires them to the browser.',
  },
  {
    target: './entrypoints/content',
    from: [
      './entrypoints/background.ts',
      './entrypoints/popup',
      './entrypoints/options',
      './entrypoints/reader',
      './node_modules/fuse.js',
      './node_modules/idb',
      './data',
      './utils/search.ts',
      './utils/search-candidates.ts',
      './utils/search-results.ts',
      './utils/related.ts',
      './utils/passages.ts',
      './utils/parse-commentary.ts',
      './utils/import-commentary.ts',
      './utils/build-index.ts',
      './utils/settings-validation.ts',
      './utils/i18n/pages.ts',
      './utils/browser/imported.ts',
      './utils/browser/commentary-store.ts',
      './utils/browser/settings-storage.ts',
      './components/Options.tsx',
      './components/Popup.tsx',
      './components/Reader.tsx',
      './components/options',
    ],
    message:
      'The content script runs on every news page and ships only what it needs (20 KB gzipped budget): search, imports, catalogs and extension pages stay out.',
  },
  {
    target: './entrypoints/content',
    from: [
      './entrypoints/card',
      './node_modules/preact',
      './components/BriefCard.tsx',
      './components/MarkedText.tsx',
      './components/card.css',
      './components/format.ts',
      './utils/i18n/card.ts',
    ],
    message:
      'The card is rendered by entrypoints/card, injected only when a card first opens: the content script reaches it through components/card-api.ts (types and key) and the loadCard message.',
  },
  {
    target: ['./entrypoints/background.ts', './entrypoints/popup', './entrypoints/options', './entrypoints/reader', './entrypoints/card'],
    from: './entrypoints/content',
    message: 'Entrypoints share code through utils/ and components/, never through another entrypoint.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'data/**', 'tests/.results.json', 'public/**', 'types/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      ...importSettings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Type-checked rules that find real bugs here; none of them is about style.
      // `void promise` is not handling it: a rejection would go unreported. Add a `.catch`.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-array-delete': 'error',
      '@typescript-eslint/no-meaningless-void-operator': 'error',
      '@typescript-eslint/require-array-sort-compare': ['error', { ignoreStringArrays: true }],
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/no-duplicate-type-constituents': 'error',
    },
  },
  {
    // One job per module: a source file past 300 lines is doing several (the UI string catalogs are data).
    files: ['utils/**/*.ts', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['utils/i18n/card.ts', 'utils/i18n/pages.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: CORE,
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals([...PAGE_GLOBALS, ...BROWSER_GLOBALS], 'The pure core in utils/ uses no page or browser global'),
      ],
    },
  },
  {
    files: CONTENT_SCRIPT,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/utils/brief', '**/utils/brief.ts'],
              allowTypeImports: true,
              message: 'Briefs are ranked in the background; the content script takes only their types and asks for a brief by message.',
            },
          ],
        },
      ],
    },
  },
  {
    files: DOM_LAYER,
    languageOptions: { globals: { ...globals.es2024, ...globals.browser } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(
          [...PAGE_GLOBALS, ...BROWSER_GLOBALS],
          'utils/dom works on the Document it is given, not on the global page or the browser',
        ),
      ],
    },
  },
  {
    files: COMPONENTS,
    languageOptions: { globals: { ...globals.es2024, ...globals.browser } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(BROWSER_GLOBALS, 'Components get data and callbacks as props; the entrypoint talks to the browser'),
      ],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', ...BROWSER_LAYER],
    languageOptions: { globals: { ...globals.es2024, ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.es2024, ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
