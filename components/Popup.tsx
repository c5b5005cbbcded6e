/** The toolbar popup: topics on this page first, then search over all commentary. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../utils/search';
import { formatDate } from './format';

export interface PageTopic {
  id: string;
  label: string;
  count: number;
}

export interface PopupProps {
  /** Undefined while loading; empty when the page mentions no topic or cannot be read. */
  pageTopics: PageTopic[] | undefined;
  search: (query: string) => SearchResult[];
  onRevealTopic: (topicId: string) => void;
  onOpenResult: (result: SearchResult) => void;
  /** A search to start with, e.g. a topic chip on the reader page. */
  initialQuery?: string;
}

export function Popup({ pageTopics, search, onRevealTopic, onOpenResult, initialQuery = '' }: PopupProps) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => search(query), [search, query]);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && results[active]) onOpenResult(results[active]);
    else if (event.key === 'Escape' && query) setQuery('');
    else return;
    event.preventDefault();
  };

  return (
    <main class="popup">
      <section aria-labelledby="on-page">
        <h2 id="on-page">On this page</h2>
        {pageTopics === undefined ? (
          <p class="muted">Reading the page…</p>
        ) : pageTopics.length === 0 ? (
          <p class="muted">No followed topics are mentioned on this page.</p>
        ) : (
          <ul class="topics">
            {pageTopics.map((t) => (
              <li key={t.id}>
                <button type="button" class="topic" onClick={() => onRevealTopic(t.id)}>
                  {t.label} <span class="count">{t.count}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="search-label">
        <h2 id="search-label">Search JFIR Commentary</h2>
        <input
          ref={input}
          type="search"
          class="search"
          aria-label="Search commentary"
          aria-controls="results"
          aria-activedescendant={results[active] ? `result-${active}` : undefined}
          placeholder="e.g. Kurils, Jack Ma, タリバン"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <p class="sr-only" aria-live="polite">
          {results.length} {results.length === 1 ? 'result' : 'results'}
        </p>
        {results.length === 0 ? (
          <p class="muted">No commentary matches “{query}”. Try another spelling or a topic name.</p>
        ) : (
          <ul id="results" class="results" role="listbox" aria-label="Results">
            {results.map((r, i) => (
              <li
                key={r.commentary.id}
                id={`result-${i}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'result active' : 'result'}
                onClick={() => onOpenResult(r)}
              >
                <span class="title">{r.commentary.title}</span>
                <span class="meta">
                  {r.commentary.author.name} · {formatDate(r.commentary.date)}
                </span>
                <span class="snippet">{r.snippet.map((p) => (p.mark ? <strong>{p.text}</strong> : p.text))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
