import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kanjiValue, readNumeral } from '../../../core/dates/numerals';

const DIGIT = '〇一二三四五六七八九';

/** 2025 → 二千二十五 (the way dates are written in prose). */
function toKanji(n: number): string {
  let s = '';
  for (const [power, mark] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const) {
    const q = Math.floor(n / power) % 10;
    if (q) s += (q === 1 ? '' : DIGIT[q]) + mark;
  }
  return s + (n % 10 ? DIGIT[n % 10] : '');
}

describe('readNumeral', () => {
  it('reads ASCII and full-width digits', () => {
    expect(readNumeral('2024年', 0)).toEqual({ value: 2024, end: 4, kanji: false });
    expect(readNumeral('１２月', 0)).toEqual({ value: 12, end: 2, kanji: false });
  });

  it('reads kanji numerals, positional and with powers of ten', () => {
    expect(readNumeral('二〇二五年', 0)).toEqual({ value: 2025, end: 4, kanji: true });
    expect(readNumeral('二千二十五年', 0)?.value).toBe(2025);
    expect(readNumeral('十二月', 0)?.value).toBe(12);
    expect(readNumeral('三十一日', 0)?.value).toBe(31);
  });

  it('refuses digit runs longer than a year and malformed kanji', () => {
    expect(readNumeral('12025年', 0)).toBeNull();
    expect(kanjiValue('二二十')).toBeNull();
    expect(kanjiValue('十十')).toBeNull();
    expect(readNumeral('年', 0)).toBeNull();
  });

  it('parses any year written in kanji back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(kanjiValue(toKanji(n))).toBe(n);
        const positional = [...String(n)].map((d) => DIGIT[Number(d)]).join('');
        expect(kanjiValue(positional)).toBe(n);
      }),
    );
  });
});
