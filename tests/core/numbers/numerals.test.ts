import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumeral, readNumeral } from '../../../core/numbers/numerals';
import { numeralAt } from '../../../core/numbers/scan';

const DIGIT = '〇一二三四五六七八九';
const MYRIAD = ['', '万', '億', '兆'];

/** 0 < n < 10000 in kanji: 2025 → 二千二十五 (一 is not written before 十/百/千). */
function smallKanji(n: number): string {
  let s = '';
  for (const [place, unit] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const) {
    const d = Math.floor(n / place) % 10;
    if (d) s += (d === 1 ? '' : DIGIT[d]) + unit;
  }
  return n % 10 ? s + DIGIT[n % 10] : s;
}

/** Splits n into myriad groups, highest first, rendering each with `group`: 11000 → 1万1000. */
function myriadForm(n: number, group: (g: number) => string): string {
  if (n === 0) return group(0);
  let s = '';
  for (let i = MYRIAD.length - 1; i >= 0; i--) {
    const g = Math.floor(n / 10 ** (4 * i)) % 10000;
    if (g) s += group(g) + MYRIAD[i];
  }
  return s;
}

describe('parseNumeral', () => {
  it.each([
    ['5,000', 5000],
    ['１，２００', 1200],
    ['1.5', 1.5],
    ['２．５', 2.5],
    ['17・6', 17.6],
    ['一・一五', 1.15],
    ['〇・八', 0.8],
    ['十二・五', 12.5],
    ['二・〇七', 2.07],
    ['三四・五', 34.5],
    ['一〇五・二', 105.2],
    ['一・五兆', 1.5e12],
    ['三万', 30000],
    ['十一万', 110000],
    ['二〇二五', 2025],
    ['二千二十五', 2025],
    ['1万1000', 11000],
    ['１万１０００', 11000],
    ['3億5千万', 350000000],
    ['4千', 4000],
    ['39,800万', 398000000],
    ['11,786百万', 11786000000],
    ['43.2万', 432000],
    ['1兆2000億', 1.2e12],
    ['1京', 1e16],
    ['ゼロ', 0],
  ])('%s → %d', (written, value) => {
    expect(parseNumeral(written)).toBe(value);
  });

  it.each(['万', '十百', '万億', '1,00', '1,2345', 'abc', '', '数千', '3 5'])('rejects %s', (written) => {
    expect(parseNumeral(written)).toBeNull();
  });
});

describe('readNumeral: vague quantities as ranges', () => {
  it.each([
    ['数千', 2000, 9999],
    ['数百万', 2000000, 9999999],
    ['十数', 11, 19],
    ['数十', 20, 99],
    ['数', 2, 9],
    ['百数十', 110, 199],
    ['数十億', 2e9, 9999999999],
    // tens in digits before 数 are its place: 20数 is 二十数
    ['20数', 21, 29],
    ['１０数', 11, 19],
    ['10数万', 110000, 199999],
  ])('%s → %d–%d', (written, min, max) => {
    expect(readNumeral(written)).toEqual({ value: null, min, max, vague: true });
  });

  it('scans 何 before a place as 数 (何百万 → 2,000,000–9,999,999), and 何 alone as no numeral', () => {
    expect(numeralAt('何百万円', 0)?.reading).toEqual({ value: null, min: 2000000, max: 9999999, vague: true });
    expect(numeralAt('何千人', 0)?.written).toBe('何千');
    expect(numeralAt('何人', 0)).toBeNull();
    expect(numeralAt('何か', 0)).toBeNull();
  });

  it('rejects two 数 in one numeral', () => {
    expect(readNumeral('数十数')).toBeNull();
    expect(readNumeral('120数')).toBeNull();
  });
});

describe('properties', () => {
  const integer = fc.integer({ min: 1, max: 9_999_999_999_999 });

  it('an integer written in kanji parses back to itself', () => {
    fc.assert(fc.property(integer, (n) => parseNumeral(myriadForm(n, smallKanji)) === n));
  });

  it('an integer in mixed form (1万1000) parses back to itself', () => {
    fc.assert(fc.property(integer, (n) => parseNumeral(myriadForm(n, String)) === n));
  });

  it('an integer with comma groups, half- or full-width, parses back to itself', () => {
    fc.assert(
      fc.property(integer, fc.boolean(), (n, full) => {
        const grouped = n.toLocaleString('en-US');
        const written = full
          ? grouped.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
          : grouped;
        return parseNumeral(written) === n;
      }),
    );
  });

  it('never throws on arbitrary strings, including numeral-heavy ones', () => {
    const numeralish = fc.string({ unit: fc.constantFrom(...'0123456789０１,，.・一二三十百千万億兆京数〇ゼロa') });
    fc.assert(
      fc.property(fc.oneof(fc.string(), numeralish), (s) => {
        const r = readNumeral(s);
        return r === null || (r.min <= r.max && Number.isFinite(r.min));
      }),
    );
  });

  it('returns quickly on a 10,000-character string', () => {
    const t0 = performance.now();
    expect(readNumeral('1'.repeat(10_000))).toBeNull();
    expect(readNumeral('十'.repeat(10_000))).toBeNull();
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
