/** The options page: which topics to follow, the reader's own topics, restore defaults. */
import { useState } from 'preact/hooks';
import { allTopics, withDefaultsRestored, withTopicEnabled, type Settings } from '../utils/settings';
import { aliasText, topicIdFor, PALETTE_SIZE } from '../utils/topics';

export interface OptionsProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

export function Options({ settings, onChange }: OptionsProps) {
  const [label, setLabel] = useState('');
  const [aliases, setAliases] = useState('');
  const [error, setError] = useState('');
  const entries = allTopics(settings);

  const addTopic = (event: Event) => {
    event.preventDefault();
    const name = label.trim();
    const list = [...new Set(aliases.split('\n').map((a) => a.trim()).filter(Boolean))];
    if (!name) return setError('Give the topic a name.');
    if (list.length === 0) return setError('Add at least one alias, one per line.');
    const id = topicIdFor(name, entries.map((e) => e.topic.id));
    const topic = { id, label: { en: name, ja: name }, aliases: list, color: entries.length % PALETTE_SIZE };
    onChange({ ...settings, customTopics: [...settings.customTopics, topic] });
    setLabel('');
    setAliases('');
    setError('');
  };

  return (
    <main class="options">
      <h1>JFIR Briefs settings</h1>
      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">Topics</h2>
        <ul class="topic-list">
          {entries.map(({ topic, enabled, builtin }) => (
            <li key={topic.id} class="topic-row">
              <label>
                <input
                  type="checkbox"
                  checked={enabled}
                  onChange={(e) => onChange(withTopicEnabled(settings, topic.id, e.currentTarget.checked))}
                />{' '}
                <span class="label">{topic.label.en}</span>
                {topic.label.ja && topic.label.ja !== topic.label.en ? <span class="ja"> · {topic.label.ja}</span> : null}
              </label>
              <p class="aliases">{topic.aliases.map(aliasText).join(', ')}</p>
              {builtin ? null : (
                <button
                  type="button"
                  onClick={() =>
                    onChange({ ...settings, customTopics: settings.customTopics.filter((t) => t.id !== topic.id) })
                  }
                >
                  Remove “{topic.label.en}”
                </button>
              )}
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => onChange(withDefaultsRestored(settings))}>
          Restore default topics
        </button>
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Add a topic</h2>
        <form onSubmit={addTopic}>
          <label>
            Name <input name="label" value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
          </label>
          <label>
            Aliases, one per line
            <textarea name="aliases" rows={4} value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
          </label>
          {error ? <p role="alert" class="error">{error}</p> : null}
          <button type="submit">Add topic</button>
        </form>
      </section>
    </main>
  );
}
