import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

// Pieces that exercise every rule: titles, suffixes, brackets, Latin, katakana with ・, gazetteer names.
const pieces = fc.constantFrom(
  'プーチン',
  '大統領',
  '氏',
  'さん',
  '省',
  '州',
  '市',
  '党',
  '（',
  '）',
  '(',
  ')',
  'CNN',
  'Kim Won',
  '・',
  'ー',
  '米',
  '露',
  '北朝鮮',
  '防衛',
  '李',
  '成',
  '権',
  'の',
  'は',
  '。',
  '\n',
  ' ',
  '=',
  '金',
  '1',
  'ａ',
  '🎌',
  '研究所',
  '日本',
);
const texts = fc.oneof(
  fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
  fc.string({ maxLength: 40 }),
);

describe('findEntities (property)', () => {
  it('never throws; entities are sorted, non-overlapping, inside the text, and name their slice', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const es = findEntities(text, tokenizeText(text, tokenizer));
        let last = 0;
        for (const e of es) {
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(e.text).toBe(text.slice(e.start, e.end));
          last = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
