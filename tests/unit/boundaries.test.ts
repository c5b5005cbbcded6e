// @vitest-environment node
/**
 * The layering of docs/architecture.md is enforced by `npm run lint` (eslint.config.js and
 * tsconfig.core.json). These tests lint deliberately wrong snippets through ESLint's API and the
 * TypeScript compiler, so that a rule that stops firing (a typo in a glob, a folder renamed, a
 * plugin that no longer resolves a path) fails here instead of silently letting every import through.
 */
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/** The project's lint config without type information: boundaries need paths, not types, and this keeps the test fast. */
const untyped = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

/** The rule ids an untyped lint of `code`, as if it were the file at `filePath`, reports. */
async function rulesFiring(filePath: string, code: string): Promise<string[]> {
  const [result] = await untyped.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A parse error would make every "no finding" below meaningless.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => m.ruleId ?? '');
}

const PATHS = 'import-x/no-restricted-paths';
const GLOBALS = 'no-restricted-globals';

// Loading ESLint, its plugins and the resolver takes seconds on a busy machine: no speed is judged here.
describe('layering rules', { timeout: 60_000 }, () => {
  it.each([
    ['utils/new-module.ts', "import { collectText } from './dom/page-text';\nexport const x = collectText;\n"],
    ['utils/i18n/new-module.ts', "import { loadSettings } from '../browser/settings-storage';\nexport const x = loadSettings;\n"],
    ['utils/new-folder/deep.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"],
    ['utils/new-module.ts', "import { storage } from 'wxt/utils/storage';\nexport const x = storage;\n"],
    ['utils/new-module.ts', "import { h } from 'preact';\nexport const x = h;\n"],
    ['utils/new-module.ts', "import { useState } from 'preact/hooks';\nexport const x = useState;\n"],
    ['utils/new-module.ts', "import { openDB } from 'idb';\nexport const x = openDB;\n"],
    ['utils/new-module.ts', "import { Popup } from '../components/Popup';\nexport const x = Popup;\n"],
    ['utils/new-module.ts', "import { collectText } from '@/utils/dom/page-text';\nexport const x = collectText;\n"],
  ])('keeps the pure core (%s) free of the page, the browser and the UI', async (file, code) => {
    expect(await rulesFiring(file, code)).toContain(PATHS);
  });

  it.each([
    'document.title',
    'window.name',
    'navigator.language',
    'location.href',
    'globalThis.name',
    'browser.runtime.id',
    'chrome.runtime.id',
  ])('keeps page and browser globals (%s) out of the pure core', async (expression) => {
    expect(await rulesFiring('utils/new-module.ts', `export const x = () => ${expression};\n`)).toContain(GLOBALS);
    expect(await rulesFiring('utils/i18n/new-module.ts', `export const x = () => ${expression};\n`)).toContain(GLOBALS);
  });

  it('lets the pure core import the pure core, and use what the language itself has', async () => {
    const code =
      "import { aliasText } from './topics';\nexport const x = (a: string) => aliasText(a) + JSON.stringify(new Map()) + String(new TextEncoder());\n";
    expect(await rulesFiring('utils/new-module.ts', code)).toEqual([]);
  });

  it('keeps utils/dom on the Document it is given, away from the browser layer and WXT', async () => {
    expect(
      await rulesFiring(
        'utils/dom/new-module.ts',
        "import { loadSettings } from '../browser/settings-storage';\nexport const x = loadSettings;\n",
      ),
    ).toContain(PATHS);
    expect(await rulesFiring('utils/dom/new-module.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n")).toContain(
      PATHS,
    );
    expect(await rulesFiring('utils/dom/new-module.ts', 'export const title = () => document.title;\n')).toContain(GLOBALS);
    expect(await rulesFiring('utils/dom/new-module.ts', 'export const title = (doc: Document) => doc.title;\n')).toEqual([]);
  });

  it('keeps components away from the entrypoints and the browser', async () => {
    expect(
      await rulesFiring('components/New.tsx', "import background from '../entrypoints/background';\nexport const x = background;\n"),
    ).toContain(PATHS);
    expect(
      await rulesFiring('components/options/New.tsx', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"),
    ).toContain(PATHS);
    expect(await rulesFiring('components/New.tsx', 'export const x = () => browser.runtime.id;\n')).toContain(GLOBALS);
  });

  it.each([
    "import Fuse from 'fuse.js';\nexport const x = Fuse;\n",
    "import { openDB } from 'idb';\nexport const x = openDB;\n",
    "import { createSearcher } from '../../utils/search';\nexport const x = createSearcher;\n",
    "import { buildCandidateIndex } from '../../utils/search-candidates';\nexport const x = buildCandidateIndex;\n",
    "import index from '../../data/commentary.json';\nexport const x = index;\n",
    "import { BUNDLED } from '../../utils/browser/imported';\nexport const x = BUNDLED;\n",
    "import { pagesCatalogs } from '../../utils/i18n/pages';\nexport const x = pagesCatalogs;\n",
    "import { Options } from '../../components/Options';\nexport const x = Options;\n",
    // The card's rendering is injected on the first card (entrypoints/card), never bundled here.
    "import { render } from 'preact';\nexport const x = render;\n",
    "import { BriefCard } from '../../components/BriefCard';\nexport const x = BriefCard;\n",
    "import { cardCatalogs } from '../../utils/i18n/card';\nexport const x = cardCatalogs;\n",
    "import { CardContainer } from '../card/container';\nexport const x = CardContainer;\n",
  ])('keeps the content script small: refuses %s', async (code) => {
    expect(await rulesFiring('entrypoints/content/new-module.ts', code)).toContain(PATHS);
  });

  it('lets the content script take the card contract', async () => {
    expect(
      await rulesFiring(
        'entrypoints/content/new-module.ts',
        "import { CARD_API_KEY, type CardApi } from '../../components/card-api';\nexport const x: [symbol, CardApi?] = [CARD_API_KEY];\n",
      ),
    ).toEqual([]);
  });

  it('lets the content script take the brief types, not the ranker', async () => {
    expect(
      await rulesFiring(
        'entrypoints/content/new-module.ts',
        "import { createRanker } from '../../utils/brief';\nexport const x = createRanker;\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await rulesFiring(
        'entrypoints/content/new-module.ts',
        "import type { Excerpt } from '../../utils/brief';\nexport type X = Excerpt;\n",
      ),
    ).toEqual([]);
  });

  it('keeps entrypoints from importing each other', async () => {
    expect(
      await rulesFiring(
        'entrypoints/popup/new-module.ts',
        "import { PageScanner } from '../content/scanner';\nexport const x = PageScanner;\n",
      ),
    ).toContain(PATHS);
    expect(await rulesFiring('entrypoints/content/new-module.ts', "import { x } from '../popup/main';\nexport const y = x;\n")).toContain(
      PATHS,
    );
  });

  it('applies the hooks rules to Preact components', async () => {
    const code = [
      "import { useEffect, useState } from 'preact/hooks';",
      'export function Counter({ on, step }: { on: boolean; step: number }) {',
      '  if (!on) return null;',
      '  const [n, setN] = useState(0);',
      '  useEffect(() => setN(n + step), [n]);',
      '  return <b>{n}</b>;',
      '}',
      '',
    ].join('\n');
    const rules = await rulesFiring('components/Counter.tsx', code);
    expect(rules).toContain('react-hooks/rules-of-hooks');
    expect(rules).toContain('react-hooks/exhaustive-deps');
  });

  it('finds an import cycle', async () => {
    // topics.ts is imported by settings.ts; importing settings back from topics closes a cycle.
    const code = "import { DEFAULT_SETTINGS } from './settings';\nexport const x = DEFAULT_SETTINGS;\n";
    expect(await rulesFiring('utils/topics.ts', code)).toContain('import-x/no-cycle');
  });
});

describe('type-checked rules', { timeout: 120_000 }, () => {
  it('reports a promise left floating, even behind `void`', async () => {
    const typed = new ESLint();
    // An existing file's path, so that the TypeScript project knows it; the text linted is this one.
    const code = 'async function load(): Promise<number> {\n  return 1;\n}\nvoid load();\nload().catch(() => undefined);\n';
    const [result] = await typed.lintText(code, { filePath: 'utils/search-results.ts' });
    const floating = result?.messages.filter((m) => m.ruleId === '@typescript-eslint/no-floating-promises') ?? [];
    expect(floating.map((m) => m.line)).toEqual([4]);
  });
});

describe('core type-check (tsconfig.core.json)', { timeout: 60_000 }, () => {
  /** Diagnostics of the core config for one extra in-memory file under utils/. */
  function coreDiagnostics(code: string): string[] {
    const { config } = ts.readConfigFile('tsconfig.core.json', (path) => readFileSync(path, 'utf8'));
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd());
    const probe = `${process.cwd()}/utils/__core_probe__.ts`;
    const host = ts.createCompilerHost(parsed.options);
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.fileExists = (path) => path === probe || ts.sys.fileExists(path);
    host.readFile = (path) => (path === probe ? code : readFile(path));
    host.getSourceFile = (path, language) => (path === probe ? ts.createSourceFile(path, code, language) : getSourceFile(path, language));
    const program = ts.createProgram({ rootNames: [probe, `${process.cwd()}/types/core-runtime.d.ts`], options: parsed.options, host });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }

  it('has no DOM or browser types in the core', () => {
    expect(coreDiagnostics('export const f = (n: Node) => n;\n').join('\n')).toMatch(/Cannot find name 'Node'/);
    expect(coreDiagnostics('export const f = () => setTimeout;\n').join('\n')).toMatch(/Cannot find name 'setTimeout'/);
    expect(coreDiagnostics("export const f = () => new TextEncoder().encode('x').length + [1].at(0)!;\n")).toEqual([]);
  });
});
