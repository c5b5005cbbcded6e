import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, updateSettings } from '../../utils/browser/settings-storage';
import {
  DEFAULT_SETTINGS,
  isSiteActive,
  migrateSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  withSiteActive,
  type Settings,
  type SettingsV1,
} from '../../utils/settings';
import { exportSettings, parseSettingsFile, validateSettings, validateTopic } from '../../utils/settings-validation';
import { normalizeSitePattern } from '../../utils/sites';
import { DEFAULT_TOPICS, type Topic } from '../../utils/topics';

const v1: SettingsV1 = {
  disabledTopicIds: ['putin'],
  customTopics: [{ id: 'custom-aukus', label: { en: 'AUKUS', ja: 'AUKUS' }, aliases: ['AUKUS'], color: 3 }],
};
const topic = (aliases: Topic['aliases'], extra: Partial<Topic> = {}): Topic => ({
  id: 'custom-x',
  label: { en: 'X', ja: '' },
  aliases,
  color: 0,
  ...extra,
});
const codes = (t: Topic) => validateTopic(t, DEFAULT_TOPICS).map((p) => `${p.severity}:${p.code}:${p.path}`);

describe('settings migrations', () => {
  it('has one migration per version, in order, from the first schema', () => {
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
  });

  it('1 → 2 keeps topics and adds site, display and language defaults', () => {
    expect(migrateSettings(v1, 1)).toEqual({ ...DEFAULT_SETTINGS, ...v1 });
    expect(validateSettings(migrateSettings(v1, 1))).toHaveProperty('settings');
  });

  beforeEach(() => fakeBrowser.reset());

  it('migrates settings stored by version 1 (no version metadata) when read', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...v1 });
    // Migrated in memory: the stored value changes when the reader saves.
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({ settings: v1 });
  });

  it('migrates settings stored with version 1 metadata', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    expect((await loadSettings()).sites).toEqual(DEFAULT_SETTINGS.sites);
  });
});

describe('topic validation', () => {
  it('accepts a well-formed topic', () => {
    expect(codes(topic(['AUKUS', 'オーカス'], { exclusions: ['AUKUS-style'] }))).toEqual([]);
  });

  it('names empty, repeated, shared and too-common aliases', () => {
    expect(codes(topic(['Senkaku', ' ', 'senkaku', 'Taliban', 'the', 'ab', 'AB', '日']))).toEqual([
      'error:alias_empty:topic.aliases[1]',
      'error:alias_repeated:topic.aliases[2]',
      'warning:alias_shared:topic.aliases[3]',
      'warning:alias_too_common:topic.aliases[4]',
      'warning:alias_too_common:topic.aliases[5]',
      'error:alias_repeated:topic.aliases[6]',
      'warning:alias_too_common:topic.aliases[7]',
    ]);
    expect(codes(topic([{ text: 'ab', caseSensitive: true }]))).toEqual([]);
  });

  it('names a missing name, no aliases, an exclusion that never applies, a bad colour', () => {
    expect(codes({ id: 'custom-y', label: { en: ' ', ja: '' }, aliases: [], exclusions: ['', 'Pakistani'], color: 12 })).toEqual([
      'error:label_empty:topic.label.en',
      'error:aliases_none:topic.aliases',
      'error:exclusion_empty:topic.exclusions[0]',
      'warning:exclusion_unused:topic.exclusions[1]',
      'error:color_invalid:topic.color',
    ]);
  });
});

describe('sites', () => {
  it('normalises what readers paste and refuses what is not one site', () => {
    expect(normalizeSitePattern('https://www.Example.com/*')).toEqual({ pattern: 'example.com' });
    expect(normalizeSitePattern('*.nikkei.com')).toEqual({ pattern: 'nikkei.com' });
    expect(normalizeSitePattern('localhost')).toEqual({ pattern: 'localhost' });
    expect(normalizeSitePattern('')).toEqual({ problem: 'site_empty' });
    expect(normalizeSitePattern('example.com:8080')).toEqual({ problem: 'site_port' });
    expect(normalizeSitePattern('example.com/news')).toEqual({ problem: 'site_path' });
    expect(normalizeSitePattern('*')).toEqual({ problem: 'site_too_broad' });
    expect(normalizeSitePattern('not a site')).toEqual({ problem: 'site_invalid' });
    expect(normalizeSitePattern('intranet')).toEqual({ problem: 'site_invalid' });
  });

  it('pauses and resumes a site, in both modes', () => {
    const paused = withSiteActive(DEFAULT_SETTINGS, 'www.bbc.com', false);
    expect(paused.sites.deny).toEqual(['bbc.com']);
    expect(isSiteActive(paused, 'www.bbc.com')).toBe(false);
    expect(isSiteActive(paused, 'news.bbc.com')).toBe(false);
    expect(isSiteActive(paused, 'www.cnn.com')).toBe(true);
    expect(isSiteActive(withSiteActive(paused, 'www.bbc.com', true), 'www.bbc.com')).toBe(true);
    const allowList: Settings = { ...DEFAULT_SETTINGS, sites: { mode: 'allowList', allow: ['nhk.or.jp'], deny: [] } };
    expect(isSiteActive(allowList, 'www3.nhk.or.jp')).toBe(true);
    expect(isSiteActive(allowList, 'www.bbc.com')).toBe(false);
    expect(isSiteActive(withSiteActive(allowList, 'www.bbc.com', true), 'www.bbc.com')).toBe(true);
  });
});

describe('settings files', () => {
  const file = (settings: unknown, version = SETTINGS_VERSION, format = 'jfir-briefs-settings') =>
    JSON.stringify({ format, version, settings });
  const problemsOf = (text: string) => {
    const result = parseSettingsFile(text);
    return 'problems' in result ? result.problems.map((p) => `${p.code}@${p.path}`) : [];
  };

  it('refuses bad files, naming the field', () => {
    expect(problemsOf('{"format": ')).toEqual(['file_not_json@file']);
    expect(problemsOf('[]')).toEqual(['file_not_settings@file']);
    expect(problemsOf(file(DEFAULT_SETTINGS, 9))).toEqual(['file_version_newer@version']);
    expect(problemsOf(file(DEFAULT_SETTINGS, 0))).toEqual(['expected_integer@version']);
    expect(problemsOf(file({ ...DEFAULT_SETTINGS, language: 'fr' }))).toEqual(['value_unknown@settings.language']);
    expect(problemsOf(file({ ...DEFAULT_SETTINGS, sites: { mode: 'all', allow: [], deny: ['bbc.com/news'] } }))).toEqual([
      'site_path@settings.sites.deny[0]',
    ]);
    expect(
      problemsOf(file({ ...DEFAULT_SETTINGS, customTopics: [{ id: 'taliban', label: { en: 'T', ja: '' }, aliases: ['x1'], color: 0 }] })),
    ).toEqual(['id_duplicate@settings.customTopics[0].id']);
    expect(
      problemsOf(file({ ...DEFAULT_SETTINGS, customTopics: [{ id: 'a', label: { en: 'T' }, aliases: 'Taliban', color: 0 }] })),
    ).toEqual(['expected_text@settings.customTopics[0].label.ja', 'expected_list@settings.customTopics[0].aliases']);
    expect(problemsOf('x'.repeat(600 * 1024))).toEqual(['file_too_large@file']);
  });

  it('migrates a version 1 file', () => {
    expect(parseSettingsFile(file(v1, 1))).toEqual({ settings: { ...DEFAULT_SETTINGS, ...v1 }, warnings: [] });
  });

  const word = fc.stringMatching(/^[A-Z][a-z]{3,9}$/);
  const host = fc.constantFrom('example.com', 'nhk.or.jp', 'news.example.org', 'localhost', 'bbc.co.uk');
  const customTopic = (i: number) =>
    fc.record({
      id: fc.constant(`custom-${i}`),
      label: fc.record({ en: word, ja: fc.constantFrom('', 'トピック', '尖閣諸島') }),
      aliases: fc.uniqueArray(fc.oneof(word, fc.record({ text: word, caseSensitive: fc.boolean() })), {
        minLength: 1,
        maxLength: 5,
        selector: (a) => (typeof a === 'string' ? a : a.text).toLowerCase(),
      }),
      color: fc.integer({ min: 0, max: 11 }),
    });
  const settings: fc.Arbitrary<Settings> = fc.record({
    disabledTopicIds: fc.uniqueArray(fc.constantFrom(...DEFAULT_TOPICS.map((t) => t.id)), { maxLength: 4 }),
    customTopics: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => customTopic(i)))),
    sites: fc.record({
      mode: fc.constantFrom('all' as const, 'allowList' as const),
      allow: fc.uniqueArray(host),
      deny: fc.uniqueArray(host),
    }),
    display: fc.record({
      highlightStyle: fc.constantFrom('underline' as const, 'background' as const, 'none' as const),
      includeFurniture: fc.boolean(),
      cardTrigger: fc.constantFrom('click' as const, 'hover' as const),
      maxExcerpts: fc.integer({ min: 1, max: 5 }),
    }),
    language: fc.constantFrom('auto' as const, 'en' as const, 'ja' as const),
  });

  it('export → import is the identity for any valid settings', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const result = parseSettingsFile(exportSettings(s));
        expect(result).toHaveProperty('settings');
        expect((result as { settings: Settings }).settings).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());
  const many = (n: number): Settings => ({
    ...DEFAULT_SETTINGS,
    customTopics: Array.from({ length: n }, (_, i) => ({
      id: `custom-${i}`,
      label: { en: `Topic number ${i}`, ja: '' },
      aliases: [`Alias number ${i} one`, `Alias number ${i} two`, `Alias number ${i} three`],
      color: i % 12,
    })),
  });

  it('syncs normal settings', async () => {
    expect(await updateSettings((s) => ({ ...s, disabledTopicIds: ['putin'] }))).toEqual({ saved: 'sync' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ disabledTopicIds: ['putin'] });
  });

  it('keeps settings too large for sync on this device, and goes back to sync when they shrink', async () => {
    const outcome = await updateSettings(() => many(60));
    expect(outcome).toMatchObject({ saved: 'local', reason: 'too_large' });
    expect((await loadSettings()).customTopics).toHaveLength(60);
    expect((await fakeBrowser.storage.local.get('settingsArea')).settingsArea).toBe('local');
    expect(await updateSettings(() => many(2))).toEqual({ saved: 'sync' });
    expect((await loadSettings()).customTopics).toHaveLength(2);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });

  it('falls back to this device when sync refuses a write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await updateSettings((s) => ({ ...s, language: 'ja' }))).toMatchObject({ saved: 'local', reason: 'sync_refused' });
    expect((await loadSettings()).language).toBe('ja');
    vi.restoreAllMocks();
  });

  it('writes nothing when local storage refuses too', async () => {
    await updateSettings((s) => ({ ...s, language: 'en' }));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await updateSettings((s) => ({ ...s, language: 'ja' }))).toEqual({ saved: false, storageError: 'QUOTA_BYTES quota exceeded' });
    vi.restoreAllMocks();
    expect((await loadSettings()).language).toBe('en');
    expect((await fakeBrowser.storage.local.get('settingsArea')).settingsArea ?? 'sync').toBe('sync');
  });

  it('refuses invalid settings without writing', async () => {
    const outcome = await updateSettings((s) => ({ ...s, customTopics: [topic([])] }));
    expect(outcome).toMatchObject({ saved: false, problems: [{ code: 'aliases_none' }] });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('loses neither of two changes made at once (two options pages)', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, disabledTopicIds: [...s.disabledTopicIds, 'putin'] })),
      updateSettings((s) => ({ ...s, language: 'ja' })),
      updateSettings((s) => ({ ...s, disabledTopicIds: [...s.disabledTopicIds, 'taliban'] })),
    ]);
    expect(await loadSettings()).toMatchObject({ disabledTopicIds: ['putin', 'taliban'], language: 'ja' });
  });
});
