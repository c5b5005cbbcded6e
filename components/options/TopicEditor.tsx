/**
 * Adds or edits one of the reader's topics: names in English and Japanese, aliases one per line
 * with per-alias options, exclusions, colour, and a preview of what would be marked. Problems
 * are named as the reader types; errors block saving, warnings ask for confirmation.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PagesKey } from '../../utils/i18n/pages';
import type { Translate } from '../../utils/i18n/translate';
import { compileMatcher } from '../../utils/matcher';
import { PALETTE } from '../../utils/palette';
import { validateTopic } from '../../utils/settings-validation';
import { aliasSpec, PALETTE_SIZE, topicIdFor, trimAliasText, type AliasSpec, type Topic } from '../../utils/topics';
import { ColumnHeads } from '../fields';
import { MarkedText } from '../MarkedText';
import { ProblemList } from './ProblemList';

export interface TopicEditorProps {
  t: Translate<PagesKey>;
  /** The topic to edit; undefined to add a new one. */
  topic?: Topic | undefined;
  /** Every other topic, built-in and custom, to check for shared aliases and taken ids. */
  others: readonly Topic[];
  onSave: (topic: Topic) => void;
  onCancel: () => void;
}

/** The swatch colour of each palette slot: the underline colour the page is marked with. */
export const PALETTE_CSS: readonly string[] = PALETTE.map((colour) => colour.line);

/** The per-alias switches, each a column of the alias table. */
const ALIAS_OPTIONS = [
  ['caseSensitive', 'editor_case_sensitive_for'],
  ['substring', 'editor_substring_for'],
] as const;

const lines = (text: string, clean = (line: string) => line.trim()) => [...new Set(text.split('\n').map(clean).filter(Boolean))];

/** An alias line without separators at its ends; one of separators only stays, to be named as a problem. */
const aliasLine = (line: string) => trimAliasText(line) || line.trim();

export function TopicEditor({ t, topic, others, onSave, onCancel }: TopicEditorProps) {
  const [en, setEn] = useState(topic?.label.en ?? '');
  const [ja, setJa] = useState(topic?.label.ja ?? '');
  const [aliasLines, setAliasLines] = useState(topic?.aliases.map((a) => aliasSpec(a).text).join('\n') ?? '');
  const [options, setOptions] = useState<Record<string, Omit<AliasSpec, 'text'>>>(() =>
    Object.fromEntries((topic?.aliases ?? []).map((a) => [aliasSpec(a).text, aliasSpec(a)])),
  );
  const [exclusions, setExclusions] = useState(topic?.exclusions?.join('\n') ?? '');
  const [color, setColor] = useState(topic?.color ?? others.length % PALETTE_SIZE);
  const [sample, setSample] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [tried, setTried] = useState(false);

  const draft: Topic = useMemo(() => {
    const aliases = lines(aliasLines, aliasLine).map((text) => {
      const { caseSensitive, substring } = options[text] ?? {};
      return caseSensitive || substring ? { text, ...(caseSensitive ? { caseSensitive } : {}), ...(substring ? { substring } : {}) } : text;
    });
    const excluded = lines(exclusions);
    return {
      id:
        topic?.id ??
        topicIdFor(
          en || 'topic',
          others.map((o) => o.id),
        ),
      label: { en: en.trim(), ja: ja.trim() },
      aliases,
      ...(excluded.length ? { exclusions: excluded } : {}),
      color,
    };
  }, [en, ja, aliasLines, options, exclusions, color, topic, others]);
  const problems = useMemo(() => validateTopic(draft, others, 'topic'), [draft, others]);
  const errors = problems.filter((p) => p.severity === 'error');
  const preview = useMemo(() => (sample ? compileMatcher([draft]).find(sample) : []), [draft, sample]);

  const save = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (errors.length) return;
    if (problems.length && !confirming) return setConfirming(true);
    onSave(draft);
  };
  const setOption = (text: string, key: 'caseSensitive' | 'substring', value: boolean) =>
    setOptions({ ...options, [text]: { ...options[text], [key]: value } });

  return (
    <form class="editor" onSubmit={save} aria-labelledby="editor-heading" noValidate>
      <h3 id="editor-heading">{topic ? t('editor_edit_heading', topic.label.en) : t('editor_add_heading')}</h3>
      <label>
        {t('editor_name_en')}
        <input name="label-en" value={en} onInput={(e) => setEn(e.currentTarget.value)} required />
      </label>
      <label>
        {t('editor_name_ja')}
        <input name="label-ja" lang="ja" value={ja} onInput={(e) => setJa(e.currentTarget.value)} />
      </label>
      <label>
        {t('editor_aliases')}
        <textarea name="aliases" rows={5} value={aliasLines} onInput={(e) => setAliasLines(e.currentTarget.value)} />
      </label>
      {draft.aliases.length ? (
        <table class="alias-options">
          <caption>{t('editor_alias_options')}</caption>
          <ColumnHeads labels={[t('editor_alias'), t('editor_case_sensitive'), t('editor_substring')]} />
          <tbody>
            {draft.aliases.map((a) => {
              const spec = aliasSpec(a);
              return (
                <tr key={spec.text}>
                  <th scope="row">{spec.text}</th>
                  {ALIAS_OPTIONS.map(([option, label]) => (
                    <td key={option}>
                      <input
                        type="checkbox"
                        aria-label={t(label, spec.text)}
                        checked={Boolean(spec[option])}
                        onChange={(e) => setOption(spec.text, option, e.currentTarget.checked)}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <label>
        {t('editor_exclusions')}
        <textarea name="exclusions" rows={2} value={exclusions} onInput={(e) => setExclusions(e.currentTarget.value)} />
      </label>
      <fieldset class="colors">
        <legend>{t('editor_color')}</legend>
        {PALETTE_CSS.map((css, slot) => (
          <label key={slot} class="swatch" style={{ '--swatch': css }}>
            <input
              type="radio"
              name="color"
              checked={color === slot}
              onChange={() => setColor(slot)}
              aria-label={t('editor_color_n', slot + 1)}
            />
          </label>
        ))}
      </fieldset>
      <label>
        {t('editor_preview')}
        <textarea
          name="preview"
          rows={3}
          value={sample}
          placeholder={t('editor_preview_placeholder')}
          onInput={(e) => setSample(e.currentTarget.value)}
        />
      </label>
      {sample ? (
        <p class="preview" aria-live="polite">
          <MarkedText text={sample} ranges={preview} /> <span class="muted">({t('editor_preview_count', preview.length)})</span>
        </p>
      ) : null}
      {tried || confirming || aliasLines.trim() ? <ProblemList t={t} problems={problems} /> : null}
      <p class="actions">
        <button type="submit">{confirming && !errors.length ? t('editor_save_anyway') : t('editor_save')}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
