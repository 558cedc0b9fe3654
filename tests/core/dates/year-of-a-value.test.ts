import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const read = (text: string) =>
  findDates(text, tokenizeText(text, tokenizer), '2025-01-23').map((d) => [d.text, d.value]);

/**
 * 「20年の28.6%から35%に」: a two-digit year whose value a change starts from is a year, whatever year
 * was written before it (2050年 in a projection) — a length of time has no value of its own to change
 * from. 働き始めて20年の3人から話を聞いた names no change, and 懲役20年の判決から is a sentence's length.
 */
describe('a two-digit year a change starts from', () => {
  it.each([
    ['北浜市の人口は2050年には11万人になる。高齢化率は、20年の28.6%から35%に上がる。', '20年', '2020'],
    ['東和電機の売上高は、21年の900億円から今年は1000億円に増える見通しだということです。', '21年', '2021'],
    ['南川県によると、観光客は１９年の１２０万人から、２３年には９０万人に減った。', '１９年', '2019'],
    [
      '西野町の税収は、2018年度に比べて減った。町の人口は22年の1万2000人から1万1000人に減ったとしています。',
      '22年',
      '2022',
    ],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toContainEqual([surface, value]);
  });

  it.each([
    '北浜市で働き始めて20年の3人から話を聞いた。',
    '懲役20年の判決から3日後、被告は控訴した。',
    '勤続30年の5人から表彰を始めた。',
  ])('reads no year in %s', (text) => {
    expect(read(text).filter(([t]) => String(t).endsWith('年'))).toEqual([]);
  });
});

/**
 * 「24年貿易赤字5兆円」: a headline opening with a short year glued to the noun it dates, next to the
 * publication year. Lengths (20年連続, 23年ぶり, 24年間, 24年目) and years far from it (10年国債) are none.
 */
describe('a short year opening a headline', () => {
  it.each([
    ['２４年貿易赤字５兆円　３年連続\n本文。', '２４年'],
    ['北浜市、24年観光客が過去最多\n本文。', '24年'],
  ])('%s', (text, surface) => {
    expect(read(text)).toContainEqual([surface, '2024']);
  });

  it.each([
    '20年連続で増収\n本文。',
    '23年ぶり優勝\n本文。',
    '10年国債利回り上昇\n本文。',
    '24年間勤めた店を閉じる\n本文。',
    '24年目の挑戦\n本文。',
  ])('reads no year in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
