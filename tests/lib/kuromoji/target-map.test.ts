import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryDir, loadKuromoji, loadNodeTokenizer } from '../../../cli/tokenizer';
import type { Tokenizer } from '../../../core/types';
import { kuromojiInternals } from '../../../lib/kuromoji/internals';
import { TargetMap } from '../../../lib/kuromoji/target-map';

/** A tid_map.dat image: the record count, then [word id, n, entry ids…] records, then zero padding. */
const file = (records: number[][], padding = 0) =>
  Int32Array.from([
    records.length,
    ...records.flatMap(([k, ...ids]) => [k as number, ids.length, ...ids]),
    ...new Array(padding).fill(0),
  ]).buffer;

describe('TargetMap', () => {
  it('indexes each word’s entries and ignores the zero padding', () => {
    const map = TargetMap.parse(
      file(
        [
          [0, 10, 20],
          [3, 30],
        ],
        6,
      ),
    ) as TargetMap;
    expect(map.ids(0)).toEqual([10, 20]);
    expect(map.ids(3)).toEqual([30]);
    expect(map.ids(1)).toBeUndefined();
    expect(map.ids(99)).toBeUndefined();
    expect(map.asObject()[3]).toEqual([30]);
  });

  it('gives up on a word listed twice (kuromoji would merge it)', () => {
    expect(
      TargetMap.parse(
        file([
          [2, 10],
          [2, 20],
        ]),
      ),
    ).toBeNull();
  });

  it('holds exactly kuromoji’s map of the IPADIC', async () => {
    const kuromoji = kuromojiInternals(await loadKuromoji());
    const bytes = gunzipSync(readFileSync(join(dictionaryDir(), 'tid_map.dat.gz')));
    const map = TargetMap.parse(new Uint8Array(bytes).buffer) as TargetMap;
    const object = kuromoji.token_info_dictionary.target_map;
    const keys = Object.keys(object).map(Number);
    expect(keys.length).toBeGreaterThan(300_000);
    for (const k of keys) if (k % 97 === 0) expect(map.ids(k)).toEqual(object[k]);
    expect(TargetMap.fromObject({ 1: [5, 6] }).ids(1)).toEqual([5, 6]);
  });
});

describe('the pipeline tokenizer (kuromoji + TargetMap + fast lattice)', () => {
  let kuromoji: Tokenizer;
  let ours: Tokenizer;
  beforeAll(async () => {
    kuromoji = await loadKuromoji();
    ours = await loadNodeTokenizer();
  });

  it('tokenises like kuromoji, surrogate pieces (kuromoji through the proxy) included', () => {
    for (const text of [
      '東京都の人口は約1400万人だ。',
      '𠮷野家の株価は、前日比で3%上がった。',
      'ＮＨＫによると、2人が死亡した',
    ])
      expect(JSON.stringify(ours.tokenize(text))).toBe(JSON.stringify(kuromoji.tokenize(text)));
  });
});
