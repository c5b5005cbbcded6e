/** How mentions and cards look and behave, and the UI language. */
import type { PagesKey } from '../../utils/i18n/pages';
import type { Translate } from '../../utils/i18n/translate';
import { MAX_EXCERPTS, type DisplaySettings, type Settings, type UiLanguage } from '../../utils/settings';

export interface DisplaySectionProps {
  t: Translate<PagesKey>;
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
}

export function DisplaySection({ t, settings, update }: DisplaySectionProps) {
  const { display } = settings;
  const set = (change: Partial<DisplaySettings>) => update((s) => ({ ...s, display: { ...s.display, ...change } }));
  return (
    <section aria-labelledby="display-heading">
      <h2 id="display-heading">{t('display_heading')}</h2>
      <label>
        {t('display_style')}{' '}
        <select
          value={display.highlightStyle}
          onChange={(e) => set({ highlightStyle: e.currentTarget.value as DisplaySettings['highlightStyle'] })}
        >
          <option value="background">{t('display_style_background')}</option>
          <option value="underline">{t('display_style_underline')}</option>
          <option value="none">{t('display_style_none')}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={display.includeFurniture} onChange={(e) => set({ includeFurniture: e.currentTarget.checked })} />{' '}
        {t('display_furniture')}
      </label>
      <label>
        {t('display_trigger')}{' '}
        <select value={display.cardTrigger} onChange={(e) => set({ cardTrigger: e.currentTarget.value as DisplaySettings['cardTrigger'] })}>
          <option value="click">{t('display_trigger_click')}</option>
          <option value="hover">{t('display_trigger_hover')}</option>
        </select>
      </label>
      <label>
        {t('display_excerpts')}{' '}
        <select value={String(display.maxExcerpts)} onChange={(e) => set({ maxExcerpts: Number(e.currentTarget.value) })}>
          {Array.from({ length: MAX_EXCERPTS }, (_, i) => (
            <option key={i} value={String(i + 1)}>
              {i + 1}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('display_language')}{' '}
        <select
          value={settings.language}
          onChange={(e) => {
            const language = e.currentTarget.value as UiLanguage;
            update((s) => ({ ...s, language }));
          }}
        >
          <option value="auto">{t('display_language_auto')}</option>
          <option value="en">English</option>
          <option value="ja">日本語</option>
        </select>
      </label>
    </section>
  );
}
