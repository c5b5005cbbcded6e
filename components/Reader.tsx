/** The reader page: one whole commentary with its metadata, the chosen passage highlighted. */
import { useEffect, useRef } from 'preact/hooks';
import type { Commentary } from '../utils/commentary';
import type { PagesKey } from '../utils/i18n/pages';
import { formatDate, type Language, type Translate } from '../utils/i18n/translate';

export interface ReaderProps {
  t: Translate<PagesKey>;
  language: Language;
  commentary: Commentary | undefined;
  passageId?: string;
  /** Topics the commentary touches, each a link that searches for it. */
  topics?: Array<{ id: string; label: string; href: string }>;
  /** Other commentaries sharing its topics. */
  related?: Array<{ commentary: Commentary; href: string; shared: string[] }>;
}

export function Reader({ t, language, commentary, passageId, topics = [], related = [] }: ReaderProps) {
  const chosen = useRef<HTMLParagraphElement>(null);
  useEffect(() => chosen.current?.scrollIntoView({ block: 'center' }), [passageId]);
  if (!commentary) {
    return (
      <main class="reader">
        <p>{t('reader_not_found')}</p>
      </main>
    );
  }
  let lastSection: string | undefined;
  return (
    <main class="reader">
      <article>
        <p class="kicker">JFIR Commentary{commentary.imported ? <span class="badge"> · {t('imported')}</span> : null}</p>
        <h1>{commentary.title}</h1>
        <p class="meta">
          <span class="author">{commentary.author.name}</span>
          {commentary.author.affiliation ? `, ${commentary.author.affiliation}` : ''} ·{' '}
          <time dateTime={commentary.date}>{formatDate(commentary.date, language)}</time>
        </p>
        {topics.length ? (
          <nav class="chips" aria-label={t('reader_topics_label')}>
            {topics.map((t) => (
              <a key={t.id} class="chip" href={t.href}>
                {t.label}
              </a>
            ))}
          </nav>
        ) : null}
        {commentary.firstAppeared.venue ? (
          <p class="meta">{t('reader_first_published', commentary.firstAppeared.venue, commentary.firstAppeared.dateText)}</p>
        ) : null}
        {commentary.passages.map((p) => {
          const heading = p.section && p.section !== lastSection ? <h2>{p.section}</h2> : null;
          lastSection = p.section;
          const isChosen = p.id === passageId;
          return (
            <>
              {heading}
              <p
                key={p.id}
                id={p.id}
                ref={isChosen ? chosen : undefined}
                class={isChosen ? 'passage chosen' : 'passage'}
                aria-current={isChosen ? 'true' : undefined}
              >
                {p.text}
              </p>
            </>
          );
        })}
        {commentary.references ? <p class="references">{commentary.references}</p> : null}
        <p class="source">
          {t('reader_source')} <a href={commentary.url}>{commentary.url}</a>
        </p>
      </article>
      {related.length ? (
        <aside aria-labelledby="related-heading">
          <h2 id="related-heading">{t('reader_related')}</h2>
          <ul class="related">
            {related.map((r) => (
              <li key={r.commentary.id}>
                <a href={r.href}>{r.commentary.title}</a>{' '}
                <span class="meta">
                  {r.commentary.author.name} · {formatDate(r.commentary.date, language)} · {r.shared.join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </main>
  );
}
