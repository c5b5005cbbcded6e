/** The options page: topics, sites, display, backup and the reader's own commentary. */
import { useState } from 'preact/hooks';
import type { SaveOutcome, SettingsRead } from '../utils/browser/settings-storage';
import type { PagesKey } from '../utils/i18n/pages';
import type { Language, Translate } from '../utils/i18n/translate';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';
import type { Problem } from '../utils/settings-validation';
import { BackupSection } from './options/BackupSection';
import { CommentarySection, type CommentarySectionProps } from './options/CommentarySection';
import { DisplaySection } from './options/DisplaySection';
import { ProblemList } from './options/ProblemList';
import { SitesSection } from './options/SitesSection';
import { StoredSettingsNotice } from './options/StoredSettingsNotice';
import { TopicsSection } from './options/TopicsSection';

export interface OptionsProps {
  t: Translate<PagesKey>;
  language: Language;
  settings: Settings;
  /** How the stored settings read; when they failed validation, the page says what was wrong. */
  stored?: Pick<SettingsRead, 'source' | 'problems' | 'newerVersion'>;
  /** Applies a change to the stored settings (see `updateSettings`). */
  update: (change: (s: Settings) => Settings) => Promise<SaveOutcome>;
  enabledOrigins: readonly string[];
  onRevokeOrigin: (origin: string) => void;
  commentary: Omit<CommentarySectionProps, 't' | 'language'>;
}

/** What the last save did, in words; nothing when it synced as usual. */
function outcomeText(t: Translate<PagesKey>, outcome: SaveOutcome): string {
  if (outcome.saved === 'sync') return '';
  if (outcome.saved === 'local') {
    if (outcome.reason === 'too_large') return t('status_local_too_large', Math.ceil(outcome.bytes / 1024));
    return outcome.reason === 'sync_newer' ? t('status_local_sync_newer') : t('status_local_refused');
  }
  return 'storageError' in outcome ? t('status_storage_error', outcome.storageError) : t('status_invalid');
}

export function Options(props: OptionsProps) {
  const { t, language, settings } = props;
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);

  const apply = async (change: (s: Settings) => Settings) => {
    const outcome = await props.update(change);
    setStatus(outcomeText(t, outcome));
    setProblems(outcome.saved === false && 'problems' in outcome ? outcome.problems : []);
    return outcome.saved !== false;
  };
  const update = (change: (s: Settings) => Settings) => {
    apply(change).catch(console.error);
  };

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <div class="save-status" role="status" aria-live="polite">
        {status}
        <ProblemList t={t} problems={problems} showPath />
      </div>
      {props.stored ? (
        <StoredSettingsNotice
          t={t}
          read={props.stored}
          onSaveRepaired={() => update((s) => s)}
          onReset={() => update(() => DEFAULT_SETTINGS)}
        />
      ) : null}
      <TopicsSection t={t} language={language} settings={settings} update={update} />
      <SitesSection t={t} settings={settings} update={update} enabledOrigins={props.enabledOrigins} onRevokeOrigin={props.onRevokeOrigin} />
      <DisplaySection t={t} settings={settings} update={update} />
      <BackupSection t={t} settings={settings} replace={(next) => apply(() => next)} />
      <CommentarySection t={t} language={language} {...props.commentary} />
    </main>
  );
}
