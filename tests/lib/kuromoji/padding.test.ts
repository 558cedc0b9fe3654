import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TokenizerBuilder } from '@patdx/kuromoji';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryDir, loadKuromoji } from '../../../cli/tokenizer';
import type { Tokenizer } from '../../../core/types';
import { fastTokenizer } from '../../../lib/kuromoji/fast-tokenizer';
import { PADDED_FILES, trimPadding } from '../../../lib/kuromoji/padding';

describe('trimPadding', () => {
  it('drops trailing zeros but keeps whole records', () => {
    const bytes = Uint8Array.from([1, 2, 0, 0, 0, 0, 0, 0]);
    expect([...trimPadding(bytes, 1)]).toEqual([1, 2]);
    expect([...trimPadding(bytes, 4)]).toEqual([1, 2, 0, 0]);
    // A record whose own last bytes are zero is never cut in half.
    expect([...trimPadding(Uint8Array.from([0, 1, 0, 0, 0, 0, 0, 0]), 4)]).toEqual([0, 1, 0, 0]);
    expect(trimPadding(new Uint8Array(6), 10)).toHaveLength(0);
  });
});

describe('the trimmed dictionary', () => {
  let original: Tokenizer;
  let trimmed: Tokenizer;
  beforeAll(async () => {
    const dir = dictionaryDir();
    const files = new Map<string, ArrayBuffer>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.dat.gz'))) {
      const bytes = gunzipSync(readFileSync(join(dir, f)));
      const record = PADDED_FILES[f];
      const kept = record ? trimPadding(bytes, record) : bytes;
      files.set(f, new Uint8Array(kept).buffer); // a copy: Buffer#slice would share the whole buffer
    }
    // It must save something worth shipping, or the build step is pointless.
    const total = [...files.values()].reduce((n, b) => n + b.byteLength, 0);
    expect(total).toBeLessThan(70_000_000);
    original = await loadKuromoji();
    const built = await new TokenizerBuilder({
      loader: { loadArrayBuffer: async (f: string) => files.get(f) as ArrayBuffer },
    }).build();
    trimmed = built as unknown as Tokenizer;
  });

  const same = (a: Tokenizer, b: Tokenizer, text: string) =>
    expect(JSON.stringify(a.tokenize(text))).toBe(JSON.stringify(b.tokenize(text)));

  it('gives kuromoji the same words, entries and unknown words as the original', () => {
    const text =
      'ゼレンスキー大統領は、キーウで約3万5千人の兵士が訓練を受けたと述べた。ＮＡＴＯの報道官は𠮷田氏にこう話した。';
    same(original, trimmed, text);
    same(fastTokenizer(original), fastTokenizer(trimmed), text);
  });

  it('keeps every character in its class (unknown words are grouped by class)', () => {
    type Classes = { unknown_dictionary: { lookup(ch: string): unknown } };
    const a = original as unknown as Classes;
    const b = trimmed as unknown as Classes;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const [x, y] = [a.unknown_dictionary.lookup(ch), b.unknown_dictionary.lookup(ch)];
      if (JSON.stringify(x) !== JSON.stringify(y)) expect({ c, y }).toEqual({ c, y: x });
    }
  });

  it('agrees on random text, through kuromoji and through the fast lattice', () => {
    const fastOriginal = fastTokenizer(original);
    const fastTrimmed = fastTokenizer(trimmed);
    const alphabet = [...'あいうかきこんーアイカキコンヴ・日本東京市人万円年第約a1Z９ＡＢ .、。「」（）!𠮷'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 50 }), (chars) => {
        const text = chars.join('');
        same(original, trimmed, text);
        same(fastOriginal, fastTrimmed, text);
      }),
      { numRuns: 300 },
    );
  });
});
