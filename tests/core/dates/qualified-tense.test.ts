import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

// A late-May article: March is two months back; told as to come it would be next March.
const read = (text: string) =>
  findDates(text, tokenizeText(text, tokenizer), '2025-05-30').map((d) => [d.text, d.value]);

/**
 * 「3月に出荷を早める動きがあり、反動が出た」: a non-past verb qualifying a noun tells its time against the
 * main verb's; when that is past, the month is this year's past one, not next year's.
 */
describe('a non-past verb qualifying a noun, in a past sentence', () => {
  it.each([
    ['新制度を前に、3月に出荷を早める動きがあり、その反動が出た。', '3月', '2025-03'],
    ['値上げを前に、２月に買いだめする客が相次ぎ、売り上げが伸びた。', '２月', '2025-02'],
    ['3月に申請を急ぐ企業が多く、窓口は混雑した。', '3月', '2025-03'],
    ['1月に工事を始める業者が増え、受注が膨らんだ。', '1月', '2025-01'],
  ])('reads %s', (text, surface, value) => {
    expect(read(text)).toEqual([[surface, value]]);
  });

  // The sentence looks ahead: a month passed this year is next year's.
  it.each([
    ['3月に開く総会で正式に決める。', '3月', '2026-03'],
    ['同社は3月に出荷を始める方針だ。', '3月', '2026-03'],
    ['3月に稼働する工場で生産する計画だ。', '3月', '2026-03'],
  ])('keeps %s ahead', (text, surface, value) => {
    expect(read(text)).toEqual([[surface, value]]);
  });
});
