import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { caseAllowed, compileMatcher, foldWidth, WORD_INDEX_FROM, type TextMention } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { fold } from '../../utils/tokenizer';
import { topic } from './topic';

const defaults = compileMatcher(DEFAULT_TOPICS);
const found = (text: string, matcher = defaults) => matcher.find(text).map((m) => [m.topicId, text.slice(m.start, m.end)]);

describe('word boundaries', () => {
  it('matches whole words only, with Unicode-aware boundaries', () => {
    expect(found('Talibanization of input; kimchi with Kimberly')).toEqual([]);
    expect(found('the Taliban, Putin and Kim Jong-un')).toEqual([
      ['taliban', 'Taliban'],
      ['putin', 'Putin'],
      ['north-korea', 'Kim Jong-un'],
    ]);
    expect(found('éPutin Putiné')).toEqual([]);
  });

  it('matches possessives with straight and curly apostrophes', () => {
    expect(found("Taliban’s rule and the Taliban's rule")).toEqual([
      ['taliban', 'Taliban'],
      ['taliban', 'Taliban'],
    ]);
  });

  it('treats spaces, hyphens and dashes inside an alias alike', () => {
    expect(found('the Japan–U.S. alliance, the Japan-U.S. alliance, the Japan—U.S. alliance')).toHaveLength(3);
    expect(found('Kim Jong Un and Kim Jong-un')).toEqual([
      ['north-korea', 'Kim Jong Un'],
      ['north-korea', 'Kim Jong-un'],
    ]);
  });

  it('prefers the longest alias at a position', () => {
    expect(found('the Haqqani network and Sirajuddin Haqqani')).toEqual([
      ['haqqani', 'Haqqani network'],
      ['haqqani', 'Sirajuddin Haqqani'],
    ]);
  });

  it('widens a match over an alias of its own topic that starts inside it and ends past it', () => {
    const xi = DEFAULT_TOPICS.find((t) => t.aliases.includes('President Xi'))!.id;
    const indexed = compileMatcher(DEFAULT_TOPICS, { wordIndexFrom: 1 });
    for (const matcher of [defaults, indexed])
      expect(found('President Xi Jinping met Putin; President Xi spoke.', matcher)).toEqual([
        [xi, 'President Xi Jinping'],
        ['putin', 'Putin'],
        [xi, 'President Xi'],
      ]);
  });

  it('GUARD: widens no match over another topic’s alias, nor over the next match', () => {
    const other = compileMatcher([topic('a', ['Alpha Beta']), topic('b', ['Beta Gamma'])]);
    expect(found('Alpha Beta Gamma', other)).toEqual([['a', 'Alpha Beta']]);
    const next = compileMatcher([topic('a', ['Alpha Beta', 'Beta Gamma']), topic('c', ['Gamma'])]);
    expect(found('Alpha Beta Gamma', next)).toEqual([
      ['a', 'Alpha Beta'],
      ['c', 'Gamma'],
    ]);
  });
});

describe('case-smart matching', () => {
  it('needs the capitals of an alias written with capitals, or ALL CAPS', () => {
    expect(found('a chunky afghan blanket')).toEqual([]);
    expect(found('AFGHAN FORCES RETREAT')).toEqual([['afghanistan', 'AFGHAN']]);
    expect(found('my number is 5')).toEqual([]);
    expect(found('My number is 5')).toEqual([]);
    expect(found('Haqqani Network')).toEqual([['haqqani', 'Haqqani Network']]);
    expect(found('Kuril islands')).toEqual([['northern-territories', 'Kuril islands']]);
  });

  it('lets an all-lowercase alias match any case', () => {
    const m = compileMatcher([topic('p', ['platformers'])]);
    expect(found('Platformers and PLATFORMERS and platformers', m)).toHaveLength(3);
  });

  it('honours case-sensitive aliases exactly', () => {
    expect(caseAllowed('GAFA', 'gafa', true)).toBe(false);
    expect(caseAllowed('GAFA', 'GAFA', true)).toBe(true);
    const m = compileMatcher([topic('t', [{ text: 'Ant Group', caseSensitive: true }])]);
    expect(found('ANT GROUP and Ant Group', m)).toEqual([['t', 'Ant Group']]);
  });

  it('falls back to a shorter alias when the longest one fails its case rule', () => {
    const m = compileMatcher([topic('t', ['Haqqani', 'Haqqani Network'])]);
    expect(found('Haqqani network', m)).toEqual([['t', 'Haqqani network']]);
    const strict = compileMatcher([topic('t', ['Haqqani', { text: 'Haqqani Network', caseSensitive: true }])]);
    expect(found('Haqqani network', strict)).toEqual([['t', 'Haqqani']]);
  });
});

describe('Japanese and width folding', () => {
  it('matches CJK aliases as substrings', () => {
    expect(found('北方領土問題でタリバン政権とプーチン大統領')).toEqual([
      ['northern-territories', '北方領土'],
      ['taliban', 'タリバン'],
      ['putin', 'プーチン'],
    ]);
  });

  it('folds full-width and half-width forms and keeps the original offsets', () => {
    const text = '速報：ＤＰＲＫとﾀﾘﾊﾞﾝ';
    expect(found(text)).toEqual([
      ['north-korea', 'ＤＰＲＫ'],
      ['taliban', 'ﾀﾘﾊﾞﾝ'],
    ]);
    expect(foldWidth('ﾊﾞ').text).toBe('バ');
  });

  it('reads a word hyphenated with soft hyphens, word joiners or a stray byte-order mark as the word', () => {
    // German and Swiss sites hyphenate long words with U+00AD; the mention covers the hyphens.
    const text = 'Die Ta\u00adli\u00adban in Af\u00adgha\u00adni\u00adstan, Ka\u2060bul, \ufeffHaqqani, 北方\u00ad領土.';
    expect(found(text)).toEqual([
      ['taliban', 'Ta\u00adli\u00adban'],
      ['afghanistan', 'Af\u00adgha\u00adni\u00adstan'],
      ['afghanistan', 'Ka\u2060bul'],
      ['haqqani', 'Haqqani'],
      ['northern-territories', '北方\u00ad領土'],
    ]);
    expect(compileMatcher(DEFAULT_TOPICS, { wordIndexFrom: 0 }).find(text)).toEqual(defaults.find(text));
    // One at a compound's joint makes the compound, which is no whole word to match, as without it.
    expect(found('Taliban\u00adregierung und Af\u00adghanistan\u00adhilfe')).toEqual([]);
    // A mention ends before the invisible characters after it, which may open the next block.
    const after = 'Taliban\u00ad. Kabul\u2060\ufeff';
    expect(defaults.find(after).map((m) => [m.start, m.end])).toEqual([
      [0, 7],
      [10, 15],
    ]);
    // A zero-width space is a place to break a line between words, not part of one.
    expect(found('Taliban\u200bHaqqani')).toEqual([
      ['taliban', 'Taliban'],
      ['haqqani', 'Haqqani'],
    ]);
  });

  it('reads kana with a combining voiced mark as the composed kana', () => {
    // "タリバン" with its バ written as ハ + U+3099, as text from macOS file names has it.
    const text = '速報：タリハ\u3099ン政権';
    expect(found(text)).toEqual([['taliban', 'タリハ\u3099ン']]);
    expect(foldWidth('ハ\u3099ﾊﾞ').text).toBe('ババ');
  });
});

describe('hits inside words', () => {
  it('skips an alias that needs a word start, and keeps one that begins with punctuation', () => {
    const m = compileMatcher([topic('isis', ['ISIS']), topic('mafia', ["'Ndrangheta"])]);
    expect(found('the crisis and analysis of ISIS', m)).toEqual([['isis', 'ISIS']]);
    expect(found('the’Ndrangheta clan', m)).toEqual([['mafia', '’Ndrangheta']]);
  });
});

describe('exclusions', () => {
  it('suppress the matches they contain, for their topic only', () => {
    const m = compileMatcher([topic('taliban', ['Taliban'], ['Pakistani Taliban'])]);
    expect(found('the Pakistani Taliban and the Afghan Taliban', m)).toEqual([['taliban', 'Taliban']]);
    expect(m.find('the Pakistani Taliban and the Afghan Taliban')[0]!.start).toBe(37);
  });
});

const isSeparator = (ch: string | undefined) => ch !== undefined && /[ \-\u2013]/.test(ch);
const isApostrophe = (ch: string | undefined) => ch === "'" || ch === '\u2019';

/**
 * Where `alias` matches `text` at `i`, or -1: a separator (space, hyphen, en dash) in the alias
 * takes one or more of any of them, and either apostrophe takes either.
 */
function referenceMatchAt(text: string, i: number, alias: string): number {
  let j = i;
  for (const ch of alias) {
    if (isSeparator(ch)) {
      if (!isSeparator(text[j])) return -1;
      while (isSeparator(text[j])) j += 1;
    } else if (isApostrophe(ch) ? isApostrophe(text[j]) : text[j]?.toLowerCase() === ch.toLowerCase()) j += 1;
    else return -1;
  }
  return j;
}

/**
 * A slow, obviously correct matcher for ASCII letters, separators and apostrophes (one topic): try every alias at every
 * position, longest first; then widen each match over an alias that starts inside it and ends past it, short of the next.
 */
function referenceFind(text: string, aliases: string[]): Array<[number, number]> {
  const isWord = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_]/.test(ch);
  const lettersOf = (s: string) => s.replace(/[^A-Za-z]/g, '');
  const sorted = [...aliases].sort((a, b) => b.length - a.length);
  /** The end of the longest alias at `i` that passes the word and case rules, or -1. */
  const longestAt = (i: number) => {
    let end = -1;
    sorted.find((alias) => {
      const j = referenceMatchAt(text, i, alias);
      if (j < 0 || isWord(text[i - 1]) || isWord(text[j])) return false;
      const slice = text.slice(i, j);
      const upper = slice === slice.toUpperCase() && /[A-Z]/.test(slice);
      const sliceLetters = lettersOf(slice);
      const capsKept = [...lettersOf(alias)].every(
        (ch, k) => ch === ch.toLowerCase() || sliceLetters[k] === sliceLetters[k]!.toUpperCase(),
      );
      const ok = alias === alias.toLowerCase() || upper || capsKept;
      if (ok) end = j;
      return ok;
    });
    return end;
  };
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length;) {
    const end = longestAt(i);
    if (end > i) {
      out.push([i, end]);
      i = end;
    } else i += 1;
  }
  return out.map(([start, end], k) => {
    const limit = out[k + 1]?.[0] ?? text.length;
    for (let p = start + 1; p < end; p += 1) {
      const j = longestAt(p);
      if (j > end && j <= limit) end = j;
    }
    return [start, end];
  });
}

describe('matcher against a reference implementation (property)', () => {
  const word = fc.stringMatching(/^[abAB]{1,3}(['\u2019][abAB])?$/);
  const alias = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 2 }), fc.constantFrom(' ', '-', '\u2013'))
    .map(([ws, separator]) => ws.join(separator));
  // The aliases themselves among the parts, so that texts often hold them, side by side and overlapping.
  const textWith = (aliases: string[]) =>
    fc
      .array(
        fc.oneof(word, fc.constantFrom(...aliases), fc.constantFrom(' ', '. ', ', ', '-', ' \u2013 ', '--', '\u00ab', '\u2026', '\u201c')),
        {
          maxLength: 20,
        },
      )
      .map((parts) => parts.join(''));

  it.each([
    ['one regex', WORD_INDEX_FROM],
    ['the word index', 0],
  ])('finds the same leftmost-longest matches, widened, on random texts and aliases, through %s', (_, wordIndexFrom) => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(alias, {
            minLength: 1,
            maxLength: 5,
            selector: (a) =>
              a
                .toLowerCase()
                .replace(/[-\u2013]/g, ' ')
                .replace(/\u2019/g, "'"),
          })
          .chain((aliases) => fc.tuple(fc.constant(aliases), textWith(aliases))),
        ([aliases, t]) => {
          const matcher = compileMatcher([topic('t', aliases)], { wordIndexFrom });
          const ours = matcher.find(t).map((m: TextMention) => [m.start, m.end]);
          expect(ours).toEqual(referenceFind(t, aliases));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('text joined from blocks (property)', () => {
  const BREAK = '\u001e';
  const piece = fc.array(fc.oneof(fc.stringMatching(/^[abAB]{1,3}$/), fc.constantFrom(' ', '-', "'", '\u2019', '\u2013', 'ａ', '北', '')), {
    maxLength: 4,
  });
  const alias = fc.oneof(
    fc
      .tuple(fc.array(fc.stringMatching(/^[abAB]{1,3}(['\u2019][abAB])?$/), { minLength: 1, maxLength: 2 }), fc.constantFrom(' ', '-'))
      .map(([ws, sep]) => ws.join(sep)),
    fc.constantFrom('北a', 'a北', "'ab"),
  );
  // Each piece is a text node; `true` starts a new block.
  const pieces = fc.array(
    fc.tuple(
      piece.map((p) => p.join('')),
      fc.boolean(),
    ),
    { maxLength: 8 },
  );

  it.each([
    ['one regex', WORD_INDEX_FROM],
    ['the word index', 0],
  ])('finds, told where the blocks break, what it finds with a break character between blocks, through %s', (_, wordIndexFrom) => {
    fc.assert(
      fc.property(
        fc.uniqueArray(alias, { minLength: 1, maxLength: 5, selector: (a) => a.toLowerCase() }),
        fc.option(alias),
        pieces,
        (aliases, exclusion, parts) => {
          const matcher = compileMatcher([topic('t', aliases, exclusion ? [exclusion] : undefined)], { wordIndexFrom });
          let joined = '';
          let withBreaks = '';
          const starts: number[] = [];
          parts.forEach(([text, newBlock], i) => {
            if (newBlock && i > 0) withBreaks += BREAK;
            starts.push(joined.length);
            joined += text;
            withBreaks += text;
          });
          const joins = { starts, breaksBefore: (i: number) => parts[i]![1] };
          const toJoined = (offset: number) => offset - [...withBreaks.slice(0, offset)].filter((ch) => ch === BREAK).length;
          const expected = matcher.find(withBreaks).map((m) => [toJoined(m.start), toJoined(m.end)]);
          expect(matcher.find(joined, joins).map((m) => [m.start, m.end])).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the word index (large alias sets)', () => {
  it('finds exactly what the one regex finds, on every fixture page and brief case', () => {
    const texts = [
      ...readdirSync('tests/fixtures/pages').map(
        (f) => parseHTML(readFileSync(`tests/fixtures/pages/${f}`, 'utf8')).document.body.textContent ?? '',
      ),
      readFileSync('data/sources/jfir-commentary.txt', 'utf8'),
      'ＤＰＲＫと北方領土、Taliban’s TALIBAN talibanization, Kuril islands; Japan–U.S. alliance; Kim Jong-un; al-Qaeda; ISIS-K.',
    ];
    const withWords = compileMatcher(DEFAULT_TOPICS, { wordIndexFrom: 0 });
    for (const text of texts) expect(withWords.find(text)).toEqual(defaults.find(text));
  });

  it("looks up only its own words, not Object.prototype's", () => {
    const m = compileMatcher([topic('t', ['Taliban'])], { wordIndexFrom: 0 });
    expect(found('the constructor of __proto__ toString and the Taliban', m)).toEqual([['t', 'Taliban']]);
  });

  it('reads words with accents, dashes and curly apostrophes as the one regex does', () => {
    const topics = [topic('places', ['Hokkaidō', 'São Paulo', 'Côte d’Ivoire', 'Niš'])];
    const text = 'Hokkaidō’s farms, São Paulo–based firms, CÔTE D’IVOIRE; not SãoPaulo, Hokkaidōan or Nišava — but «Niš»\u00a0…';
    const byWords = compileMatcher(topics, { wordIndexFrom: 0 }).find(text);
    expect(byWords).toEqual(compileMatcher(topics).find(text));
    expect(byWords.map((m) => text.slice(m.start, m.end))).toEqual(['Hokkaidō', 'São Paulo', 'CÔTE D’IVOIRE', 'Niš']);
  });

  it('ends a word exactly where Unicode says, for every character, through both paths', () => {
    const wordChar = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー])[\p{L}\p{N}\p{M}_]$/u;
    const byRegex = compileMatcher([topic('t', ['ab'])]);
    const byWords = compileMatcher([topic('t', ['ab'])], { wordIndexFrom: 0 });
    const wrong: string[] = [];
    for (let code = 0x80; code <= 0xffff; code += 1) {
      // Surrogates stand for nothing alone; the full-width forms are folded before matching, and the invisible characters inside words dropped.
      if (
        (code >= 0xd800 && code <= 0xdfff) ||
        code === 0x3000 ||
        (code >= 0xff01 && code <= 0xffef) ||
        fold(String.fromCharCode(code)) === ''
      )
        continue;
      const ch = String.fromCharCode(code);
      const matches = wordChar.test(ch) ? 0 : 1;
      for (const text of [`ab${ch}`, `${ch}ab`, `x${ch}ab${ch}`])
        for (const matcher of [byRegex, byWords])
          if (matcher.find(text).length !== matches) wrong.push(`${code.toString(16)} in ${JSON.stringify(text)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is used from WORD_INDEX_FROM aliases on, keeping the regex for Japanese and substring aliases only', () => {
    const many = compileMatcher([
      topic(
        'm',
        Array.from({ length: WORD_INDEX_FROM }, (_, i) => `Name${i} Surname`),
      ),
      topic('j', ['北方領土']),
    ]);
    expect(many.pattern!.source).toBe('北方領土');
    expect(found('Name7 Surname and 北方領土, not Name7Surname', many)).toEqual([
      ['m', 'Name7 Surname'],
      ['j', '北方領土'],
    ]);
  });
});
