/**
 * Stored settings are validated when read (issue 14): whatever another version or a damaged store
 * left, the extension runs on what can be read, else the last good copy, else the defaults, and
 * the stored value stays as it was until the reader saves. Also the alias rules.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings, resetSettings, updateSettings } from '../../utils/browser/settings-storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../utils/settings';
import { salvageSettings } from '../../utils/settings-salvage';
import { validateTopic } from '../../utils/settings-validation';
import { DEFAULT_TOPICS, hasWordCharacter, trimAliasText, type Topic } from '../../utils/topics';

const aukus: Topic = { id: 'custom-aukus', label: { en: 'AUKUS', ja: 'オーカス' }, aliases: ['AUKUS'], color: 3 };
const good: Settings = {
  ...DEFAULT_SETTINGS,
  disabledTopicIds: ['putin'],
  customTopics: [aukus],
  display: { ...DEFAULT_SETTINGS.display, highlightStyle: 'underline', maxExcerpts: 2 },
  language: 'ja',
};
const stored = async () => fakeBrowser.storage.sync.get(['settings', 'settings$']);
const store = (settings: unknown, version: unknown = SETTINGS_VERSION) =>
  fakeBrowser.storage.sync.set({ settings, settings$: { v: version } });
const paths = (problems: Array<{ path: string; code: string }>) => problems.map((p) => `${p.path}:${p.code}`);

beforeEach(() => fakeBrowser.reset());

describe('salvageSettings', () => {
  it('keeps every field that passes on its own and names each one that does not', () => {
    const broken = {
      ...good,
      disabledTopicIds: ['putin', 7, 'taliban'],
      display: { highlightStyle: 'glow', includeFurniture: 'yes', cardTrigger: 'hover', maxExcerpts: 4 },
      language: 42,
    };
    const { settings, problems } = salvageSettings(broken, DEFAULT_SETTINGS);
    expect(settings).toEqual({
      ...good,
      disabledTopicIds: ['putin', 'taliban'],
      display: { highlightStyle: 'background', includeFurniture: false, cardTrigger: 'hover', maxExcerpts: 4 },
      language: 'auto',
    });
    expect(paths(problems)).toEqual([
      'settings.disabledTopicIds[1]:expected_text',
      'settings.display.highlightStyle:value_unknown',
      'settings.display.includeFurniture:expected_boolean',
      'settings.language:value_unknown',
    ]);
  });

  it('fills missing parts from the base, and drops only the broken aliases of a topic', () => {
    const partial = { customTopics: [{ ...aukus, aliases: ['AUKUS', '--', 5] }, { id: 'bad' }], language: 'en' };
    const base = { ...DEFAULT_SETTINGS, disabledTopicIds: ['taliban'] };
    const { settings, problems } = salvageSettings(partial, base);
    // The alias 5 fails the topic's shape, so that topic goes; "--" alone would only lose itself.
    expect(settings.customTopics).toEqual([]);
    expect(settings.disabledTopicIds).toEqual(['taliban']);
    expect(settings.language).toBe('en');
    expect(paths(problems)).toContain('settings.disabledTopicIds:expected_list');
    expect(paths(problems)).toContain('settings.customTopics[0].aliases[2]:expected_object');
    expect(paths(problems)).toContain('settings.customTopics[1].label:expected_object');
    expect(paths(problems)).toContain('settings.sites:expected_object');

    const oneBadAlias = salvageSettings({ ...good, customTopics: [{ ...aukus, aliases: ['AUKUS', '--'] }] }, DEFAULT_SETTINGS);
    expect(oneBadAlias.settings.customTopics).toEqual([aukus]);
    expect(paths(oneBadAlias.problems)).toEqual(['settings.customTopics[0].aliases[1]:alias_no_word']);
  });

  it('gives the base for something that is not settings at all', () => {
    for (const junk of ['settings', 42, [good], true]) {
      expect(salvageSettings(junk, good)).toEqual({
        settings: good,
        problems: [{ path: 'settings', code: 'expected_object', args: [], severity: 'error' }],
      });
    }
  });
});

describe('reading stored settings', () => {
  it('reads valid settings as stored and keeps them as the last good copy', async () => {
    await store(good);
    expect(await readSettings()).toEqual({ settings: good, area: 'sync', source: 'stored', problems: [] });
    expect((await fakeBrowser.storage.local.get('settingsLastGood')).settingsLastGood).toEqual(good);
  });

  it('runs on what can be read of broken settings and leaves them stored as they are', async () => {
    const broken = { ...good, display: { ...good.display, maxExcerpts: 'three' }, sites: null };
    await store(broken);
    const read = await readSettings();
    expect(read.source).toBe('salvaged');
    expect(read.settings).toEqual({ ...good, display: { ...good.display, maxExcerpts: 3 }, sites: DEFAULT_SETTINGS.sites });
    expect(paths(read.problems)).toEqual(['settings.sites:expected_object', 'settings.display.maxExcerpts:expected_excerpts']);
    expect(await stored()).toEqual({ settings: broken, settings$: { v: SETTINGS_VERSION } });
  });

  it('falls back to the last good copy, field by field or whole', async () => {
    await store(good);
    await readSettings();
    await store({ ...good, language: 'klingon', customTopics: 'none' });
    const partly = await readSettings();
    expect(partly.settings).toEqual({ ...good, language: 'ja' });
    await store('{"disabledTopicIds": [');
    const whole = await readSettings();
    expect(whole).toMatchObject({ settings: good, source: 'lastGood' });
    expect((await stored()).settings).toBe('{"disabledTopicIds": [');
  });

  it('falls back to the defaults when there is no good copy', async () => {
    await store(17);
    expect(await readSettings()).toMatchObject({
      settings: DEFAULT_SETTINGS,
      source: 'defaults',
      problems: [{ path: 'settings', code: 'expected_object' }],
    });
  });

  it('reads what it can of a newer version and never writes it back to sync', async () => {
    const newer = { ...good, display: { ...good.display, highlightStyle: 'sparkle' }, futureField: { x: 1 } };
    await store(newer, SETTINGS_VERSION + 1);
    const read = await readSettings();
    expect(read.newerVersion).toBe(SETTINGS_VERSION + 1);
    expect(read.settings).toEqual({ ...good, display: { ...good.display, highlightStyle: 'background' } });
    expect(paths(read.problems)).toEqual(['settings$.v:stored_version_newer', 'settings.display.highlightStyle:value_unknown']);
    // The reader acts: the change is kept on this device, the newer settings stay in sync for their version.
    expect(await updateSettings((s) => ({ ...s, language: 'en' }))).toMatchObject({ saved: 'local', reason: 'sync_newer' });
    expect(await stored()).toEqual({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
    expect((await readSettings()).settings.language).toBe('en');
  });

  it('writes only when the reader resets, and then the value validates', async () => {
    await store({ display: 'broken' });
    await readSettings();
    expect((await stored()).settings).toEqual({ display: 'broken' });
    expect(await resetSettings()).toEqual({ saved: 'sync' });
    expect(await stored()).toEqual({ settings: DEFAULT_SETTINGS, settings$: { v: SETTINGS_VERSION } });
    expect((await readSettings()).problems).toEqual([]);
  });

  it('treats an unreadable version mark as a problem and still reads the value', async () => {
    await store(good, 'two');
    const read = await readSettings();
    expect(read.settings).toEqual(good);
    expect(paths(read.problems)).toEqual(['settings$.v:stored_version_invalid']);
  });
});

describe('alias rules', () => {
  it('refuses an alias with no letter or digit, with its text', () => {
    for (const text of ['--', '…', '—', '・・', '!!']) {
      const problems = validateTopic({ ...aukus, aliases: ['AUKUS', text] }, DEFAULT_TOPICS);
      expect(problems).toContainEqual({ path: 'topic.aliases[1]', code: 'alias_no_word', args: [text], severity: 'error' });
    }
    expect(validateTopic({ ...aukus, aliases: ['AUKUS', 'G7', 'オーカス', 'K-pop'] }, DEFAULT_TOPICS)).toEqual([]);
    expect(hasWordCharacter('７')).toBe(true);
  });

  it('trims separators at both ends and keeps those inside', () => {
    expect(trimAliasText('-Taliban ')).toBe('Taliban');
    expect(trimAliasText('—Haqqani network–')).toBe('Haqqani network');
    expect(trimAliasText('\u00a0K-pop\u2010')).toBe('K-pop');
    expect(trimAliasText('U.S.')).toBe('U.S.');
    expect(trimAliasText('--')).toBe('');
  });
});
