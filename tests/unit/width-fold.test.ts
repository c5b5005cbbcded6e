import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedOffsets, foldWidth, originalEnd, originalOffset } from '../../utils/matcher/width-fold';
import { lowerBound } from '../../utils/sorted';
import { fold } from '../../utils/tokenizer';

/**
 * The plain way to fold, as the matcher did it before: character by character, each folded
 * character's original offset written down, and where a match ending after it ends. The map must
 * answer as these lists do.
 */
function foldByCharacter(text: string): { text: string; offsets: number[]; ends: number[] } {
  const dropped = (code: number) => code === 0x00ad || code === 0x2060 || code === 0xfeff;
  const foldable = (code: number) => dropped(code) || code === 0x3000 || (code >= 0xff01 && code <= 0xffef);
  const mark = (code: number) => code === 0xff9e || code === 0xff9f || code === 0x3099 || code === 0x309a;
  // Only dropped characters with white space (or an end) beside them: nothing a match could change, the text stays.
  const space = (ch: string | undefined) => ch === undefined || ch <= ' ' || ch === '\u00a0' || ch === '\u3000';
  const matters = [...text].some((ch, i, all) => {
    const code = ch.charCodeAt(0);
    return mark(code) || (foldable(code) && !dropped(code)) || (dropped(code) && !space(all[i - 1]) && !space(all[i + 1]));
  });
  if (!matters) {
    const identity = Array.from({ length: text.length + 1 }, (_, i) => i);
    return { text, offsets: identity, ends: identity };
  }
  let out = '';
  const offsets: number[] = [];
  const ends = [0];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const joinsMark = mark(text.charCodeAt(i + 1)) && !mark(code);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const unit = joinsMark || pair ? text.slice(i, i + 2) : text[i]!;
    const folded = joinsMark || foldable(code) ? fold(unit) : unit;
    // A unit folded to as many code units maps unit by unit (ＤＰＲＫ, a surrogate pair); one whose length changed, as a whole.
    for (let k = 0; k < folded.length; k += 1) {
      const same = folded.length === unit.length;
      offsets.push(same ? i + k : i);
      ends.push(same ? i + k + 1 : i + unit.length);
    }
    out += folded;
    i += unit.length;
  }
  offsets.push(text.length);
  return { text: out, offsets, ends };
}

/** Width forms, voiced marks, dropped characters, a surrogate pair; '\uffe3' is the one foldable character NFKC makes two, '\u0301' a combining mark that is no voiced mark. */
const PIECES = [
  'a',
  'Kabul',
  ' ',
  'Ｋ',
  '１',
  '（',
  '\u3000',
  'ﾀ',
  'ﾊ',
  'ﾞ',
  'ﾟ',
  'ハ',
  '\u3099',
  '\u309a',
  '\u00ad',
  '\u2060',
  '\ufeff',
  '北',
  '\ud835\udc13',
  '、',
  '\uffe3',
  '\u0301',
];

/** Checks the fold of `text` and its map, both ways, against folding character by character. */
function expectAsByCharacter(text: string): void {
  const expected = foldByCharacter(text);
  const { text: folded, map } = foldWidth(text);
  expect(folded).toBe(expected.text);
  for (let at = 0; at <= folded.length; at += 1) {
    expect(originalOffset(map, at)).toBe(expected.offsets[at]);
    expect(originalEnd(map, at)).toBe(expected.ends[at]);
  }
  const every = Array.from({ length: text.length + 1 }, (_, at) => at);
  expect(map ? foldedOffsets(map, every) : every).toEqual(every.map((at) => lowerBound(expected.offsets, at)));
}

describe('folding a page’s text for matching', () => {
  it('folds and maps offsets both ways as folding character by character does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => expectAsByCharacter(pieces.join(''))),
      { numRuns: 2000 },
    );
  });

  it('folds a text of many steps as in one', () => {
    // Over 8,192 folded units: the fold yields between steps.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 12_000, maxLength: 14_000 }), (pieces) =>
        expectAsByCharacter(pieces.join('')),
      ),
      { numRuns: 5 },
    );
  });

  it('leaves a text alone whose only foldable characters are dropped ones beside white space', () => {
    // A soft hyphen on a line of its own in a page's markup: folding would only copy the text.
    expect(foldWidth('AddThis Sharing\n    \u00ad\n    Kabul')).toEqual({ text: 'AddThis Sharing\n    \u00ad\n    Kabul' });
    expect(foldWidth('\ufeffKabul \u00ad Ka\u00adbul').text).toBe('Kabul  Kabul');
  });

  it('keeps no map where folding changed no length, and none at all without foldable characters', () => {
    expect(foldWidth('Kabul 北方領土')).toEqual({ text: 'Kabul 北方領土' });
    expect(foldWidth('ＤＰＲＫ\u3000（１）')).toEqual({ text: 'DPRK (1)' });
    const { text, map } = foldWidth('Ta\u00adli\u00adban ﾊﾞ');
    expect(text).toBe('Taliban バ');
    expect(map).toEqual({ foldedFrom: [2, 4, 8], foldedTo: [2, 4, 9], originalFrom: [2, 5, 10], originalTo: [3, 6, 12] });
  });
});
