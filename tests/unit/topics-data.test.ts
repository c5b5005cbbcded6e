/**
 * data/topics.json, the built-in topics, is checked by the validation the options page applies to
 * a reader's own topics (validateTopic) and to an imported settings file (validateSettings), so a
 * built-in topic can never be one the reader would be refused. The file is read as raw JSON, not
 * through the typed import, so that a wrong field type is caught rather than cast away.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { validateSettings, validateTopic } from '../../utils/settings-validation';
import { topicLabelsById, type Topic } from '../../utils/topics';

const raw: unknown = JSON.parse(readFileSync('data/topics.json', 'utf8'));
const rawTopics: unknown[] = (raw as { topics?: unknown[] }).topics ?? [];

describe('data/topics.json', () => {
  it('is a version 1 list of topics', () => {
    expect(raw).toMatchObject({ version: 1 });
    expect(rawTopics.length).toBeGreaterThan(5);
  });

  it('has the shape a settings file must have for its topics', () => {
    // Offered as custom topics with fresh ids (the built-in ids are taken by the built-ins themselves).
    const asCustom = rawTopics.map((topic) => ({ ...(topic as object), id: `check-${(topic as Topic).id}` }));
    const result = validateSettings({ ...DEFAULT_SETTINGS, customTopics: asCustom });
    expect('problems' in result ? result.problems : []).toEqual([]);
  });

  it('passes validateTopic with no error and no warning, each against all the others', () => {
    const topics = rawTopics as Topic[];
    for (const topic of topics) {
      const others = topics.filter((other) => other !== topic);
      expect(validateTopic(topic, others, `topics[${topic.id}]`), topic.id).toEqual([]);
    }
  });

  it('has unique ids', () => {
    const ids = (rawTopics as Topic[]).map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('topicLabelsById', () => {
  const topics: Topic[] = [
    { id: 'taliban', label: { en: 'Taliban', ja: 'タリバン' }, aliases: ['Taliban'], color: 0 },
    { id: 'custom-aukus', label: { en: 'AUKUS', ja: '' }, aliases: ['AUKUS'], color: 1 },
  ];

  it('names a topic in the UI language, falls back to English, and leaves an unknown id as it is', () => {
    const ja = topicLabelsById(topics, 'ja');
    expect([ja('taliban'), ja('custom-aukus'), ja('gone')]).toEqual(['タリバン', 'AUKUS', 'gone']);
    expect(topicLabelsById(topics, 'en')('taliban')).toBe('Taliban');
  });
});
