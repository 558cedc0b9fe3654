import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumeral, readNumeral } from '../../core/numbers/numerals';

/**
 * Fuzzing the numeral parser: random and numeral-shaped strings never throw, never hang (each
 * property is time-boxed and fails when interrupted), and what comes back is a finite number that
 * a well-formed numeral actually denotes.
 */
const BOX = { interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true } as const;

// The numeral alphabet and its neighbours: digits both widths, separators, kanji numerals, 数, ・, units.
const NUMERAL_CHARS = [...'0123456789０１２３４５６７８９,，.．・〇一二三四五六七八九十百千万億兆京数ゼロ円人 -'];
const numeralish = fc.array(fc.constantFrom(...NUMERAL_CHARS), { maxLength: 40 }).map((cs) => cs.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('parseNumeral under fuzzing', () => {
  it('never throws on any string and returns null or a finite, non-negative number', () => {
    fc.assert(
      fc.property(fc.oneof(numeralish, anyText), (s) => {
        const v = parseNumeral(s);
        expect(v === null || (Number.isFinite(v) && v >= 0)).toBe(true);
        const r = readNumeral(s);
        if (r) {
          expect(Number.isFinite(r.min) && Number.isFinite(r.max)).toBe(true);
          expect(r.min).toBeLessThanOrEqual(r.max);
          if (r.value !== null) expect(r.min <= r.value && r.value <= r.max).toBe(true);
        }
      }),
      { numRuns: 3000, ...BOX },
    );
  });

  it('reads plain digits, either width, as their value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.boolean(), (n, wide) => {
        const s = wide ? String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : String(n);
        expect(parseNumeral(s)).toBe(n);
      }),
      { numRuns: 1000, ...BOX },
    );
  });

  it('reads myriad groups: 「N万M」 is N × 10,000 + M', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (n, m) => {
        expect(parseNumeral(`${n}万${m}`)).toBe(n * 10_000 + m);
        expect(parseNumeral(`${n}億${m}万`)).toBe(n * 1e8 + m * 1e4);
      }),
      { numRuns: 1000, ...BOX },
    );
  });

  it('reads grouped thousands: 「1,234,567」 is 1234567', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (n) => {
        expect(parseNumeral(n.toLocaleString('en-US'))).toBe(n);
      }),
      { numRuns: 500, ...BOX },
    );
  });
});
