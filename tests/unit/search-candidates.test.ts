import { describe, expect, it } from 'vitest';
import index from '../../data/commentary.json';
import { buildSearchDocs } from '../../utils/search';
import { buildCandidateIndex } from '../../utils/search-candidates';
import { DEFAULT_TOPICS } from '../../utils/topics';

const docs = buildSearchDocs(index.commentaries, DEFAULT_TOPICS);
const filter = buildCandidateIndex(docs);
const commentariesOf = (query: string) => [...new Set(filter.candidates(query, 1000)!.map((i) => docs[i]!.commentaryId))].sort();
const RUSSIA = [
  '2020-11-30-originality-not-succession-policy-recommendation-for-pm-suga',
  '2021-08-02-what-is-putin-s-strategy-on-japan-vigilance',
];

describe('search candidate filter', () => {
  it('matches words by prefix, as a reader types them', () => {
    expect(commentariesOf('Kuri')).toEqual(RUSSIA);
    expect(commentariesOf('gromy')).toEqual(['2021-08-02-what-is-putin-s-strategy-on-japan-vigilance']);
  });

  it('tolerates a typo through shared trigrams', () => {
    expect(commentariesOf('olympcs')).toContain('2021-04-07-what-japan-should-do-for-the-tokyo-olympics');
  });

  it('finds Japanese through character bigrams (topic aliases of the passage)', () => {
    expect(commentariesOf('北方領土')).toEqual(RUSSIA);
  });

  it('ANDs words, ignores exclusions, and ranks head-field matches first', () => {
    expect(commentariesOf('Jack Ma')).toEqual(['2021-06-07-time-to-have-a-strong-interest-in-digital']);
    expect(commentariesOf('Kurils -Abe')).toEqual(RUSSIA);
    const first = filter.candidates('Olympics', 1)!;
    expect(docs[first[0]!]!.title).toMatch(/Tokyo Olympics/);
  });

  it('keeps its best candidates among the documents the filters accept', () => {
    // Putin's commentary holds the best "Kuril" passages; a filter to the Suga one still gets one.
    const suga = RUSSIA[0]!;
    const accepted = filter.candidates('Kuril', 1, (i) => docs[i]!.commentaryId === suga)!;
    expect(accepted).toHaveLength(1);
    expect(docs[accepted[0]!]!.commentaryId).toBe(suga);
    expect(filter.candidates('Kuril', 1000, () => false)).toEqual([]);
  });

  it('has nothing to filter on for one-letter words', () => {
    expect(filter.candidates('a', 10)).toBeUndefined();
  });
});
