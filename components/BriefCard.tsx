/**
 * The brief card shown in the page, in the extension's shadow root, when a mention is clicked.
 * No hooks: the container moves focus into it, which keeps preact/hooks out of the content script.
 */
import type { Excerpt } from '../utils/brief';
import type { CardKey } from '../utils/i18n/card';
import { formatDate, type Language, type Translate } from '../utils/i18n/translate';
import { ageBefore } from './format';
import { MarkedText, type MarkRange } from './MarkedText';

export interface BriefCardProps {
  topicLabel: string;
  t: Translate<CardKey>;
  language: Language;
  /** The mention's text as it appears on the page. */
  mention: string;
  /** Undefined while loading. */
  excerpts: Excerpt[] | undefined;
  /** The brief could not be loaded. */
  error?: boolean;
  pageDate?: string;
  /** Where the topic's aliases stand in an excerpt's text. */
  emphasis: (text: string) => MarkRange[];
  onOpenReader: (excerpt: Excerpt) => void;
  onCopyCitation: (excerpt: Excerpt) => void;
  /** A short message for screen readers and sighted readers alike, e.g. "Citation copied". */
  status?: string;
  onClose: () => void;
}

export function BriefCard(props: BriefCardProps) {
  const { topicLabel, mention, excerpts, error, pageDate, t, language } = props;
  const headingId = 'jfir-card-heading';
  return (
    <div class="card" role="dialog" aria-labelledby={headingId} tabIndex={-1}>
      <div class="card-head">
        <div>
          <p class="kicker">{t('kicker', mention)}</p>
          <h2 id={headingId}>{topicLabel}</h2>
        </div>
        <button type="button" class="close" aria-label={t('close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      {error ? (
        <p class="status">{t('error')}</p>
      ) : !excerpts ? (
        <p class="status" aria-busy="true">
          {t('loading')}
        </p>
      ) : excerpts.length === 0 ? (
        <p class="status">{t('empty')}</p>
      ) : (
        <ol class="excerpts">
          {excerpts.map((e) => {
            const age = ageBefore(e.date, pageDate);
            const ageText = !age
              ? ''
              : 'months' in age
                ? t('ageMonths', age.months)
                : age.years === 1
                  ? t('ageYear')
                  : t('ageYears', age.years);
            return (
              <li key={e.passageId} class="excerpt">
                <h3>{e.title}</h3>
                <p class="meta">
                  {e.author}
                  {e.affiliation ? `, ${e.affiliation}` : ''} · <time dateTime={e.date}>{formatDate(e.date, language)}</time>
                  {ageText ? <span class="age"> · {ageText}</span> : null}
                  {e.imported ? <span class="badge"> · {t('imported')}</span> : null}
                </p>
                {e.section ? <p class="section">{e.section}</p> : null}
                <blockquote>
                  <MarkedText text={e.text} ranges={props.emphasis(e.text)} />
                </blockquote>
                {e.why.length ? <p class="why">{t('why', e.why.join(' · '))}</p> : null}
                <p class="actions">
                  <button type="button" class="link" onClick={() => props.onOpenReader(e)}>
                    {t('read')}
                  </button>
                  <button type="button" class="link" onClick={() => props.onCopyCitation(e)}>
                    {t('copy')}
                  </button>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <p class="status" role="status">
        {props.status ?? ''}
      </p>
    </div>
  );
}
