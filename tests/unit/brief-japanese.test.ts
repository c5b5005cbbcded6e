import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import glossaryFile from '../../data/glossary-ja.json';
import index from '../../data/commentary.json';
import { createRanker } from '../../utils/brief';
import type { Commentary } from '../../utils/commentary';
import { createTranslator, GLOSSARY, topicRenderings } from '../../utils/cross-language';
import { createLexicon, lexiconWords } from '../../utils/japanese-words';
import { cjkBigrams } from '../../utils/tokenizer';
import { terms } from '../../utils/terms';
import { aliasText, DEFAULT_TOPICS } from '../../utils/topics';

const commentaries = index.commentaries as Commentary[];
const vocabulary = new Set(commentaries.flatMap((c) => c.passages.flatMap((p) => terms(`${p.section ?? ''} ${p.text}`))));
const topic = (id: string) => DEFAULT_TOPICS.find((t) => t.id === id)!;

describe('the reviewed glossary (data/glossary-ja.json)', () => {
  const raw = glossaryFile.entries as unknown[];

  it('is a list of [Japanese, English] pairs, each Japanese word once', () => {
    expect(raw.length).toBeGreaterThan(200);
    for (const entry of raw) {
      expect(Array.isArray(entry) && entry.length === 2 && entry.every((x) => typeof x === 'string' && x.trim() === x && x !== '')).toBe(
        true,
      );
    }
    const keys = GLOSSARY.map(([ja]) => ja.normalize('NFKC'));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('maps Japanese words (never a lone kana) to English words the commentary uses', () => {
    const unused = GLOSSARY.filter(([, en]) => !terms(en).some((t) => vocabulary.has(t)));
    expect(unused).toEqual([]);
    for (const [ja, en] of GLOSSARY) {
      expect(ja, ja).toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      expect(ja, ja).not.toMatch(/^[\p{Script=Hiragana}\p{Script=Katakana}]$/u);
      expect(en, ja).toMatch(/^[A-Za-z0-9][A-Za-z0-9 '’./-]*$/);
    }
  });

  it('leaves the topics to their own aliases', () => {
    const aliases = new Set(DEFAULT_TOPICS.flatMap((t) => t.aliases.map((a) => aliasText(a).normalize('NFKC'))));
    expect(GLOSSARY.filter(([ja]) => aliases.has(ja.normalize('NFKC')))).toEqual([]);
  });
});

describe('Japanese words', () => {
  it('bigrams a CJK run; one character stands alone', () => {
    expect(cjkBigrams('北方領土')).toEqual(['北方', '方領', '領土']);
    expect(cjkBigrams('菅')).toEqual(['菅']);
  });

  it('finds the longest known word at each place, never overlapping, Latin-led words only at their start', () => {
    const lexicon = createLexicon(['北方領土', '北方', '領土問題', '問題', 'IT企業', '企業']);
    expect(lexiconWords('北方領土問題の行方', lexicon).map((w) => w.word)).toEqual(['北方領土', '問題']);
    expect(lexiconWords('中国のIT企業とAIT企業', lexicon).map((w) => w.word)).toEqual(['IT企業', '企業']);
    expect(lexiconWords('ＩＴ企業', lexicon).map((w) => w.word)).toEqual(['IT企業']);
  });

  it('renders the Japanese words of a context in English, topics by their English name', () => {
    const translator = createTranslator([...GLOSSARY, ...topicRenderings(DEFAULT_TOPICS)]);
    expect(translator.translate('タリバン暫定政権の承認、各国が見送り')).toEqual([
      { japanese: 'タリバン', english: 'Taliban' },
      { japanese: '暫定政権', english: 'regime government' },
      { japanese: '承認', english: 'recognition recognize' },
      { japanese: '見送', english: 'postponement' },
    ]);
    expect(translator.translate('Taliban recognition')).toEqual([]);
  });
});

describe('briefs on Japanese pages', () => {
  const ranker = createRanker(commentaries);

  it('answers what the page says: frozen reserves at the New York Fed, named in the page’s words', () => {
    const [first] = ranker.brief(
      topic('afghanistan'),
      {
        headline: 'アフガン中銀の外貨準備、凍結続く',
        snippets: ['アフガン中央銀行がニューヨーク連邦準備銀行に預けている資産は凍結が続いている。'],
      },
      3,
      DEFAULT_TOPICS,
    );
    expect(first!.text).toContain('Federal Reserve Bank of New York');
    expect(first!.why[0]).toBe('アフガン → Afghanistan');
    expect(first!.why).toContain('凍結 → frozen');
  });

  it('without the English renderings the same page falls back on topic evidence alone', () => {
    const plain = createRanker(commentaries, { translatorFor: () => ({ translate: () => [] }) });
    const [first] = plain.brief(topic('afghanistan'), { headline: 'アフガン中銀の外貨準備、凍結続く' }, 3, DEFAULT_TOPICS);
    expect(first!.text).not.toContain('Federal Reserve Bank of New York');
    expect(first!.why.some((w) => w.includes('→'))).toBe(false);
  });

  it('names no Japanese word on an English page', () => {
    const excerpts = ranker.brief(
      topic('afghanistan'),
      { headline: 'Afghan central bank reserves stay frozen at the New York Fed' },
      3,
      DEFAULT_TOPICS,
    );
    expect(excerpts[0]!.why).toContain('frozen');
    expect(excerpts.flatMap((e) => e.why).some((w) => w.includes('→'))).toBe(false);
  });

  it('reads the committed glossary file as shipped', () => {
    expect(JSON.parse(readFileSync('data/glossary-ja.json', 'utf8'))).toEqual(glossaryFile);
  });
});
