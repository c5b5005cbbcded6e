/** The topic list: switch topics on and off, add, edit and delete the reader's own, undo a delete, restore defaults. */
import { useState } from 'preact/hooks';
import type { PagesKey } from '../../utils/i18n/pages';
import type { Language, Translate } from '../../utils/i18n/translate';
import {
  allTopics,
  withCustomTopic,
  withDefaultsRestored,
  withoutCustomTopic,
  withTopicEnabled,
  type Settings,
} from '../../utils/settings';
import { aliasText, topicLabel, type Topic } from '../../utils/topics';
import { PALETTE_CSS, TopicEditor } from './TopicEditor';

export interface TopicsSectionProps {
  t: Translate<PagesKey>;
  language: Language;
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
}

export function TopicsSection({ t, language, settings, update }: TopicsSectionProps) {
  /** The topic being edited; `null` while adding one. */
  const [editing, setEditing] = useState<Topic | null | undefined>(undefined);
  const [deleted, setDeleted] = useState<{ topic: Topic; enabled: boolean } | undefined>(undefined);
  const [dropCustom, setDropCustom] = useState(false);
  const entries = allTopics(settings);
  const others = (id?: string) => entries.map((e) => e.topic).filter((topic) => topic.id !== id);

  const remove = (topic: Topic, enabled: boolean) => {
    setDeleted({ topic, enabled });
    update((s) => withoutCustomTopic(s, topic.id));
  };
  const undo = () => {
    if (!deleted) return;
    const { topic, enabled } = deleted;
    update((s) => withTopicEnabled(withCustomTopic(s, topic), topic.id, enabled));
    setDeleted(undefined);
  };

  return (
    <section aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('topics_heading')}</h2>
      <ul class="topic-list">
        {entries.map(({ topic, enabled, builtin }) => (
          <li key={topic.id} class="topic-row">
            <label>
              <input
                type="checkbox"
                checked={enabled}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  update((s) => withTopicEnabled(s, topic.id, on));
                }}
              />{' '}
              <span class="swatch-dot" style={{ background: PALETTE_CSS[topic.color % PALETTE_CSS.length] }} aria-hidden="true" />{' '}
              <span class="label">{topicLabel(topic, language)}</span>
              {topicLabel(topic, language === 'ja' ? 'en' : 'ja') !== topicLabel(topic, language) ? (
                <span class="other-label"> · {topicLabel(topic, language === 'ja' ? 'en' : 'ja')}</span>
              ) : null}
              {builtin ? null : <span class="badge"> · {t('topics_yours')}</span>}
            </label>
            <p class="aliases">{topic.aliases.map(aliasText).join(', ')}</p>
            {builtin ? null : (
              <p class="row-actions">
                <button type="button" onClick={() => setEditing(topic)} aria-label={t('topics_edit', topic.label.en)}>
                  {t('edit')}
                </button>{' '}
                <button type="button" onClick={() => remove(topic, enabled)} aria-label={t('topics_delete', topic.label.en)}>
                  {t('delete')}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
      {deleted ? (
        <p role="status" class="undo">
          {t('topics_deleted', deleted.topic.label.en)}{' '}
          <button type="button" onClick={undo}>
            {t('undo')}
          </button>
        </p>
      ) : null}
      {editing === undefined ? (
        <p>
          <button type="button" onClick={() => setEditing(null)}>
            {t('topics_add')}
          </button>
        </p>
      ) : (
        <TopicEditor
          t={t}
          topic={editing ?? undefined}
          others={others(editing?.id)}
          onSave={(topic) => {
            update((s) => withCustomTopic(s, topic));
            setEditing(undefined);
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <div class="restore">
        <label>
          <input type="checkbox" checked={dropCustom} onChange={(e) => setDropCustom(e.currentTarget.checked)} /> {t('topics_restore_drop')}
        </label>
        <button
          type="button"
          onClick={() => {
            if (dropCustom && !confirm(t('topics_restore_confirm', settings.customTopics.length))) return;
            update((s) => withDefaultsRestored(s, dropCustom));
            setDropCustom(false);
          }}
        >
          {t('topics_restore')}
        </button>
      </div>
    </section>
  );
}
