import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { analyze } from '../../../core/analyze';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const withTokens = (text: string) =>
  findDates(text, tokenizeText(text, tokenizer), '2025-07-10').map((d) => [d.text, d.value]);

describe('dates with the real tokenizer', () => {
  it('does not read relative words inside other words', () => {
    expect(withTokens('明日香村を訪ねた。')).toEqual([]);
    expect(withTokens('前日銀総裁が講演した。')).toEqual([]);
    expect(withTokens('同年代の選手と競う。')).toEqual([]);
  });

  it('still reads them as words', () => {
    expect(withTokens('明日、結果が出る。昨年11月に決めた。')).toEqual([
      ['明日', '2025-07-11'],
      ['昨年11月', '2024-11'],
    ]);
    // kuromoji glues 来 to 昨年; the date is still 昨年
    expect(withTokens('昨年来の懸案だ。')).toEqual([['昨年', '2024']]);
  });

  it('flows through analyze with the publication date', () => {
    const a = analyze('町は3日、昨年度の決算を発表した。', tokenizer, { published: '2025-07-10' });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ['3日', '2025-07-03'],
      ['昨年度', '2024'],
    ]);
  });
});
