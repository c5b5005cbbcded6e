/**
 * Checks what a reader typed or imported before anything is stored, naming the exact field and
 * problem. Problems carry a code and arguments; the UI words them in the reader's language.
 * Pure.
 */
import { foldWidth } from './matcher';
import { MAX_EXCERPTS, migrateSettings, SETTINGS_VERSION, type Settings } from './settings';
import { normalizeSitePattern, type SiteProblem } from './sites';
import { aliasSpec, aliasText, DEFAULT_TOPICS, hasWordCharacter, PALETTE_SIZE, topicLabel, type Alias, type Topic } from './topics';

export type ProblemCode =
  | 'label_empty'
  | 'text_too_long'
  | 'aliases_none'
  | 'alias_empty'
  | 'alias_no_word'
  | 'alias_repeated'
  | 'alias_shared'
  | 'alias_too_common'
  | 'exclusion_empty'
  | 'exclusion_unused'
  | 'too_many'
  | 'id_invalid'
  | 'id_duplicate'
  | 'color_invalid'
  | 'expected_text'
  | 'expected_boolean'
  | 'expected_list'
  | 'expected_object'
  | 'expected_integer'
  | 'expected_excerpts'
  | 'value_unknown'
  | 'file_too_large'
  | 'file_not_json'
  | 'file_not_settings'
  | 'file_version_newer'
  | 'stored_version_newer'
  | 'stored_version_invalid'
  | 'storage_unreadable'
  | SiteProblem;

export interface Problem {
  /** Where: a JSON path such as `settings.customTopics[2].aliases[0]`. */
  path: string;
  code: ProblemCode;
  args: string[];
  /** Errors stop a save or an import; warnings ask the reader to confirm. */
  severity: 'error' | 'warning';
}

export const LIMITS = {
  fileBytes: 512 * 1024,
  customTopics: 100,
  aliases: 200,
  exclusions: 50,
  textLength: 100,
  sites: 500,
} as const;

/** Words that would mark half of any page. */
const COMMON_WORDS = new Set(
  'a an the of and or to in on at by for with as is are was be it its this that from not but all new news one two'.split(' '),
);

/** An error at `path`. */
export const error = (path: string, code: ProblemCode, ...args: string[]): Problem => ({ path, code, args, severity: 'error' });
const warning = (path: string, code: ProblemCode, ...args: string[]): Problem => ({ path, code, args, severity: 'warning' });

/** Case- and width-insensitive key for comparing aliases. */
const aliasKey = (text: string) => foldWidth(text).text.trim().toLowerCase();

/** Whether an alias would match almost everything: a common word, one letter, or one CJK character. */
export function isTooCommon(alias: Alias): boolean {
  const { text, caseSensitive } = aliasSpec(alias);
  const key = aliasKey(text);
  if (COMMON_WORDS.has(key)) return true;
  if ([...key].length === 1) return true;
  return /^[a-z]{2}$/.test(key) && !caseSensitive && text === text.toLowerCase();
}

/**
 * Problems of one topic, judged against the other topics the reader has (built-in and custom).
 * `path` prefixes each problem's location.
 */
export function validateTopic(topic: Topic, others: readonly Topic[], path = 'topic'): Problem[] {
  const problems: Problem[] = [];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(topic.id)) problems.push(error(`${path}.id`, 'id_invalid', topic.id));
  if (!topic.label.en.trim()) problems.push(error(`${path}.label.en`, 'label_empty'));
  for (const lang of ['en', 'ja'] as const) {
    if (topic.label[lang].length > LIMITS.textLength)
      problems.push(error(`${path}.label.${lang}`, 'text_too_long', String(LIMITS.textLength)));
  }
  if (topic.aliases.length === 0) problems.push(error(`${path}.aliases`, 'aliases_none'));
  if (topic.aliases.length > LIMITS.aliases) problems.push(error(`${path}.aliases`, 'too_many', String(LIMITS.aliases)));
  const owners = new Map<string, Topic>();
  for (const other of others) {
    if (other.id === topic.id) continue;
    for (const a of other.aliases) if (!owners.has(aliasKey(aliasText(a)))) owners.set(aliasKey(aliasText(a)), other);
  }
  const seen = new Set<string>();
  topic.aliases.forEach((alias, i) => {
    const at = `${path}.aliases[${i}]`;
    const text = aliasText(alias);
    const key = aliasKey(text);
    if (!key) return problems.push(error(at, 'alias_empty', String(i + 1)));
    if (!hasWordCharacter(key)) return problems.push(error(at, 'alias_no_word', text));
    if (text.length > LIMITS.textLength) return problems.push(error(at, 'text_too_long', String(LIMITS.textLength)));
    if (seen.has(key)) return problems.push(error(at, 'alias_repeated', text));
    seen.add(key);
    const owner = owners.get(key);
    if (owner) problems.push(warning(at, 'alias_shared', text, topicLabel(owner, 'en')));
    if (isTooCommon(alias)) problems.push(warning(at, 'alias_too_common', text));
    return undefined;
  });
  const exclusions = topic.exclusions ?? [];
  if (exclusions.length > LIMITS.exclusions) problems.push(error(`${path}.exclusions`, 'too_many', String(LIMITS.exclusions)));
  exclusions.forEach((phrase, i) => {
    const at = `${path}.exclusions[${i}]`;
    const key = aliasKey(phrase);
    if (!key) problems.push(error(at, 'exclusion_empty', String(i + 1)));
    else if (phrase.length > LIMITS.textLength) problems.push(error(at, 'text_too_long', String(LIMITS.textLength)));
    else if (!topic.aliases.some((a) => key.includes(aliasKey(aliasText(a))))) problems.push(warning(at, 'exclusion_unused', phrase));
  });
  if (!Number.isInteger(topic.color) || topic.color < 0 || topic.color >= PALETTE_SIZE)
    problems.push(error(`${path}.color`, 'color_invalid', String(PALETTE_SIZE - 1)));
  return problems;
}

// ---- Shape checks for data from outside (imports, old storage) ----

/** Checks one value at `path`, adding what is wrong to `problems`; true when it passes. */
export type Check = (value: unknown, path: string, problems: Problem[]) => boolean;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function expect(code: ProblemCode, ok: (v: unknown) => boolean, ...args: string[]): Check {
  return (value, path, problems) => {
    if (ok(value)) return true;
    problems.push(error(path, code, ...args));
    return false;
  };
}

export const isString = expect('expected_text', (v) => typeof v === 'string');
const isBoolean = expect('expected_boolean', (v) => typeof v === 'boolean');

export function oneOf(values: readonly string[]): Check {
  return (value, path, problems) => {
    if (typeof value === 'string' && values.includes(value)) return true;
    problems.push(error(path, 'value_unknown', values.join(', ')));
    return false;
  };
}

function arrayOf(item: Check, max: number): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return expect('expected_list', () => false)(value, path, problems);
    if (value.length > max) {
      problems.push(error(path, 'too_many', String(max)));
      return false;
    }
    return value.map((v, i) => item(v, `${path}[${i}]`, problems)).every(Boolean);
  };
}

function objectOf(fields: Record<string, Check>, optional: readonly string[] = []): Check {
  return (value, path, problems) => {
    if (!isObject(value)) return expect('expected_object', () => false)(value, path, problems);
    return Object.entries(fields)
      .map(([key, check]) => (optional.includes(key) && value[key] === undefined) || check(value[key], `${path}.${key}`, problems))
      .every(Boolean);
  };
}

const aliasShape: Check = (value, path, problems) =>
  typeof value === 'string' ||
  objectOf({ text: isString, caseSensitive: isBoolean, substring: isBoolean }, ['caseSensitive', 'substring'])(value, path, problems);

export const topicShape = objectOf(
  {
    id: isString,
    label: objectOf({ en: isString, ja: isString }),
    aliases: arrayOf(aliasShape, LIMITS.aliases),
    exclusions: arrayOf(isString, LIMITS.exclusions),
    color: expect('expected_integer', (v) => Number.isInteger(v)),
  },
  ['exclusions'],
);

export const sitePattern: Check = (value, path, problems) => {
  if (!isString(value, path, problems)) return false;
  const normalized = normalizeSitePattern(value as string);
  if ('pattern' in normalized) return true;
  problems.push(error(path, normalized.problem, value as string));
  return false;
};

export const displayChecks = {
  highlightStyle: oneOf(['underline', 'background', 'none']),
  includeFurniture: isBoolean,
  cardTrigger: oneOf(['click', 'hover']),
  maxExcerpts: expect(
    'expected_excerpts',
    (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_EXCERPTS,
    String(MAX_EXCERPTS),
  ),
};

const settingsShape = objectOf({
  disabledTopicIds: arrayOf(isString, LIMITS.customTopics + DEFAULT_TOPICS.length),
  customTopics: arrayOf(topicShape, LIMITS.customTopics),
  sites: objectOf({
    mode: oneOf(['all', 'allowList']),
    allow: arrayOf(sitePattern, LIMITS.sites),
    deny: arrayOf(sitePattern, LIMITS.sites),
  }),
  display: objectOf(displayChecks),
  language: oneOf(['auto', 'en', 'ja']),
});

/**
 * Checks a value claimed to be current-schema settings: shape, then each custom topic's content
 * (against the built-in and other custom topics), duplicate ids and site entries. Warnings
 * (shared or very common aliases) do not make it invalid.
 */
export function validateSettings(value: unknown, path = 'settings'): { settings: Settings; warnings: Problem[] } | { problems: Problem[] } {
  const problems: Problem[] = [];
  if (!settingsShape(value, path, problems)) return { problems };
  const settings = value as Settings;
  const ids = new Set(DEFAULT_TOPICS.map((t) => t.id));
  settings.customTopics.forEach((topic, i) => {
    const at = `${path}.customTopics[${i}]`;
    if (ids.has(topic.id)) problems.push(error(`${at}.id`, 'id_duplicate', topic.id));
    ids.add(topic.id);
    const others = [...DEFAULT_TOPICS, ...settings.customTopics.filter((t) => t !== topic)];
    problems.push(...validateTopic(topic, others, at));
  });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) return { problems: errors };
  return { settings: normalizeSites(settings), warnings: problems };
}

function normalizeSites(settings: Settings): Settings {
  const clean = (list: string[]) => [...new Set(list.map((s) => (normalizeSitePattern(s) as { pattern: string }).pattern))];
  return { ...settings, sites: { ...settings.sites, allow: clean(settings.sites.allow), deny: clean(settings.sites.deny) } };
}

// ---- Export and import ----

export const SETTINGS_FILE_FORMAT = 'jfir-briefs-settings';

/** The settings as the text of an export file. */
export function exportSettings(settings: Settings, exportedAt = new Date()): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: exportedAt.toISOString(), settings }, null, 2)}\n`;
}

/**
 * Reads an export file: checks size, JSON, format and version, migrates an older version, then
 * validates everything. Returns the settings to apply as a whole, or every problem found.
 */
export function parseSettingsFile(text: string): { settings: Settings; warnings: Problem[] } | { problems: Problem[] } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes)
    return { problems: [error('file', 'file_too_large', String(Math.ceil(bytes / 1024)), String(LIMITS.fileBytes / 1024))] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problems: [error('file', 'file_not_json', e instanceof Error ? e.message : String(e))] };
  }
  if (!isObject(data) || data.format !== SETTINGS_FILE_FORMAT) return { problems: [error('file', 'file_not_settings')] };
  const { version } = data;
  if (!Number.isInteger(version) || (version as number) < 1) return { problems: [error('version', 'expected_integer')] };
  if ((version as number) > SETTINGS_VERSION) return { problems: [error('version', 'file_version_newer', String(version))] };
  if (!isObject(data.settings)) return { problems: [error('settings', 'expected_object')] };
  const migrated = migrateSettings(data.settings, version as number);
  return validateSettings(migrated);
}
