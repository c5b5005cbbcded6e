/**
 * Export and import of settings as one JSON file. An import is validated completely first and
 * applied as a whole; on any problem the reader sees which field is wrong and nothing changes.
 */
import { useState } from 'preact/hooks';
import type { PagesKey } from '../../utils/i18n/pages';
import type { Translate } from '../../utils/i18n/translate';
import type { Settings } from '../../utils/settings';
import { exportSettings, parseSettingsFile, type Problem } from '../../utils/settings-validation';
import { FileField } from '../fields';
import { ProblemList } from './ProblemList';

export interface BackupSectionProps {
  t: Translate<PagesKey>;
  settings: Settings;
  /** Replaces the settings; resolves false when storage refused them (the page shows why). */
  replace: (settings: Settings) => Promise<boolean>;
}

export function BackupSection({ t, settings, replace }: BackupSectionProps) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState('');

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `jfir-briefs-settings-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (file: File) => {
    setMessage('');
    const result = parseSettingsFile(await file.text());
    if ('problems' in result) {
      setProblems(result.problems);
      setMessage(t('backup_import_refused', file.name));
      return;
    }
    setProblems(result.warnings);
    if (await replace(result.settings)) setMessage(t('backup_imported', file.name));
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup_heading')}</h2>
      <p>
        <button type="button" onClick={download}>
          {t('backup_export')}
        </button>
      </p>
      <FileField
        label={t('backup_import')}
        name="settings-file"
        accept="application/json,.json"
        onFile={(file) => {
          importFile(file).catch(console.error);
        }}
      />
      {message ? <p role="status">{message}</p> : null}
      <ProblemList t={t} problems={problems} showPath />
    </section>
  );
}
