/** The extension pages' translate function, for the reader's language choice or the browser's. */
import { pagesCatalogs } from '../i18n/pages';
import { resolveLanguage, translator } from '../i18n/translate';
import type { Settings } from '../settings';

export function pageTranslator(settings: Pick<Settings, 'language'>) {
  const language = resolveLanguage(settings.language, navigator.language);
  return { language, t: translator(pagesCatalogs, language) };
}
