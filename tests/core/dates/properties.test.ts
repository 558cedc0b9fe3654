import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../core/dates';
import type { DateMention } from '../../../core/types';

/** Characters dates are made of, so random strings hit the grammar's corners, not just its misses. */
const DATEISH = [
  ...'0123456789０１２３４５６７８９〇一二三四五六七八九十百千年月日度代間前後上中下旬末〜～-から・まで/令和平成昭元昨今来先同翌午後時分半「」\n、。',
];

function checkMentions(text: string, found: DateMention[]): void {
  let last = 0;
  for (const d of found) {
    expect(d.start).toBeGreaterThanOrEqual(last);
    expect(d.end).toBeGreaterThan(d.start);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(d.text).toBe(text.slice(d.start, d.end));
    const values = Array.isArray(d.value) ? d.value : [d.value];
    for (const v of values) expect(v).toMatch(/^(\d{3}[\dX](-\d\d(-\d\d(T\d\d:\d\d)?)?)?|T\d\d:\d\d)$/);
    last = d.end;
  }
}

describe('findDates on arbitrary input', () => {
  it('never throws and returns sorted, non-overlapping mentions inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: fc.constantFrom(...DATEISH), maxLength: 200 })),
        fc.option(fc.constantFrom('2025-07-10', '2024-02-29', '2025-01-01', 'garbage'), { nil: null }),
        (text, published) => checkMentions(text, findDates(text, [], published)),
      ),
      { numRuns: 2000 },
    );
  });

  it('copes with 10,000-character strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...DATEISH), minLength: 10_000, maxLength: 10_000 }), (text) =>
        checkMentions(text, findDates(text, [], '2025-07-10')),
      ),
      { numRuns: 10, endOnFailure: true },
    );
  });

  it('stays linear: a dense 100,000-character text takes well under a second', () => {
    let text = '';
    for (let i = 0; i < 100_000; i++) text += DATEISH[(i * 7919) % DATEISH.length];
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      findDates(text, [], '2025-07-10');
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(2000);
  });
});
