import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * 前日比 is a market's tick, no date of its own; when its sentence names the trading day, it is the day
 * before that day, a date the reader should see as 前年同期 is.
 */
describe('the day before a trading day named in the sentence', () => {
  it.each<Case>([
    [
      '9日の東京株式市場で港南重工の株価は一時、前日比8%安の1200円まで下げた。',
      '2025-12-09',
      [
        ['9日', '2025-12-09'],
        ['前日', '2025-12-08'],
      ],
    ],
    [
      '日経平均株価は3日、前日比410円高の3万9500円で取引を終えた。',
      '2025-06-03',
      [
        ['3日', '2025-06-03'],
        ['前日', '2025-06-02'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it('leaves a tick with no day in its sentence undated', () => {
    expect(read('北辰化学は9日に決算を発表した。\n同社株の終値は前日比30円高だった。', '2025-12-09')).toEqual([
      ['9日', '2025-12-09'],
    ]);
    expect(read('平均は前週比12円高、終値は前日比5円安だった。', '2025-12-09')).toEqual([]);
  });
});
