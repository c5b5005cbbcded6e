/** Where the extension runs: every site it may read or an allow list, sites paused, sites enabled beyond the default list. */
import { useState } from 'preact/hooks';
import type { PagesKey } from '../../utils/i18n/pages';
import type { Translate } from '../../utils/i18n/translate';
import type { Settings, SiteSettings } from '../../utils/settings';
import { normalizeSitePattern } from '../../utils/sites';
import { problemText } from './ProblemList';

export interface SitesSectionProps {
  t: Translate<PagesKey>;
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
  /** Origins the reader enabled from the popup (optional host permissions). */
  enabledOrigins: readonly string[];
  onRevokeOrigin: (origin: string) => void;
}

function SiteList({
  t,
  list,
  name,
  onChange,
}: {
  t: Translate<PagesKey>;
  list: string[];
  name: 'allow' | 'deny';
  onChange: (list: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const result = normalizeSitePattern(draft);
    if ('problem' in result) return setProblem(problemText(t, { code: result.problem, args: [draft.trim()] }));
    setProblem('');
    setDraft('');
    if (!list.includes(result.pattern)) onChange([...list, result.pattern]);
  };
  const heading = name === 'allow' ? t('sites_allow_heading') : t('sites_deny_heading');
  return (
    <div class="site-list">
      <h3 id={`${name}-heading`}>{heading}</h3>
      {list.length ? (
        <ul aria-labelledby={`${name}-heading`}>
          {list.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" aria-label={t('sites_remove', site)} onClick={() => onChange(list.filter((s) => s !== site))}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sites_none')}</p>
      )}
      <form onSubmit={add} class="inline" noValidate>
        <label>
          {t('sites_add_label')}{' '}
          <input name={`${name}-site`} value={draft} placeholder="example.com" onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('add')}</button>
        {problem ? (
          <p role="alert" class="error">
            {problem}
          </p>
        ) : null}
      </form>
    </div>
  );
}

export function SitesSection({ t, settings, update, enabledOrigins, onRevokeOrigin }: SitesSectionProps) {
  const setSites = (change: Partial<SiteSettings>) => update((s) => ({ ...s, sites: { ...s.sites, ...change } }));
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sites_heading')}</h2>
      <fieldset>
        <legend>{t('sites_mode')}</legend>
        <label>
          <input type="radio" name="site-mode" checked={settings.sites.mode === 'all'} onChange={() => setSites({ mode: 'all' })} />{' '}
          {t('sites_mode_all')}
        </label>
        <label>
          <input
            type="radio"
            name="site-mode"
            checked={settings.sites.mode === 'allowList'}
            onChange={() => setSites({ mode: 'allowList' })}
          />{' '}
          {t('sites_mode_allow')}
        </label>
      </fieldset>
      {settings.sites.mode === 'allowList' ? (
        <SiteList t={t} name="allow" list={settings.sites.allow} onChange={(allow) => setSites({ allow })} />
      ) : null}
      <SiteList t={t} name="deny" list={settings.sites.deny} onChange={(deny) => setSites({ deny })} />
      <h3 id="enabled-heading">{t('sites_enabled_heading')}</h3>
      {enabledOrigins.length ? (
        <ul aria-labelledby="enabled-heading">
          {enabledOrigins.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" aria-label={t('sites_revoke', origin)} onClick={() => onRevokeOrigin(origin)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sites_enabled_none')}</p>
      )}
    </section>
  );
}
