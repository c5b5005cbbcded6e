/**
 * Says what was wrong with the stored settings when they failed validation on reading, field by
 * field, and what the extension runs on instead; the reader keeps that (saving nothing), saves
 * the repaired copy, or resets to the defaults.
 */
import { useState } from 'preact/hooks';
import type { SettingsRead } from '../../utils/browser/settings-storage';
import type { PagesKey } from '../../utils/i18n/pages';
import type { Translate } from '../../utils/i18n/translate';
import { ProblemList } from './ProblemList';

export interface StoredSettingsNoticeProps {
  t: Translate<PagesKey>;
  read: Pick<SettingsRead, 'source' | 'problems' | 'newerVersion'>;
  /** Writes the settings in force (the repaired copy). */
  onSaveRepaired: () => void;
  /** Writes the defaults. */
  onReset: () => void;
}

export function StoredSettingsNotice({ t, read, onSaveRepaired, onReset }: StoredSettingsNoticeProps) {
  const [kept, setKept] = useState(false);
  if (!read.problems.length) return null;
  const newerOnly = read.newerVersion !== undefined && read.problems.every((p) => p.severity === 'warning');
  const runsOn = newerOnly
    ? 'stored_newer'
    : read.source === 'lastGood'
      ? 'stored_last_good'
      : read.source === 'defaults'
        ? 'stored_defaults'
        : 'stored_salvaged';
  return (
    <section class="stored-notice" aria-labelledby="stored-heading">
      <h2 id="stored-heading">{t(read.newerVersion !== undefined ? 'stored_newer_heading' : 'stored_heading')}</h2>
      <p>{t(runsOn)}</p>
      <ProblemList t={t} problems={read.problems} showPath />
      {kept ? <p role="status">{t('stored_kept')}</p> : null}
      <p class="stored-actions">
        {kept ? null : (
          <button type="button" onClick={() => setKept(true)}>
            {t('stored_keep')}
          </button>
        )}{' '}
        {newerOnly || read.source === 'defaults' ? null : (
          <button type="button" onClick={onSaveRepaired}>
            {t('stored_save_repaired')}
          </button>
        )}{' '}
        <button type="button" onClick={onReset}>
          {t('stored_reset')}
        </button>
      </p>
    </section>
  );
}
