/**
 * The reader's own commentary: import a saved JFIR Commentary page (text or HTML) or paste one
 * commentary, check the preview, then store it; list and delete imports.
 */
import { useState } from 'preact/hooks';
import type { Commentary } from '../../utils/commentary';
import { htmlToLines } from '../../utils/dom/html-lines';
import type { PagesKey } from '../../utils/i18n/pages';
import { formatDate, type Language, type Translate } from '../../utils/i18n/translate';
import { checkImportFile, previewImport, type ImportPreview } from '../../utils/import-commentary';
import { ColumnHeads, FileField } from '../fields';
import { problemText } from './ProblemList';

export interface CommentarySectionProps {
  t: Translate<PagesKey>;
  language: Language;
  /** Imported commentary, newest first; undefined while loading. */
  imported: Commentary[] | undefined;
  bundledIds: ReadonlySet<string>;
  /** Why imports cannot work here (IndexedDB unavailable), if so. */
  unavailable?: string | undefined;
  onSave: (commentaries: Commentary[]) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}

/** Saved HTML becomes the one-paragraph-a-line text the parser reads. */
function pageText(text: string, name: string): string {
  const html = /\.html?$/i.test(name) || /^\s*(<!doctype html|<html)/i.test(text);
  return html ? htmlToLines(new DOMParser().parseFromString(text, 'text/html')) : text;
}

export function CommentarySection({ t, language, imported, bundledIds, unavailable, onSave, onDelete }: CommentarySectionProps) {
  const [preview, setPreview] = useState<ImportPreview | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [pasted, setPasted] = useState('');

  const read = (text: string, bytes: number, name: string) => {
    setPreview(undefined);
    const problem = checkImportFile(text, bytes);
    const result = problem ?? previewImport(pageText(text, name), new Set(imported?.map((c) => c.id)), bundledIds);
    if ('code' in result) {
      setMessage(`${name}: ${problemText(t, result)}`);
      return;
    }
    setMessage('');
    setPreview(result);
  };
  const confirmImport = async () => {
    if (!preview) return;
    const toStore = preview.items.filter((i) => i.status !== 'bundled').map((i) => i.commentary);
    try {
      await onSave(toStore);
      setMessage(t('commentary_saved', toStore.length));
      setPreview(undefined);
      setPasted('');
    } catch (e) {
      setMessage(t('commentary_save_failed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <section aria-labelledby="commentary-heading">
      <h2 id="commentary-heading">{t('commentary_heading')}</h2>
      {unavailable ? (
        <p role="alert" class="error">
          {t('commentary_unavailable', unavailable)}
        </p>
      ) : (
        <>
          <p class="muted">{t('commentary_help')}</p>
          <FileField
            label={t('commentary_file')}
            name="commentary-file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onFile={(file) => {
              // A file the browser cannot read (removed, no permission) is named, not dropped.
              file.text().then(
                (text) => read(text, file.size, file.name),
                (error: unknown) => setMessage(`${file.name}: ${error instanceof Error ? error.message : String(error)}`),
              );
            }}
          />
          <label>
            {t('commentary_paste')}
            <textarea name="commentary-paste" rows={4} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
          </label>
          <button
            type="button"
            disabled={!pasted.trim()}
            onClick={() => read(pasted, new TextEncoder().encode(pasted).length, t('commentary_pasted_name'))}
          >
            {t('commentary_preview')}
          </button>
        </>
      )}
      {message ? <p role="status">{message}</p> : null}
      {preview ? (
        <div class="import-preview" aria-labelledby="preview-heading">
          <h3 id="preview-heading">{t('commentary_preview_heading', preview.items.length)}</h3>
          <table>
            <ColumnHeads
              labels={[
                t('commentary_col_title'),
                t('commentary_col_date'),
                t('commentary_col_author'),
                t('commentary_col_passages'),
                t('commentary_col_status'),
              ]}
            />
            <tbody>
              {preview.items.map(({ commentary: c, status }) => (
                <tr key={c.id}>
                  <td>{c.title}</td>
                  <td>{formatDate(c.date, language)}</td>
                  <td>{c.author.name || '—'}</td>
                  <td>{c.passages.length}</td>
                  <td>{t(`commentary_status_${status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.warnings.length ? (
            <ul class="problems">
              {preview.warnings.map((w, i) => (
                <li key={i} class="warning">
                  {problemText(t, w)}
                </li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            disabled={preview.items.every((i) => i.status === 'bundled')}
            onClick={() => {
              confirmImport().catch(console.error);
            }}
          >
            {t('commentary_confirm')}
          </button>{' '}
          <button type="button" onClick={() => setPreview(undefined)}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      <h3 id="imported-heading">{t('commentary_imported_heading')}</h3>
      {!imported?.length ? (
        <p class="muted">{t('commentary_none')}</p>
      ) : (
        <ul aria-labelledby="imported-heading" class="imported">
          {imported.map((c) => (
            <li key={c.id}>
              <span class="title">{c.title}</span>{' '}
              <span class="meta">
                {formatDate(c.date, language)} · {c.author.name} · {t('imported')}
              </span>{' '}
              <button
                type="button"
                aria-label={t('commentary_delete', c.title)}
                onClick={() => {
                  onDelete(c.id).catch(console.error);
                }}
              >
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
