/**
 * Cross-language page context: the Japanese words of a page's context turned into the English
 * words the commentary uses, so that English passages can be ranked by what a Japanese page is
 * about. Sources: a bilingual glossary (data/glossary-ja.json, reviewed like the topics) and the
 * topics' own Japanese aliases (each stands for its topic's English name). Pure.
 */
import { entries as glossaryEntries } from '../data/glossary-ja.json';
import { createLexicon, lexiconWords } from './japanese-words';
import { hasCjk } from './tokenizer';
import type { Topic } from './topics';

/** One Japanese word of the page and the English words it stands for. */
export interface Rendering {
  japanese: string;
  english: string;
}

/** Turns Japanese text into English renderings; text without Japanese gives none. */
export interface Translator {
  translate(text: string): Rendering[];
}

/** Glossary entries as committed: `[Japanese, English words]`. */
export type GlossaryEntries = ReadonlyArray<readonly [string, string]>;

/** The reviewed glossary shipped with the extension. */
export const GLOSSARY: GlossaryEntries = glossaryEntries as Array<[string, string]>;

/** Japanese alias → the topic's English name, for every topic with Japanese aliases. */
export function topicRenderings(topics: readonly Topic[]): GlossaryEntries {
  return topics.flatMap((t) =>
    t.aliases.flatMap((a) => {
      const text = typeof a === 'string' ? a : a.text;
      return hasCjk(text) ? [[text, t.label.en] as const] : [];
    }),
  );
}

/**
 * A translator over the given entries: dictionary lookup (longest match) of the entries'
 * Japanese words in the text. An entry listed twice keeps its first English.
 */
export function createTranslator(entries: GlossaryEntries): Translator {
  const english = new Map<string, string>();
  for (const [ja, en] of entries) {
    const key = ja.normalize('NFKC');
    if (!english.has(key)) english.set(key, en);
  }
  const lexicon = createLexicon(english.keys());
  return {
    translate(text) {
      if (!hasCjk(text)) return [];
      return lexiconWords(text, lexicon).map(({ word }) => ({ japanese: word, english: english.get(word)! }));
    },
  };
}
