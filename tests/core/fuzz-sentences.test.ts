import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../core/text/sentences';

/**
 * Fuzzing the sentence splitter: on any text it returns sorted, disjoint, trimmed sentences that
 * are slices of the input, covering every visible character; time-boxed so a hang fails the test.
 */
const BOX = { interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true } as const;

// Sentence structure is made of these: terminators, every bracket (paired or stray), spaces, breaks.
const PIECES = [
  ...'。！？!?．、「」『』（）()【】〔〕［］[]　 \n\t',
  '北朝鮮',
  '3万人',
  'と述べた',
  'によると',
  '。」と',
  '😀',
  'ｶﾀｶﾅ',
  'abc',
];
const structured = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((p) => p.join(''));
const anyText = fc.string({ unit: 'grapheme', maxLength: 200 });

describe('splitSentences under fuzzing', () => {
  it('returns in-bounds, ordered, disjoint, trimmed slices that cover every visible character', () => {
    fc.assert(
      fc.property(fc.oneof(structured, anyText), (text) => {
        const ss = splitSentences(text);
        let prev = 0;
        const covered = new Uint8Array(text.length);
        for (const s of ss) {
          expect(s.start).toBeGreaterThanOrEqual(prev);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.text).toBe(s.text.trim());
          covered.fill(1, s.start, s.end);
          expect(sentenceAt(ss, s.start)).toBe(s);
          prev = s.end;
        }
        for (let i = 0; i < text.length; i++) {
          if (!/\s/.test(text[i] as string)) expect(covered[i], `offset ${i} of ${JSON.stringify(text)}`).toBe(1);
        }
      }),
      { numRuns: 3000, ...BOX },
    );
  });
});
