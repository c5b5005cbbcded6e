/**
 * The case rule: whether text matched case-insensitively has the capitals its alias asks for.
 * An alias written with capitals needs them, or ALL CAPS, except on generic words after a name
 * ("Kuril islands"); an all-lowercase alias matches any case; a case-sensitive one exactly.
 */
import { letters, separatedWords } from './characters';

/**
 * Words that news text capitalises or not at will after a name: "Kuril Islands" and "Kuril
 * islands", "Haqqani Network" and "Haqqani network". An alias's capital on one of these (after
 * its first word) is not required.
 */
const LOOSE_CASE_WORDS = new Set([
  'islands',
  'island',
  'network',
  'group',
  'alliance',
  'games',
  'olympics',
  'treaty',
  'declaration',
  'province',
  'agency',
  'card',
  'paralympics',
  'security',
]);

/** The case rule for one alias against the text it matched case-insensitively. */
export function caseAllowed(alias: string, matched: string, caseSensitive: boolean): boolean {
  const want = letters(alias);
  const got = letters(matched);
  if (caseSensitive) return want.join('') === got.join('');
  if (alias === alias.toLowerCase()) return true;
  if (got.length > 0 && matched === matched.toUpperCase()) return true;
  let i = 0;
  for (const [w, word] of separatedWords(alias).entries()) {
    const loose = w > 0 && LOOSE_CASE_WORDS.has(word.toLowerCase());
    for (const ch of letters(word)) {
      if (!loose && ch !== ch.toLowerCase() && got[i] !== got[i]?.toUpperCase()) return false;
      i += 1;
    }
  }
  return true;
}

/** Whether a text character is an alias character (given in lower case) in some case. */
export function sameLetter(aliasChar: string, textChar: string): boolean {
  return textChar === aliasChar || textChar.toLowerCase() === aliasChar || textChar.toUpperCase() === aliasChar.toUpperCase();
}
