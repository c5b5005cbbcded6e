/**
 * The reader's settings as data: their shape, defaults, migrations from every earlier schema,
 * and the topics they switch on. Pure; `utils/browser/settings-storage.ts` persists them.
 */
import { hostMatches } from './sites';
import { DEFAULT_TOPICS, type Topic } from './topics';

/** Where the content script runs, among the pages it is allowed on. */
export interface SiteSettings {
  /** `all`: every page the extension may read; `allowList`: only sites in `allow`. */
  mode: 'all' | 'allowList';
  /** Host patterns (`example.com`, `*.example.com`) used in `allowList` mode. */
  allow: string[];
  /** Host patterns where the extension stays off ("Pause on this site"). Wins over `allow`. */
  deny: string[];
}

export interface DisplaySettings {
  highlightStyle: 'underline' | 'background' | 'none';
  /** Also mark mentions in navigation, asides, share bars and comments. */
  includeFurniture: boolean;
  /** `hover`: resting the pointer on a mention opens its card too; a click always does. */
  cardTrigger: 'click' | 'hover';
  /** Excerpts per card, 1–5. */
  maxExcerpts: number;
}

export type UiLanguage = 'auto' | 'en' | 'ja';

export interface Settings {
  /** Ids of topics the reader switched off. */
  disabledTopicIds: string[];
  /** Topics the reader added. */
  customTopics: Topic[];
  sites: SiteSettings;
  display: DisplaySettings;
  /** `auto` follows the browser. */
  language: UiLanguage;
}

/** The first schema (0.1.0): topics only. */
export interface SettingsV1 {
  disabledTopicIds: string[];
  customTopics: Topic[];
}

export const SETTINGS_VERSION = 2;
export const MAX_EXCERPTS = 5;

export const DEFAULT_SETTINGS: Settings = {
  disabledTopicIds: [],
  customTopics: [],
  sites: { mode: 'all', allow: [], deny: [] },
  display: { highlightStyle: 'background', includeFurniture: false, cardTrigger: 'click', maxExcerpts: 3 },
  language: 'auto',
};

/** Migrations pass anything but an object through unchanged, for validation to name. */
const isRecord = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Ordered migrations: entry `n` turns a version `n - 1` value into version `n`. Reading stored
 * settings and settings import both run them (in memory: what is stored changes only when the
 * reader saves), so an old export migrates like old stored settings.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    if (!isRecord(old)) return old;
    const v1 = old as Partial<SettingsV1>;
    return { ...DEFAULT_SETTINGS, disabledTopicIds: v1.disabledTopicIds ?? [], customTopics: v1.customTopics ?? [] };
  },
};

/** Runs the migrations from `fromVersion` up to the current schema. */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let migrated = value;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v += 1) migrated = SETTINGS_MIGRATIONS[v]!(migrated);
  return migrated;
}

/** Every topic, built-in then custom, each with whether it is enabled. */
export function allTopics(settings: Settings): Array<{ topic: Topic; enabled: boolean; builtin: boolean }> {
  const disabled = new Set(settings.disabledTopicIds);
  return [
    ...DEFAULT_TOPICS.map((topic) => ({ topic, enabled: !disabled.has(topic.id), builtin: true })),
    ...settings.customTopics.map((topic) => ({ topic, enabled: !disabled.has(topic.id), builtin: false })),
  ];
}

/** The topics the matcher and briefs use. */
export function enabledTopics(settings: Settings): Topic[] {
  return allTopics(settings).flatMap((t) => (t.enabled ? [t.topic] : []));
}

/** Settings with one topic switched on or off. */
export function withTopicEnabled(settings: Settings, topicId: string, enabled: boolean): Settings {
  const disabled = settings.disabledTopicIds.filter((id) => id !== topicId);
  return { ...settings, disabledTopicIds: enabled ? disabled : [...disabled, topicId] };
}

/** Settings with a custom topic added, or replaced when one with its id exists. */
export function withCustomTopic(settings: Settings, topic: Topic): Settings {
  const exists = settings.customTopics.some((t) => t.id === topic.id);
  return {
    ...settings,
    customTopics: exists ? settings.customTopics.map((t) => (t.id === topic.id ? topic : t)) : [...settings.customTopics, topic],
  };
}

/** Settings without a custom topic (and without its enabled flag). */
export function withoutCustomTopic(settings: Settings, topicId: string): Settings {
  return {
    ...settings,
    customTopics: settings.customTopics.filter((t) => t.id !== topicId),
    disabledTopicIds: settings.disabledTopicIds.filter((id) => id !== topicId),
  };
}

/**
 * Built-in topics all switched back on. The reader's own topics are kept (and keep their
 * on/off state) unless `dropCustom` asks to remove them too.
 */
export function withDefaultsRestored(settings: Settings, dropCustom = false): Settings {
  if (dropCustom) return { ...settings, customTopics: [], disabledTopicIds: [] };
  const custom = new Set(settings.customTopics.map((t) => t.id));
  return { ...settings, disabledTopicIds: settings.disabledTopicIds.filter((id) => custom.has(id)) };
}

/** Whether the reader wants the extension on `host`: not paused there, and allowed in allow-list mode. */
export function isSiteActive(settings: Settings, host: string): boolean {
  const { mode, allow, deny } = settings.sites;
  if (deny.some((p) => hostMatches(host, p))) return false;
  return mode === 'all' || allow.some((p) => hostMatches(host, p));
}

/** Settings with the extension paused (`active` false) or resumed on `host`. */
export function withSiteActive(settings: Settings, host: string, active: boolean): Settings {
  const site = host.replace(/^www\./, '');
  const deny = settings.sites.deny.filter((p) => !hostMatches(host, p));
  const allow = settings.sites.allow.filter((p) => p !== site);
  return {
    ...settings,
    sites: {
      ...settings.sites,
      deny: active ? deny : [...deny, site],
      allow: active && settings.sites.mode === 'allowList' ? [...allow, site] : settings.sites.allow,
    },
  };
}
