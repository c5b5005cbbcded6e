/** How mentions and cards look and behave, and the UI language. */
import type { PagesKey } from '../../utils/i18n/pages';
import type { Translate } from '../../utils/i18n/translate';
import { MAX_EXCERPTS, type DisplaySettings, type Settings, type UiLanguage } from '../../utils/settings';
import { SelectField } from '../fields';

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
      <SelectField
        label={t('display_style')}
        value={display.highlightStyle}
        options={[
          ['background', t('display_style_background')],
          ['underline', t('display_style_underline')],
          ['none', t('display_style_none')],
        ]}
        onChange={(highlightStyle) => set({ highlightStyle })}
      />
      <label>
        <input type="checkbox" checked={display.includeFurniture} onChange={(e) => set({ includeFurniture: e.currentTarget.checked })} />{' '}
        {t('display_furniture')}
      </label>
      <SelectField
        label={t('display_trigger')}
        value={display.cardTrigger}
        options={[
          ['click', t('display_trigger_click')],
          ['hover', t('display_trigger_hover')],
        ]}
        onChange={(cardTrigger) => set({ cardTrigger })}
      />
      <SelectField
        label={t('display_excerpts')}
        value={String(display.maxExcerpts)}
        options={Array.from({ length: MAX_EXCERPTS }, (_, i) => [String(i + 1), String(i + 1)] as const)}
        onChange={(n) => set({ maxExcerpts: Number(n) })}
      />
      <SelectField<UiLanguage>
        label={t('display_language')}
        value={settings.language}
        options={[
          ['auto', t('display_language_auto')],
          ['en', 'English'],
          ['ja', '日本語'],
        ]}
        onChange={(language) => update((s) => ({ ...s, language }))}
      />
    </section>
  );
}
