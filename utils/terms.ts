/**
 * Terms for ranking: English words with plural folding and a light stemmer, Japanese and other
 * CJK text as character bigrams (both read by the shared tokenizer, `utils/tokenizer.ts`). Pure.
 */
import { BIGRAM_CJK, WORD_CHARACTERS, fold, wordsAndBigrams } from './tokenizer';

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its ' +
    'may more most much must no not of on or our out over own said says she should so some such than that the their them then ' +
    'there these they this those through to too under up us very was we were what when where which while who whom why will ' +
    'with would you your also after before between both each other only same about against again all any because during ' +
    'further once here just now mr ms dr pm pres one two new year years'
  ).split(' '),
);

/** A word, with an apostrophe's ending ("Taliban's", which `stem` folds). */
const WORD = new RegExp(`[${WORD_CHARACTERS}]+(?:['’][\\p{L}]+)?`, 'gu');

/** Stems keep at most this many characters. */
const STEM_LENGTH = 6;

/** Folds an English word to a stem shared by its plural and common inflections. */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(sses|xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  let suffixGone = true;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ation')) w = w.slice(0, -5);
  else suffixGone = false;
  // "cancelled" → "cancel", "stopped" → "stop": a doubled consonant left by the suffix is one.
  if (suffixGone && /([bdfglmnprt])\1$/.test(w)) w = w.slice(0, -1);
  // Prefix truncation, a crude but well-tried stemmer: economy/economic, recognition/recognize.
  return w.slice(0, STEM_LENGTH);
}

/** Ranking terms of a text: stemmed non-stopword words, and bigrams of CJK runs. */
export function terms(text: string): string[] {
  const { words, grams } = wordsAndBigrams(fold(text), WORD);
  const out: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || /^\d{1,2}$/.test(lower)) continue;
    out.push(stem(lower));
  }
  for (const gram of grams) out.push(gram);
  return out;
}

/** Term counts of a text. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * The first word of `text` whose stem is `term`, as written there: what a reader recognises. A
 * Japanese bigram stands for the kanji or katakana word around it ("パキ" for "パキスタン");
 * one holding hiragana is a fragment of grammar, not a word, and gives none.
 */
export function surfaceWord(text: string, term: string): string | undefined {
  if (CJK_TERM.test(term)) return cjkSurface(fold(text), term);
  for (const m of fold(text).matchAll(WORD)) {
    if (stem(m[0].toLowerCase()) === term) return m[0];
  }
  return text.includes(term) ? term : undefined;
}

const CJK_TERM = new RegExp(`^[${BIGRAM_CJK}]+$`, 'u');
const HAN_WORD = /\p{Script=Han}+/gu;
const KATAKANA_WORD = /[\p{Script=Katakana}ー・]+/gu;
/** Longest kanji or katakana word shown whole; longer runs are compounds better shown as the bigram. */
const MAX_SURFACE = 8;

function cjkSurface(text: string, bigram: string): string | undefined {
  if (/\p{Script=Hiragana}/u.test(bigram)) return undefined;
  const words = /^\p{Script=Han}+$/u.test(bigram) ? HAN_WORD : /^[\p{Script=Katakana}ー]+$/u.test(bigram) ? KATAKANA_WORD : undefined;
  if (!words) return text.includes(bigram) ? bigram : undefined;
  for (const m of text.matchAll(words)) {
    if (m[0].includes(bigram)) return m[0].length <= MAX_SURFACE ? m[0] : bigram;
  }
  return undefined;
}
