import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

// Pieces of news copy: cues, quotes, anaphora, brackets and line breaks in any order.
const PIECES = [
  '県によると、',
  '「',
  '」',
  'と述べた。',
  'と、当局者は推定している。',
  '同社は',
  '同氏によれば',
  'これはCNNが報じたものだ。',
  'という。',
  'とした場合、',
  'ロシアと北朝鮮は',
  '（',
  '）',
  '\n',
  '。',
  '、',
  '田中社長は',
  '政府が12日、発表した。',
  '被害は',
  'が死亡した',
  'さらに、',
];

describe('attribution never breaks', () => {
  it('property: any mix of cues gives every figure a source or null, with offsets inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), fc.nat(24), (pieces, at) => {
        const parts = [...pieces];
        parts.splice(at % (parts.length + 1), 0, '30人');
        const text = parts.join('');
        const [s] = sourcesOf(text, ['30人']);
        if (s === null || s === undefined) return;
        expect(typeof s.name).toBe('string');
        expect(s.name.length).toBeGreaterThan(0);
        if (s.start !== undefined && s.end !== undefined) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end).toBeGreaterThan(s.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
