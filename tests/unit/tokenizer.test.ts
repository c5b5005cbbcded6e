import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CJK } from '../../utils/matcher/characters';
import { lowerBound } from '../../utils/sorted';
import { CJK_CHARACTER, cjkBigrams, fold, hasCjk, wordsAndBigrams } from '../../utils/tokenizer';

describe('lowerBound', () => {
  it('finds the first index whose value is at least the one asked, as a linear search does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, value) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((x) => x >= value);
        expect(lowerBound(sorted, value)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });

  it('searches only [lo, hi), and works on strings', () => {
    expect(lowerBound([1, 3, 3, 5, 7], 3, 2, 4)).toBe(2);
    expect(lowerBound([1, 3, 3, 5, 7], 9, 1, 3)).toBe(3);
    expect(lowerBound(['kabul', 'kuril', 'kurils', 'taliban'], 'kur')).toBe(1);
  });
});

describe('the shared tokenizer', () => {
  it('keeps Hangul in the matcher variant of CJK only, and ー in the bigram variant only', () => {
    expect(CJK.test('북')).toBe(true);
    expect(CJK_CHARACTER.test('북')).toBe(false);
    expect(CJK_CHARACTER.test('ー')).toBe(true);
    expect(CJK.test('ー')).toBe(false);
    for (const ch of ['北', 'ひ', 'カ']) expect([CJK.test(ch), CJK_CHARACTER.test(ch), hasCjk(ch)]).toEqual([true, true, true]);
  });

  it('folds width forms with NFKC', () => {
    expect(fold('Ｋａｂｕｌ\u3000ﾊﾞｽ')).toBe('Kabul バス');
    expect(fold('Af\u00adgha\u00adni\u2060stan\ufeff und\u200bdie')).toBe('Afghanistan und\u200bdie');
  });

  it('splits a folded text into words outside CJK runs and the bigrams of each run', () => {
    expect(wordsAndBigrams(fold('北方領土とＡＳＥＡＮ summit パーティー'), /[\p{L}\p{N}]+/gu)).toEqual({
      words: ['ASEAN', 'summit'],
      grams: ['北方', '方領', '領土', '土と', 'パー', 'ーテ', 'ティ', 'ィー'],
    });
    expect(cjkBigrams('北')).toEqual(['北']);
  });
});
