import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import index from '../../data/commentary.json';
import { generateIndexFile, generateSearchIndexFile, OUTPUT, SEARCH_INDEX } from '../../scripts/build-index';
import { buildSearchDocs, createSearcher, docsKey, type PrebuiltIndex } from '../../utils/search';
import type { Commentary } from '../../utils/commentary';
import { compileMatcher } from '../../utils/matcher';
import { describeParseWarning, parseCommentaryPage, parseEnglishDate, splitSections } from '../../utils/parse-commentary';
import { DEFAULT_TOPICS } from '../../utils/topics';

const commentaries = index.commentaries as Commentary[];
const source = readFileSync('data/sources/jfir-commentary.txt', 'utf8');

describe('bundled commentary index', () => {
  it('is up to date with its source (run `npm run build:index` after changing the parser or source)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generateIndexFile());
  });

  it('ships a prebuilt search index of itself that the searcher accepts and agrees with', () => {
    const text = readFileSync(SEARCH_INDEX, 'utf8');
    expect(text).toBe(generateSearchIndexFile(readFileSync(OUTPUT, 'utf8')));
    const prebuilt = JSON.parse(text) as PrebuiltIndex;
    expect(prebuilt.docsKey).toBe(docsKey(buildSearchDocs(commentaries, DEFAULT_TOPICS)));
    const fromPrebuilt = createSearcher(commentaries, DEFAULT_TOPICS, prebuilt);
    const fresh = createSearcher(commentaries, DEFAULT_TOPICS);
    for (const q of ['Kuril', 'Jack Ma', 'タリバン', 'Haqqani network', '"peace treaty"']) {
      expect(
        fromPrebuilt.search(q).map((r) => r.passageId),
        q,
      ).toEqual(fresh.search(q).map((r) => r.passageId));
    }
  });

  it('holds the six commentaries with titles, dates and authors', () => {
    expect(commentaries.map((c) => [c.date, c.author.name])).toEqual([
      ['2021-10-19', 'SUGITA Hiroki'],
      ['2021-08-02', 'TOKIWA Shin'],
      ['2021-06-07', 'ITO Yo'],
      ['2021-04-07', 'WATANABE Hirotaka'],
      ['2021-01-31', 'ARAKI Kazuhiro'],
      ['2020-11-30', 'HAKAMADA Shigeki'],
    ]);
    expect(commentaries[0]!.title).toBe('Discussion of the Situation in Afghanistan');
    expect(commentaries[0]!.author.affiliation).toBe('Columnist, Kyodo News Agency');
    expect(commentaries[5]!.author.affiliation).toBe(
      'Trustee, JFIR / Professor Emeritus, Aoyama Gakuin University and University of Niigata Prefecture',
    );
  });

  it('records where and when each first appeared, taking the first day of a two-day run', () => {
    expect(commentaries.map((c) => c.firstAppeared.date)).toEqual([
      '2021-09-10',
      '2021-06-19',
      '2021-05-27',
      '2021-03-31',
      '2020-11-25',
      '2020-10-20',
    ]);
    expect(commentaries[3]!.firstAppeared.dateText).toBe('March 31 & April 1, 2021');
    for (const c of commentaries) expect(c.firstAppeared.venue).toMatch(/^Hyakka-Seiho/);
  });

  it('finds the numbered section headings of the Afghanistan commentary', () => {
    expect(commentaries[0]!.sections).toEqual([
      '1. US foreign policy toward Afghanistan',
      '2. Future outlook for Afghanistan',
      '3. Policy recommendations for Japan',
    ]);
    expect(commentaries[0]!.passages[0]!.text).toMatch(/^After the withdrawal of US troops/);
    expect(commentaries.slice(1).every((c) => c.sections.length === 0)).toBe(true);
  });

  it('keeps the page furniture and the closing note out of every article', () => {
    const all = commentaries.flatMap((c) => [c.title, ...c.passages.map((p) => p.text)]).join('\n');
    for (const furniture of [
      'Latest Activities',
      'Back number',
      'About JFIR',
      'non-profit, independent',
      'This is the English translation',
    ]) {
      expect(all).not.toContain(furniture);
    }
    // The stray author line between the North Korea and the Suga commentaries.
    expect(commentaries[4]!.passages.at(-1)!.text).not.toMatch(/ARAKI Kazuhiro$/);
    expect(commentaries[5]!.passages[0]!.text).toMatch(/^In this article, the author/);
  });

  it('is well-formed: unique ids, parseable dates, passages neither empty nor huge', () => {
    const ids = [...commentaries.map((c) => c.id), ...commentaries.flatMap((c) => c.passages.map((p) => p.id))];
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of commentaries) {
      expect(Number.isNaN(Date.parse(c.date))).toBe(false);
      expect(c.passages.length).toBeGreaterThan(3);
      for (const p of c.passages) {
        expect(p.id.startsWith(`${c.id}#p`)).toBe(true);
        expect(p.text.trim().length).toBeGreaterThan(80);
        expect(p.text.split(/\s+/).length).toBeLessThanOrEqual(200);
      }
    }
  });

  it('reaches every commentary from at least one default topic', () => {
    const matcher = compileMatcher(DEFAULT_TOPICS);
    for (const c of commentaries) {
      const found = matcher.find([c.title, ...c.passages.map((p) => p.text)].join('\n'));
      expect(found.length, c.title).toBeGreaterThan(0);
    }
  });
});

describe('parseCommentaryPage', () => {
  it('reports a page with no commentary instead of inventing one', () => {
    const result = parseCommentaryPage('About JFIR\n\nJust some text.');
    expect(result.commentaries).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'parse_none_found', args: [] }]);
    expect(describeParseWarning(result.warnings[0]!)).toMatch(/no commentary found/);
  });

  it('warns when the closing note with the author is missing', () => {
    const body = 'The government said on Monday that the talks with Moscow would continue despite the sanctions imposed last year.';
    const result = parseCommentaryPage(`May 1, 2022\n\nA Title\n\n${body}`);
    expect(result.commentaries).toHaveLength(1);
    expect(result.warnings).toEqual([{ code: 'parse_no_author', args: ['A Title'] }]);
    expect(describeParseWarning(result.warnings[0]!)).toMatch(/"A Title": no closing/);
  });

  it('warns of a dated commentary without title or text, and leaves it out', () => {
    const result = parseCommentaryPage('May 1, 2022\n\nJune 2, 2022\n\nA Title');
    expect(result.warnings).toEqual([
      { code: 'parse_no_title', args: ['2022-05-01'] },
      { code: 'parse_no_text', args: ['2022-06-02'] },
      { code: 'parse_none_found', args: [] },
    ]);
  });

  it('parses dates with or without a space after the comma, and rejects impossible ones', () => {
    expect(parseEnglishDate('October 19,2021')).toBe('2021-10-19');
    expect(parseEnglishDate('June 7, 2021')).toBe('2021-06-07');
    expect(parseEnglishDate('February 30, 2021')).toBeUndefined();
  });

  it('does not take "Sept. 14." for a section heading', () => {
    expect(splitSections('On Sept. 14. While succeeding the basic policies of Abe diplomacy, he spoke.')).toHaveLength(1);
  });
});

const SHARED_SEED = '../shared/seed/jfir-commentary.txt';

describe('source copy', () => {
  // A fresh clone has no ../shared; the project then builds from its own copy alone.
  it.skipIf(!existsSync(SHARED_SEED))('matches the shared seed when ../shared is present', () => {
    expect(source).toBe(readFileSync(SHARED_SEED, 'utf8'));
  });
});
