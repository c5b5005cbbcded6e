/**
 * The matcher on pathological input: aliases made only of separators or wrapped in them, long
 * runs of white space, dashes and repeated words, and the linear passes (merging, exclusions,
 * block breaks) checked against obvious quadratic oracles or by counting work, never by timing.
 * Timings over growing inputs are in `npm run bench:matcher`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AliasData, AliasMention } from '../../utils/matcher/aliases';
import { leftmostLongest, withoutExcluded } from '../../utils/matcher/hits';
import { compileMatcher, prepareMatcher, type Joins } from '../../utils/matcher';
import { runToEnd } from '../../utils/steps';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { topic } from './topic';

const texts = (text: string, matcher: ReturnType<typeof compileMatcher>) => matcher.find(text).map((m) => text.slice(m.start, m.end));
const separators = fc
  .array(fc.constantFrom(' ', '-', '\u2013', '\u2014', '\u00a0', '\t', '\u2010'), { minLength: 1, maxLength: 6 })
  .map((a) => a.join(''));

describe('pathological aliases', () => {
  it('drops an alias with no letter or digit, which would match every dash', () => {
    fc.assert(
      fc.property(
        fc.oneof(separators, fc.constantFrom('…', "'", '’', '--', '—', '- -', '.')),
        fc.string({ maxLength: 40 }),
        (alias, text) => {
          const m = compileMatcher([topic('t', [alias])]);
          expect(m.size).toBe(0);
          expect(m.find(`${text} -- … ${text}`)).toEqual([]);
        },
      ),
    );
  });

  it("trims separators at an alias's ends: it matches as the alias inside them", () => {
    fc.assert(
      fc.property(separators, separators, fc.constantFrom('Taliban', 'Kim Jong Un', 'U.S.-Japan'), (before, after, alias) => {
        const wrapped = compileMatcher([topic('t', [before + alias + after])]);
        const plain = compileMatcher([topic('t', [alias])]);
        const text = `-- ${alias} --- ${alias.toUpperCase()}, ${alias}-${alias} `;
        expect(wrapped.find(text).map((m) => [m.start, m.end])).toEqual(plain.find(text).map((m) => [m.start, m.end]));
        expect(wrapped.find(text).length).toBeGreaterThan(0);
      }),
    );
  });

  it('finds repeated-word aliases over long runs of the word, without overlaps', () => {
    const m = compileMatcher([topic('a', ['a a a a'])]);
    expect(m.find('a '.repeat(4000))).toHaveLength(1000);
    expect(m.find('a-'.repeat(4001))).toHaveLength(1000);
    // From WORD_INDEX_FROM aliases on, the word index finds the same.
    const many = compileMatcher([topic('a', ['a a a a', ...Array.from({ length: 500 }, (_, i) => `filler${i} word`)])]);
    expect(many.find('a '.repeat(4000))).toHaveLength(1000);
  });

  it('matches across a long run of white space or dashes, and nothing in a run alone', () => {
    const m = compileMatcher(DEFAULT_TOPICS);
    const run = ' '.repeat(50_000);
    expect(texts(`Kim${run}Jong Un`, m)).toEqual([`Kim${run}Jong Un`]);
    expect(texts(`Kim${'-'.repeat(50_000)}Jong${'\u2014'.repeat(10)}Un`, m)).toHaveLength(1);
    expect(m.find(`${run}${'-'.repeat(50_000)}${'\u2013'.repeat(50_000)}`)).toEqual([]);
    expect(texts(`Kim${run}`.repeat(20), m)).toEqual([]);
  });
});

describe('linear passes', () => {
  const alias = (topicId: string): AliasData => ({
    topicId,
    alias: topicId,
    normalized: topicId,
    caseSensitive: false,
    substring: false,
    wordStart: true,
    wordEnd: true,
  });
  const topics = ['a', 'b', 'c'].map(alias);
  /** Hits in text order, at most one per start (as each scan gives them). */
  const hitList = fc
    .uniqueArray(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 12 }), fc.nat(2)), { selector: ([start]) => start, maxLength: 60 })
    .map((xs) => xs.sort((x, y) => x[0] - y[0]).map(([start, length, t]): AliasMention => ({ a: topics[t]!, start, end: start + length })));
  /** Non-overlapping hits in text order (as one scan gives them). */
  const disjoint = hitList.map((hs) => {
    let end = 0;
    return hs.filter((h) => (h.start >= end ? ((end = h.end), true) : false));
  });

  it('merges two scans into the leftmost-longest, as sorting them all would', () => {
    fc.assert(
      fc.property(hitList, hitList, (first, second) => {
        const sorted = [...first, ...second].sort((x, y) => x.start - y.start || y.end - x.end);
        let end = 0;
        const oracle = sorted.filter((h) => (h.start >= end ? ((end = h.end), true) : false));
        expect(leftmostLongest(first, second)).toEqual(oracle);
      }),
    );
  });

  it('drops exactly the hits an exclusion of their own topic covers, as checking every pair would', () => {
    fc.assert(
      fc.property(disjoint, disjoint, (hits, excluded) => {
        const oracle = hits.filter((h) => !excluded.some((x) => x.a.topicId === h.a.topicId && x.start <= h.start && h.end <= x.end));
        expect(withoutExcluded(hits, excluded)).toEqual(oracle);
      }),
    );
  });

  it('asks about each block join a bounded number of times, however long the text', () => {
    const matcher = compileMatcher(DEFAULT_TOPICS);
    /** A text of `n` paragraphs, one piece per word, a block break before each paragraph; counts the questions. */
    const askedFor = (n: number) => {
      const words = ['Taliban', ' ', 'leaders', ' ', 'met', ' ', 'in', ' ', 'Kabul', '.', 'Kim', '   ', 'Jong', '-', 'Un', ' '];
      const pieces = Array.from({ length: n }, () => words).flat();
      const starts: number[] = [];
      let at = 0;
      for (const p of pieces) {
        starts.push(at);
        at += p.length;
      }
      let asked = 0;
      const joins: Joins = { starts, breaksBefore: (i) => ((asked += 1), i % words.length === 0) };
      const found = matcher.find(pieces.join(''), joins);
      return { asked, found: found.length, joins: starts.length };
    };
    const small = askedFor(500);
    const large = askedFor(4000);
    expect(large.found).toBe(8 * small.found);
    expect(small.asked).toBeLessThanOrEqual(2 * small.joins);
    expect(large.asked / small.asked).toBeLessThanOrEqual(8.1);
  });

  it('runs as steps that a page can spread over tasks, finding what one call finds', () => {
    const matcher = compileMatcher(DEFAULT_TOPICS);
    const text = 'The Taliban met the Haqqani network in Ｋａｂｕｌ. '.repeat(20_000);
    let steps = 0;
    const generator = matcher.findSteps(text);
    let result: IteratorResult<void, ReturnType<typeof matcher.find>>;
    while (!(result = generator.next()).done) steps += 1;
    expect(result.value).toEqual(matcher.find(text));
    expect(result.value).toHaveLength(60_000);
    // Yields every few hundred hits, and while folding the full-width letters.
    expect(steps).toBeGreaterThanOrEqual(60_000 / 512);
    // A paused scan leaves the shared regex as it was for another find in between.
    const a = matcher.findSteps(text);
    a.next();
    expect(matcher.find('Kabul and Taliban')).toHaveLength(2);
    expect(runToEnd(a)).toEqual(result.value);
  });

  it('prepares no alias twice and keeps the separator rules the same for exclusions', () => {
    const data = prepareMatcher([topic('t', ['-Taliban-', 'Taliban', ' Taliban '], ['—Pakistani Taliban '])]);
    expect(data.aliases.map((a) => a.normalized)).toEqual(['Taliban']);
    expect(data.exclusions.map((a) => a.normalized)).toEqual(['Pakistani Taliban']);
  });
});
