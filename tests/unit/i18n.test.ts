import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardCatalogs } from '../../utils/i18n/card';
import { pagesCatalogs } from '../../utils/i18n/pages';
import { formatDate, resolveLanguage, translator, type Catalog } from '../../utils/i18n/translate';

const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe.each([
  ['card', cardCatalogs],
  ['pages', pagesCatalogs],
] as Array<[string, { en: Catalog; ja: Catalog }]>)('%s catalog', (_, { en, ja }) => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(ja)]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) expect(placeholders(ja[key]!), key).toEqual(placeholders(en[key]!));
  });

  it('is translated, not copied', () => {
    const same = Object.keys(en).filter((key) => en[key] === ja[key]);
    expect(same).toEqual([]);
  });
});

describe('store listing locales', () => {
  it('has the same message keys in every _locales language', () => {
    const dir = 'public/_locales';
    const keys = readdirSync(dir).map((lang) => Object.keys(JSON.parse(readFileSync(`${dir}/${lang}/messages.json`, 'utf8'))).sort());
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const k of keys) expect(k).toEqual(keys[0]);
  });
});

describe('language and dates', () => {
  it('follows the reader’s choice, else the browser', () => {
    expect(resolveLanguage('auto', 'ja-JP')).toBe('ja');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('en', 'ja-JP')).toBe('en');
    expect(resolveLanguage('ja', 'fr-FR')).toBe('ja');
  });

  it('fills placeholders and formats dates per language', () => {
    expect(translator(pagesCatalogs, 'ja')('popup_results', 3)).toBe('3件');
    expect(formatDate('2021-10-19', 'en')).toBe('19 Oct 2021');
    expect(formatDate('2021-10-19', 'ja')).toBe('2021年10月19日');
    expect(formatDate('not a date', 'ja')).toBe('not a date');
  });
});
