/**
 * Stored settings that fail validation, read as far as they safely can be: each field that passes
 * on its own is kept, the others come from a base (the last good copy, or the defaults), and every
 * problem names its field. Pure; `utils/browser/settings-storage.ts` decides what the base is.
 */
import type { Settings } from './settings';
import {
  displayChecks,
  error,
  isObject,
  isString,
  LIMITS,
  oneOf,
  sitePattern,
  topicShape,
  validateSettings,
  validateTopic,
  type Check,
  type Problem,
} from './settings-validation';
import { DEFAULT_TOPICS, type Topic } from './topics';

/** Problems of one field, checked on its own; none when it may be kept. */
function fieldProblems(check: Check, value: unknown, path: string): Problem[] {
  const problems: Problem[] = [];
  check(value, path, problems);
  return problems;
}

/** The items of a stored list that pass `check` on their own, up to `max`; the others are named. */
function salvageList<T>(value: unknown, path: string, item: Check, max: number, problems: Problem[]): T[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(error(path, 'expected_list'));
    return undefined;
  }
  if (value.length > max) problems.push(error(path, 'too_many', String(max)));
  return value.slice(0, max).filter((v, i) => {
    const found = fieldProblems(item, v, `${path}[${i}]`);
    problems.push(...found);
    return found.length === 0;
  }) as T[];
}

/**
 * The reader's own topics that can be used as they are: each topic of the right shape, without
 * the aliases and exclusions that fail on their own; a topic still wrong after that is left out.
 */
function salvageTopics(value: unknown, path: string, problems: Problem[]): Topic[] | undefined {
  const shaped = salvageList<Topic>(value, path, topicShape, LIMITS.customTopics, problems);
  if (!shaped) return undefined;
  const kept: Topic[] = [];
  const ids = new Set(DEFAULT_TOPICS.map((t) => t.id));
  (value as unknown[]).forEach((raw, i) => {
    if (!shaped.includes(raw as Topic)) return;
    const at = `${path}[${i}]`;
    const topic = raw as Topic;
    const first = validateTopic(topic, [...DEFAULT_TOPICS, ...kept], at).filter((p) => p.severity === 'error');
    problems.push(...first);
    const bad = (field: string) => new Set(first.flatMap((p) => (p.path.startsWith(`${at}.${field}[`) ? [p.path] : [])));
    const badAliases = bad('aliases');
    const badExclusions = bad('exclusions');
    const repaired: Topic = {
      ...topic,
      aliases: topic.aliases.filter((_, j) => !badAliases.has(`${at}.aliases[${j}]`)),
      ...(topic.exclusions ? { exclusions: topic.exclusions.filter((_, j) => !badExclusions.has(`${at}.exclusions[${j}]`)) } : {}),
    };
    const left = validateTopic(repaired, [...DEFAULT_TOPICS, ...kept], at).some((p) => p.severity === 'error');
    if (left || ids.has(topic.id)) {
      if (ids.has(topic.id)) problems.push(error(`${at}.id`, 'id_duplicate', topic.id));
      return;
    }
    ids.add(topic.id);
    kept.push(repaired);
  });
  return kept;
}

/**
 * Settings as far as they can be read safely: every field that passes on its own is kept (list
 * items one by one, a topic without its broken aliases), every other field comes from `base`
 * (the last good copy, or the defaults). Each problem names its field. Pure: the stored value is
 * the caller's to keep.
 */
export function salvageSettings(value: unknown, base: Settings, path = 'settings'): { settings: Settings; problems: Problem[] } {
  const whole = validateSettings(value, path);
  if ('settings' in whole) return { settings: whole.settings, problems: [] };
  const problems: Problem[] = [];
  if (!isObject(value)) return { settings: base, problems: [error(path, 'expected_object')] };
  const field = <T>(key: string, check: Check, from: Record<string, unknown>, fallback: T, at: string): T => {
    const found = fieldProblems(check, from[key], `${at}.${key}`);
    problems.push(...found);
    return found.length ? fallback : (from[key] as T);
  };
  const maxIds = LIMITS.customTopics + DEFAULT_TOPICS.length;
  const disabled = salvageList<string>(value.disabledTopicIds, `${path}.disabledTopicIds`, isString, maxIds, problems);
  const customTopics = salvageTopics(value.customTopics, `${path}.customTopics`, problems);
  let sites = base.sites;
  if (isObject(value.sites)) {
    const at = `${path}.sites`;
    const from = value.sites;
    sites = {
      mode: field('mode', oneOf(['all', 'allowList']), from, base.sites.mode, at),
      allow: salvageList<string>(from.allow, `${at}.allow`, sitePattern, LIMITS.sites, problems) ?? base.sites.allow,
      deny: salvageList<string>(from.deny, `${at}.deny`, sitePattern, LIMITS.sites, problems) ?? base.sites.deny,
    };
  } else problems.push(error(`${path}.sites`, 'expected_object'));
  let display = base.display;
  if (isObject(value.display)) {
    const at = `${path}.display`;
    const from = value.display;
    display = {
      highlightStyle: field('highlightStyle', displayChecks.highlightStyle, from, base.display.highlightStyle, at),
      includeFurniture: field('includeFurniture', displayChecks.includeFurniture, from, base.display.includeFurniture, at),
      cardTrigger: field('cardTrigger', displayChecks.cardTrigger, from, base.display.cardTrigger, at),
      maxExcerpts: field('maxExcerpts', displayChecks.maxExcerpts, from, base.display.maxExcerpts, at),
    };
  } else problems.push(error(`${path}.display`, 'expected_object'));
  const salvaged: Settings = {
    disabledTopicIds: disabled ?? base.disabledTopicIds,
    customTopics: customTopics ?? base.customTopics,
    sites,
    display,
    language: field('language', oneOf(['auto', 'en', 'ja']), value, base.language, path),
  };
  const checked = validateSettings(salvaged, path);
  // Each part passed alone; should they still clash, the base is the safe copy.
  return 'settings' in checked ? { settings: checked.settings, problems } : { settings: base, problems };
}
