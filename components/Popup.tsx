/**
 * The toolbar popup: the site switch and the topics on this page first, then search over all
 * commentary with topic, author and year filters.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PagesKey } from '../utils/i18n/pages';
import { formatDate, type Language, type Translate } from '../utils/i18n/translate';
import type { SearchFilters, Searcher } from '../utils/search';
import type { SearchResult } from '../utils/search-results';
import { SelectField } from './fields';

export interface PageTopic {
  id: string;
  label: string;
  count: number;
}

/** Whether the extension runs on the active tab's site, and what the reader can do about it. */
export interface SiteState {
  host: string;
  /** `active`/`paused`: a site it runs on; `off`: outside the default list, not enabled yet. */
  state: 'active' | 'paused' | 'off';
}

export interface PopupProps {
  t: Translate<PagesKey>;
  language: Language;
  /** Undefined while loading; empty when the page mentions no topic or cannot be read. */
  pageTopics: PageTopic[] | undefined;
  /** Undefined on pages no extension can read (browser pages, the web store). */
  site?: SiteState | undefined;
  onSiteChange?: (action: 'pause' | 'resume' | 'enable') => void;
  /** After a site change: the page must be reloaded to apply it. */
  siteNote?: string | undefined;
  /** Undefined while the search index loads; typing is kept and searched once it is there. */
  searcher: Searcher | undefined;
  /** Newest commentary first, shown for an empty query before the index is there. */
  initialList: SearchResult[];
  topicName: (topicId: string) => string;
  onRevealTopic: (topicId: string) => void;
  onOpenResult: (result: SearchResult) => void;
  onOpenOptions?: () => void;
  /** A search to start with, e.g. a topic chip on the reader page. */
  initialQuery?: string;
  initialFilters?: SearchFilters;
}

export function Popup(props: PopupProps) {
  const { t, language, pageTopics, site, searcher, topicName } = props;
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [filters, setFilters] = useState<SearchFilters>(props.initialFilters ?? {});
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(
    () => (searcher ? searcher.search(query, filters) : query.trim() ? [] : props.initialList),
    [searcher, query, filters, props.initialList],
  );
  const facets = useMemo(() => searcher?.facets(), [searcher]);
  const suggestion = useMemo(
    () => (searcher && results.length === 0 && query.trim() ? searcher.suggest(query) : undefined),
    [searcher, results, query],
  );
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query, filters]);
  // The listbox is driven from the search box (aria-activedescendant): keep the active option in view.
  useEffect(() => document.getElementById(`result-${active}`)?.scrollIntoView({ block: 'nearest' }), [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && results[active]) props.onOpenResult(results[active]);
    else if (event.key === 'Escape' && query) setQuery('');
    else return;
    event.preventDefault();
  };
  const setFilter = (key: keyof SearchFilters, value: string) => {
    const next = { ...filters };
    if (value) next[key] = value;
    else delete next[key];
    setFilters(next);
  };
  const chips = (Object.entries(filters) as Array<[keyof SearchFilters, string]>).map(([key, value]) => ({
    key,
    text: key === 'topicId' ? topicName(value) : value,
  }));
  const loading = !searcher && query.trim() !== '';

  return (
    <main class="popup">
      <h1 class="popup-title">JFIR Briefs</h1>
      {site ? (
        <section class="site" aria-label={t('popup_site_label')}>
          <p class="site-state">
            {t(site.state === 'active' ? 'popup_site_active' : site.state === 'paused' ? 'popup_site_paused' : 'popup_site_off', site.host)}
          </p>
          <button
            type="button"
            onClick={() => props.onSiteChange?.(site.state === 'active' ? 'pause' : site.state === 'paused' ? 'resume' : 'enable')}
          >
            {t(site.state === 'active' ? 'popup_site_pause' : site.state === 'paused' ? 'popup_site_resume' : 'popup_site_enable')}
          </button>
          {props.siteNote ? (
            <p class="muted" role="status">
              {props.siteNote}
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="on-page">
        <h2 id="on-page">{t('popup_on_page')}</h2>
        {pageTopics === undefined ? (
          <p class="muted">{t('popup_reading')}</p>
        ) : pageTopics.length === 0 ? (
          <p class="muted">{t('popup_none_on_page')}</p>
        ) : (
          <ul class="topics">
            {pageTopics.map((topic) => (
              <li key={topic.id}>
                <button
                  type="button"
                  class="topic"
                  aria-label={t('popup_topic_button', topic.label, topic.count)}
                  onClick={() => props.onRevealTopic(topic.id)}
                >
                  {topic.label} <span class="count">{topic.count}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="search-label">
        <h2 id="search-label">{t('popup_search_heading')}</h2>
        <input
          ref={input}
          type="search"
          class="search"
          aria-label={t('popup_search_label')}
          aria-controls="results"
          aria-activedescendant={results[active] ? `result-${active}` : undefined}
          placeholder={t('popup_placeholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <div class="filters">
          {(
            [
              ['topicId', 'popup_filter_topic', facets?.topicIds.map((id) => [id, topicName(id)] as const)],
              ['author', 'popup_filter_author', facets?.authors.map((a) => [a, a] as const)],
              ['year', 'popup_filter_year', facets?.years.map((y) => [y, y] as const)],
            ] as const
          ).map(([key, label, options]) => (
            <SelectField
              key={key}
              label={t(label)}
              value={filters[key] ?? ''}
              disabled={!options}
              options={[['', t('popup_filter_any')], ...(options ?? [])]}
              onChange={(value) => setFilter(key, value)}
            />
          ))}
        </div>
        {chips.length ? (
          <ul class="chips" aria-label={t('popup_active_filters')}>
            {chips.map((chip) => (
              <li key={chip.key}>
                <button type="button" class="chip" aria-label={t('popup_remove_filter', chip.text)} onClick={() => setFilter(chip.key, '')}>
                  {chip.text} ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <p class="sr-only" aria-live="polite">
          {loading ? t('popup_loading') : results.length === 1 ? t('popup_result_one') : t('popup_results', results.length)}
        </p>
        {loading ? (
          <p class="muted">{t('popup_loading')}</p>
        ) : results.length === 0 ? (
          <div class="muted">
            <p>{query.trim() ? t('popup_no_results', query.trim()) : t('popup_no_results_filtered')}</p>
            {suggestion ? (
              <p>
                {t('popup_did_you_mean')}{' '}
                <button type="button" class="link" onClick={() => setQuery(suggestion)}>
                  {suggestion}
                </button>
              </p>
            ) : (
              <p>{t('popup_try')}</p>
            )}
          </div>
        ) : (
          <ul id="results" class="results" role="listbox" aria-label={t('popup_results_label')} tabIndex={-1}>
            {results.map((r, i) => (
              <li
                key={r.commentary.id}
                id={`result-${i}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'result active' : 'result'}
                onClick={() => props.onOpenResult(r)}
              >
                <span class="title">{r.commentary.title}</span>
                <span class="meta">
                  {r.commentary.author.name} · {formatDate(r.commentary.date, language)}
                  {r.commentary.imported ? <span class="badge"> · {t('imported')}</span> : null}
                </span>
                <span class="snippet">{r.snippet.map((p) => (p.mark ? <strong>{p.text}</strong> : p.text))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {props.onOpenOptions ? (
        <p class="footer">
          <button type="button" class="link" onClick={props.onOpenOptions}>
            {t('popup_settings')}
          </button>
        </p>
      ) : null}
    </main>
  );
}
