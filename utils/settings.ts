/**
 * The reader's settings as data: their shape, defaults, and the topics they switch on. Pure;
 * `utils/browser/settings-storage.ts` persists them.
 */
import { DEFAULT_TOPICS, type Topic } from './topics';

export interface Settings {
  /** Ids of built-in topics the reader switched off. */
  disabledTopicIds: string[];
  /** Topics the reader added. */
  customTopics: Topic[];
}

export const DEFAULT_SETTINGS: Settings = { disabledTopicIds: [], customTopics: [] };

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

/** Built-in topics all switched back on; the reader's own topics are kept. */
export function withDefaultsRestored(settings: Settings): Settings {
  const custom = new Set(settings.customTopics.map((t) => t.id));
  return { ...settings, disabledTopicIds: settings.disabledTopicIds.filter((id) => custom.has(id)) };
}
