import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { writeEmissions } from '../../../core/entities/emission';
import type { FeatureTable } from '../../../core/entities/feature-table';
import { TEMPLATE_COUNT, writeTokenFeatures } from '../../../core/entities/features';
import { TAG_COUNT } from '../../../core/entities/labels';
import { entityModel } from '../../../core/entities/model';
import { tokenSegments } from '../../../core/entities/segments';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
let table: FeatureTable;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
  table = entityModel().feats;
});

const TEXTS = [
  '山田花子氏は3日、東京都千代田区で記者会見を開いた。',
  'ウラジーミル・プーチン大統領とＮＡＴＯの会合は、ブリュッセルで行われる予定だ。',
  '北海道電力の株価は前日比2.5%高の1,200円となり、市場関係者の間で話題になった。',
  'ABC Newsによると、Kim Won Jin氏は「問題ない」と述べた',
];

describe('cached emission sums', () => {
  it('equal the per-token template features summed through the table, bit for bit', () => {
    const T = TAG_COUNT;
    for (const text of TEXTS) {
      const tokens = tokenizeText(text, tokenizer);
      // Twice: the second pass reads every token type from the cache.
      for (let pass = 0; pass < 2; pass++) {
        for (const [a, b] of tokenSegments(tokens)) {
          const n = b - a;
          const buf = new Int32Array(n * TEMPLATE_COUNT);
          writeTokenFeatures(tokens, a, b, buf);
          const want = new Float64Array(n * T);
          for (let i = 0; i < n; i++) table.addInto(buf, want, i * T, i * TEMPLATE_COUNT, (i + 1) * TEMPLATE_COUNT);
          const got = new Float64Array(n * T).fill(Number.NaN);
          writeEmissions(tokens, a, b, table, T, got);
          expect(Array.from(got)).toEqual(Array.from(want));
        }
      }
    }
  });

  it('rely on weights that float64 sums exactly in any order (multiples of 2^-23 below 1024)', () => {
    expect(table.weights.length).toBeGreaterThan(1000);
    for (const v of table.weights) {
      expect(Math.abs(v)).toBeLessThan(1024);
      expect(Number.isInteger(v * 2 ** 23)).toBe(true);
    }
  });
});
