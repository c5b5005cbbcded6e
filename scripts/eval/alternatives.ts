/**
 * The cross-language contexts measured against the shipped one (`npm run eval:briefs --
 * --alternatives`): which source of English renderings (none, the topics' aliases, the reviewed
 * glossary, an EDICT-derived glossary) and which segmentation of the Japanese text (dictionary
 * longest match, character bigrams, TinySegmenter words) to look them up with.
 */
import TinySegmenter from 'tiny-segmenter';
import type { RankerOptions } from '../../utils/brief';
import type { Commentary } from '../../utils/commentary';
import { createTranslator, GLOSSARY, topicRenderings, type GlossaryEntries, type Translator } from '../../utils/cross-language';
import { CJK_RUN, cjkBigrams } from '../../utils/tokenizer';
import type { Topic } from '../../utils/topics';
import { edictGlossary } from './edict-glossary';

type Segmentation = 'longest match' | 'bigrams' | 'TinySegmenter';

function lookupTranslator(entries: GlossaryEntries, segmentation: Segmentation): Translator {
  if (segmentation === 'longest match') return createTranslator(entries);
  const english = new Map<string, string>();
  for (const [ja, en] of entries) if (!english.has(ja.normalize('NFKC'))) english.set(ja.normalize('NFKC'), en);
  const segmenter = new TinySegmenter();
  return {
    translate(text) {
      const folded = text.normalize('NFKC');
      const words: string[] = [];
      if (segmentation === 'bigrams') {
        for (const m of folded.matchAll(CJK_RUN)) words.push(...cjkBigrams(m[0]));
      } else {
        // Greedy: three, two or one neighbouring segments, whichever the glossary knows first.
        const tokens = segmenter.segment(folded);
        for (let i = 0; i < tokens.length;) {
          const n = [3, 2, 1].find((k) => i + k <= tokens.length && english.has(tokens.slice(i, i + k).join(''))) ?? 0;
          if (n) words.push(tokens.slice(i, i + n).join(''));
          i += Math.max(n, 1);
        }
      }
      return words.flatMap((w) => (english.has(w) ? [{ japanese: w, english: english.get(w)! }] : []));
    },
  };
}

/** Every alternative, named, as options for `createRanker`; the EDICT ones only when the dictionary is installed. */
export function alternatives(commentaries: readonly Commentary[]): Array<{ name: string; options: RankerOptions }> {
  const edict = edictGlossary(commentaries);
  const make =
    (source: (topics: readonly Topic[]) => GlossaryEntries, segmentation: Segmentation = 'longest match') =>
    (topics: readonly Topic[]) =>
      lookupTranslator(source(topics), segmentation);
  const rows: Array<{ name: string; options: RankerOptions }> = [
    { name: 'no cross-language context (before)', options: { translatorFor: () => ({ translate: () => [] }) } },
    { name: 'topic aliases only', options: { translatorFor: make((t) => topicRenderings(t)) } },
    { name: 'reviewed glossary only', options: { translatorFor: make(() => GLOSSARY) } },
    { name: 'glossary + aliases, longest match (shipped)', options: {} },
    { name: 'glossary + aliases, bigram lookup', options: { translatorFor: make((t) => [...GLOSSARY, ...topicRenderings(t)], 'bigrams') } },
    {
      name: 'glossary + aliases, TinySegmenter words',
      options: { translatorFor: make((t) => [...GLOSSARY, ...topicRenderings(t)], 'TinySegmenter') },
    },
  ];
  if (edict) {
    rows.push(
      {
        name: `EDICT glossary (${edict.length} entries) + aliases`,
        options: { translatorFor: make((t) => [...topicRenderings(t), ...edict]) },
      },
      { name: 'glossary + EDICT + aliases', options: { translatorFor: make((t) => [...GLOSSARY, ...topicRenderings(t), ...edict]) } },
    );
  }
  return rows;
}
