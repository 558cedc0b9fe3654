import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FigureReading, findFigures } from '../../../core/figures';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// Characters that exercise the grammar: digits, separators, kanji numerals, counters and qualifiers.
const ALPHABET = [...'0123456789０９,，.・〜-~から一二三十百千万億兆数半分の割人円年月日時間%％約超以上（）() 第目GF'];
// Generous so that a loaded machine passes: the real cost is about 50 ms per 10,000 characters.
const TIME_BOX_MS = 2000;
const numeralish = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 200 });

function wellFormed(text: string, fs: readonly FigureReading[]): boolean {
  let end = 0;
  for (const f of fs) {
    if (f.start < end || f.end <= f.start || text.slice(f.start, f.end) !== f.text) return false;
    if (f.value === null && (f.min === null || f.max === null || f.min > f.max)) return false;
    end = f.end;
  }
  return true;
}

describe('findFigures properties', () => {
  it('never throws and returns sorted, non-overlapping spans (no tokens)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), numeralish), (s) => wellFormed(s, findFigures(s, []))),
      { numRuns: 2000 },
    );
  });

  it('never throws and returns sorted, non-overlapping spans (kuromoji tokens)', () => {
    fc.assert(
      fc.property(numeralish, (s) => wellFormed(s, figures(s))),
      { numRuns: 300 },
    );
  });

  it('handles 10,000-character strings in linear time', () => {
    const inputs = [
      '1'.repeat(10_000),
      '一'.repeat(10_000),
      '1,'.repeat(5_000),
      '3〜'.repeat(5_000),
      '約1万人以上、'.repeat(1_500),
      '数'.repeat(10_000),
      // rates chain into each other: 1日1日… must not recurse down the whole string
      '1日'.repeat(5_000),
      '1時間に'.repeat(2_500),
      '1ドル='.repeat(3_000),
      '3-1で'.repeat(2_500),
      '1×'.repeat(5_000),
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      const fs = findFigures(s, []);
      expect(wellFormed(s, fs)).toBe(true);
      expect(performance.now() - t0).toBeLessThan(TIME_BOX_MS);
    }
  });

  it('fuzzes long random strings within a time box', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 10_000, maxLength: 10_000 }), (s) => {
        const t0 = performance.now();
        const ok = wellFormed(s, findFigures(s, []));
        return ok && performance.now() - t0 < TIME_BOX_MS;
      }),
      // A failure is reported as found: shrinking 10,000-character strings would take minutes.
      { numRuns: 20, endOnFailure: true },
    );
  });
});
