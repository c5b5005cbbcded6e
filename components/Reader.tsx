/** The reader page: one whole commentary with its metadata, the chosen passage highlighted. */
import { useEffect, useRef } from 'preact/hooks';
import type { Commentary } from '../utils/commentary';
import { formatDate } from './format';

export function Reader({ commentary, passageId }: { commentary: Commentary | undefined; passageId?: string }) {
  const chosen = useRef<HTMLParagraphElement>(null);
  useEffect(() => chosen.current?.scrollIntoView({ block: 'center' }), [passageId]);
  if (!commentary) {
    return (
      <main class="reader">
        <p>This commentary is not in the index.</p>
      </main>
    );
  }
  let lastSection: string | undefined;
  return (
    <main class="reader">
      <article>
        <p class="kicker">JFIR Commentary</p>
        <h1>{commentary.title}</h1>
        <p class="meta">
          <span class="author">{commentary.author.name}</span>
          {commentary.author.affiliation ? `, ${commentary.author.affiliation}` : ''} ·{' '}
          <time dateTime={commentary.date}>{formatDate(commentary.date)}</time>
        </p>
        {commentary.firstAppeared.venue ? (
          <p class="meta">
            First published in Japanese on {commentary.firstAppeared.venue}, {commentary.firstAppeared.dateText}.
          </p>
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
          Source: <a href={commentary.url}>{commentary.url}</a>
        </p>
      </article>
    </main>
  );
}
