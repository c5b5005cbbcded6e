/**
 * A glossary of the index's vocabulary derived from EDICT (the JMdict project's Japanese–English
 * dictionary, EDRDG licence, CC BY-SA), for `npm run eval:briefs -- --alternatives`: common
 * entries (marked (P)) whose first English glosses use words the commentary uses, trimmed to
 * those words. Debian ships the file as package `edict`; no npm package ships JMdict data.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Commentary } from '../../utils/commentary';
import type { GlossaryEntries } from '../../utils/cross-language';
import { hasCjk } from '../../utils/tokenizer';
import { terms } from '../../utils/terms';

export const EDICT_FILE = '/usr/share/edict/edict';

/** Glosses per entry taken into account: later senses are rarer and add noise. */
const GLOSSES = 3;

/** EDICT entries trimmed to the vocabulary of the commentaries; undefined when the file is absent. */
export function edictGlossary(commentaries: readonly Commentary[], file = EDICT_FILE): GlossaryEntries | undefined {
  if (!existsSync(file)) return undefined;
  const vocabulary = new Set(commentaries.flatMap((c) => c.passages.flatMap((p) => terms(p.text))));
  const text = new TextDecoder('euc-jp').decode(readFileSync(file));
  const entries: Array<[string, string]> = [];
  for (const line of text.split('\n')) {
    if (!line.includes('/(P)/')) continue;
    const m = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/$/.exec(line);
    if (!m) continue;
    const headword = m[1]!.replace(/\([^)]*\)/g, '');
    // Kana-only words are kept only in katakana (loanwords and names); hiragana ones are grammar.
    if (headword.length < 2 || !hasCjk(headword) || /^[\p{Script=Hiragana}ー]+$/u.test(headword)) continue;
    const glosses = m[3]!
      .split('/')
      .map((g) => g.replace(/\([^)]*\)|\{[^}]*\}/g, '').trim())
      .filter((g) => g && !/^EntL/.test(g))
      .slice(0, GLOSSES);
    const english = [...new Set(glosses.flatMap((g) => g.split(/\s+/)).filter((w) => terms(w).some((t) => vocabulary.has(t))))];
    if (english.length) entries.push([headword, english.join(' ')]);
  }
  return entries;
}
