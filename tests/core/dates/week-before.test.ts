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
  findDates(text, tokenizeText(text, tokenizer), '2025-07-10').map((d) => [d.text, d.value]);

/**
 * 前週 is the week before the day just named, as 翌週 is the week after it; written as a base of comparison
 * (前週より5円高い, 前週の53人から) it is still a date the reader should see, as 前年 is. 前週比 is a ratio.
 */
describe('前週: the week before the day named', () => {
  it.each([
    ['6月30日〜7月6日の平均価格は前週より12円高かった。', '前週', ['2025-06-23', '2025-06-29']],
    ['3日に集計した来場者は前週の4,100人から増えた。', '前週', ['2025-06-23', '2025-06-29']],
    ['７日の週の感染者数は、前週を２割上回った。', '前週', ['2025-06-30', '2025-07-06']],
    ['同協会が8日発表した。前週に比べて在庫は減った。', '前週', ['2025-06-30', '2025-07-06']],
  ])('reads %s', (text, surface, value) => {
    expect(read(text).find(([t]) => t === surface)).toEqual([surface, value]);
  });

  it.each([
    '6月30日〜7月6日の平均価格は前週比12円高だった。',
    '前週末の株価は下落した。',
    '日経平均は前週末比320円高で引けた。',
    '前週比で3%増えた。',
  ])('reads no 前週 in %s', (text) => {
    expect(read(text).filter(([t]) => String(t).startsWith('前週'))).toEqual([]);
  });
});
