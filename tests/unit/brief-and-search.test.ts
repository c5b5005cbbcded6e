import { describe, expect, it } from 'vitest';
import index from '../../data/commentary.json';
import { createRanker } from '../../utils/brief';
import type { Commentary } from '../../utils/commentary';
import { createSearcher, parseQuery } from '../../utils/search';
import { makeSnippet } from '../../utils/search-results';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { syntheticIndex } from '../../scripts/bench/synthetic';

const commentaries = index.commentaries as Commentary[];
const ranker = createRanker(commentaries);
const searcher = createSearcher(commentaries, DEFAULT_TOPICS);
const topic = (id: string) => DEFAULT_TOPICS.find((t) => t.id === id)!;
const AFGHANISTAN = '2021-10-19-discussion-of-the-situation-in-afghanistan';
const RUSSIA = [
  '2021-08-02-what-is-putin-s-strategy-on-japan-vigilance',
  '2020-11-30-originality-not-succession-policy-recommendation-for-pm-suga',
];

describe('brief ranking', () => {
  it('gives the haqqani brief from the Afghanistan commentary, the Haqqani passage first', () => {
    const excerpts = ranker.brief(topic('haqqani'), { headline: 'Haqqani network leaders take key ministries' });
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.every((e) => e.commentaryId === AFGHANISTAN)).toBe(true);
    expect(excerpts[0]!.text).toContain('Haqqani Group');
    expect(excerpts[0]!.author).toBe('SUGITA Hiroki');
  });

  it('follows the page: frozen reserves and refugees get different first passages', () => {
    const reserves = ranker.brief(topic('afghanistan'), { headline: 'Afghan central bank reserves stay frozen at the New York Fed' });
    const refugees = ranker.brief(topic('afghanistan'), { headline: 'Afghan refugees flee to Pakistan and Iran as UNHCR appeals' });
    expect(reserves[0]!.text).toContain('Federal Reserve Bank of New York');
    expect(refugees[0]!.text).toContain('refugees');
    expect(reserves[0]!.why).toEqual(expect.arrayContaining(['frozen']));
  });

  it('takes at most two excerpts from one commentary when several are relevant', () => {
    const excerpts = ranker.brief(topic('putin'), {}, 3);
    const perCommentary = new Map<string, number>();
    for (const e of excerpts) perCommentary.set(e.commentaryId, (perCommentary.get(e.commentaryId) ?? 0) + 1);
    expect(Math.max(...perCommentary.values())).toBeLessThanOrEqual(2);
    expect(perCommentary.size).toBeGreaterThan(1);
  });

  it('returns nothing for a topic no commentary mentions', () => {
    const aukus = { id: 'aukus', label: { en: 'AUKUS', ja: 'AUKUS' }, aliases: ['AUKUS'], color: 0 };
    expect(ranker.brief(aukus, { headline: 'AUKUS submarine deal' })).toEqual([]);
  });
});

describe('search', () => {
  it('lists the two Russia commentaries for "Northern Territories"', () => {
    expect(
      searcher
        .search('Northern Territories')
        .map((r) => r.commentary.id)
        .sort(),
    ).toEqual([...RUSSIA].sort());
  });

  it.each([
    ['北方領土', RUSSIA],
    ['タリバン', [AFGHANISTAN]],
    ['Jack Ma', ['2021-06-07-time-to-have-a-strong-interest-in-digital']],
    ['olympcs', ['2021-04-07-what-japan-should-do-for-the-tokyo-olympics']],
  ])('finds %s', (query, expected) => {
    expect(
      searcher
        .search(query)
        .map((r) => r.commentary.id)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('finds 習近平 through the topic aliases', () => {
    const ids = searcher.search('習近平').map((r) => r.commentary.id);
    expect(ids).toContain('2021-06-07-time-to-have-a-strong-interest-in-digital');
  });

  it('lists every commentary newest first for an empty query', () => {
    const dates = searcher.search('').map((r) => r.commentary.date);
    expect(dates).toHaveLength(6);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('keeps the newest-first list for one Latin letter, but searches one Japanese character', () => {
    expect(searcher.search('k').map((r) => r.commentary.id)).toEqual(searcher.search('').map((r) => r.commentary.id));
    expect(searcher.search('露').length).toBeLessThan(6);
  });

  it('parses -word and -"phrase" exclusions out of a query, and makes quoted phrases literal', () => {
    expect(parseQuery('"peace treaty" -Suga')).toEqual({ search: `'"peace treaty"`, exclude: ['suga'] });
    expect(parseQuery('Kim -"North Korea" - x-ray')).toEqual({ search: 'Kim - x-ray', exclude: ['north korea'] });
  });

  it('finds quoted phrases, and leaves out commentaries that mention an excluded word', () => {
    const phrase = searcher.search('"Northern Territories"').map((r) => r.commentary.id);
    expect(phrase.sort()).toEqual([...RUSSIA].sort());
    const excluded = searcher.search('"Northern Territories" -Navalny').map((r) => r.commentary.id);
    expect(excluded).toEqual([RUSSIA[1]]);
    expect(searcher.search('"Territories Northern"')).toEqual([]);
    expect(searcher.search('', { year: '2020' }).length - searcher.search('-Suga', { year: '2020' }).length).toBe(1);
  });

  it('groups passages: one result per commentary, with its best passage', () => {
    const results = searcher.search('Taliban');
    expect(new Set(results.map((r) => r.commentary.id)).size).toBe(results.length);
    expect(results[0]!.passageId.startsWith(results[0]!.commentary.id)).toBe(true);
  });

  it('keeps its word-index shortcut within the filters on a large index', () => {
    const large = syntheticIndex(1000);
    const big = createSearcher(large, DEFAULT_TOPICS);
    const year = '2020';
    const results = big.search('Taliban government', { year });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.commentary.date.startsWith(year))).toBe(true);
    // The unfiltered top results come from other years; the filter still finds its own.
    expect(big.search('Taliban government').some((r) => !r.commentary.date.startsWith(year))).toBe(true);
  });

  it('filters by topic, author and year, alone or with a query', () => {
    const byTopic = searcher.search('', { topicId: 'northern-territories' }).map((r) => r.commentary.id);
    expect(byTopic).toEqual(RUSSIA);
    expect(searcher.search('', { author: 'SUGITA Hiroki' }).map((r) => r.commentary.id)).toEqual([AFGHANISTAN]);
    expect(searcher.search('', { year: '2020' }).map((r) => r.commentary.date.slice(0, 4))).toEqual(['2020']);
    expect(searcher.search('Putin', { year: '2021' }).every((r) => r.commentary.date.startsWith('2021'))).toBe(true);
    expect(searcher.search('Taliban', { topicId: 'tokyo-olympics' })).toEqual([]);
    expect(searcher.facets()).toMatchObject({ years: ['2021', '2020'], authors: expect.arrayContaining(['SUGITA Hiroki']) });
  });

  it('suggests the closest topic name for a misspelling, not for a word already right', () => {
    expect(searcher.suggest('Hakani')).toBe('Haqqani');
    expect(searcher.suggest('Taliban')).toBeUndefined();
  });

  it('marks the matched words in the snippet', () => {
    const [first] = searcher.search('frozen assets');
    expect(first!.snippet.filter((p) => p.mark).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['frozen', 'assets']));
  });

  it('cuts a snippet around the first match with ellipses', () => {
    const text = `${'word '.repeat(100)}TARGET ${'word '.repeat(100)}`;
    const parts = makeSnippet(text, [[500, 505]], 100);
    expect(parts[0]!.text).toBe('…');
    expect(parts.find((p) => p.mark)!.text).toBe('TARGET');
    expect(parts.at(-1)!.text).toBe('…');
  });
});
