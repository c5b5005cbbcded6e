/**
 * The UI's words in English and Japanese. Catalogs are plain typed objects rather than
 * `browser.i18n`, because `browser.i18n` follows only the browser's language and readers can
 * choose theirs in the options page; `_locales` carries just the store name and description.
 * Pure.
 */
import type { UiLanguage } from '../settings';

export type Language = 'en' | 'ja';

/** A catalog: message key → text with `$1`, `$2`… placeholders. */
export type Catalog = Record<string, string>;

export type Translate<K extends string> = (key: K, ...args: Array<string | number>) => string;

/** The UI language: the reader's choice, else the browser's when it is Japanese, else English. */
export function resolveLanguage(choice: UiLanguage | undefined, browserLanguage: string): Language {
  if (choice === 'en' || choice === 'ja') return choice;
  return browserLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** A translate function over one of a pair of catalogs. */
export function translator<C extends Catalog>(catalogs: Record<Language, C>, language: Language): Translate<keyof C & string> {
  const catalog = catalogs[language];
  return (key, ...args) => catalog[key]!.replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
}

/** "19 Oct 2021" in English, "2021年10月19日" in Japanese; the ISO text when it does not parse. */
export function formatDate(iso: string, language: Language | 'en-US' = 'en'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'ja' ? 'ja-JP' : language === 'en-US' ? 'en-US' : 'en-GB';
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: language === 'ja' ? 'long' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
