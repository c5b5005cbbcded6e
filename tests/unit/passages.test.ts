import { describe, expect, it } from 'vitest';
import { createRanker } from '../../utils/brief';
import type { Commentary } from '../../utils/commentary';
import { groupPassages, splitSentences, wordCount } from '../../utils/passages';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('passages', () => {
  it('splits sentences but not after abbreviations, initials or citations', () => {
    expect(splitSentences('Mr. Putin met Pres. Biden in the U.S. on Monday. Then V. Kistanov spoke. (Kimura, 1992.) It ended.')).toEqual([
      'Mr. Putin met Pres. Biden in the U.S. on Monday.',
      'Then V. Kistanov spoke. (Kimura, 1992.)',
      'It ended.',
    ]);
  });

  it('never ends a passage inside a quotation', () => {
    const sentences = [`${words(70)} “He said this.`, 'And this.”', `${words(70)}.`];
    const passages = groupPassages(sentences);
    expect(passages[0]).toMatch(/And this\.”$/);
  });

  it('never separates the items of a (1) … (2) … list', () => {
    const sentences = [`${words(70)} (1) first item.`, '(2) second item.', '(3) third item.', `${words(70)}.`];
    expect(groupPassages(sentences)[0]).toMatch(/\(3\) third item\.$/);
  });

  it('closes a passage at the hard limit even when a quotation mark is missing', () => {
    const sentences = Array.from({ length: 10 }, () => `“${words(30)}.`);
    expect(groupPassages(sentences).length).toBeGreaterThan(1);
  });
});

describe('ranking ties', () => {
  it('go to the newer commentary', () => {
    const make = (id: string, date: string): Commentary => ({
      id,
      title: 'On Kabul',
      date,
      author: { name: 'A', affiliation: '' },
      firstAppeared: { venue: '', date: '', dateText: '' },
      sections: [],
      passages: [{ id: `${id}#p1`, text: 'Kabul was calm on Monday, officials said.' }],
      url: '',
    });
    const ranker = createRanker([make('old', '2020-01-01'), make('new', '2021-01-01')]);
    const topic = { id: 'afghanistan', label: { en: 'Afghanistan', ja: '' }, aliases: ['Kabul'], color: 0 };
    expect(ranker.brief(topic, {}, 2).map((e) => e.commentaryId)).toEqual(['new', 'old']);
  });

  it('counts a Japanese sentence by its characters, about two to a word, and joins Japanese sentences without spaces', () => {
    expect(wordCount('Japan and Russia met.')).toBe(4);
    expect(wordCount('日露の北方領土交渉は完全に行き詰まった。')).toBe(10);
    expect(wordCount('米国はIMFの資産を凍結した。')).toBe(7);
    // Forty sentences of 30 characters: about 600 words in all, so several passages, never one.
    const sentence = 'タリバン暫定政権の承認は見送られ、各国は女性の権利の尊重を求めた。';
    const passages = groupPassages(splitSentences(sentence.repeat(40)));
    expect(passages.length).toBeGreaterThanOrEqual(4);
    expect(passages[0]).toBe(sentence.repeat(passages[0]!.length / sentence.length));
    expect(passages.join('')).toBe(sentence.repeat(40));
  });
});
