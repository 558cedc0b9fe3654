import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * 前週 (前の週) after a span of days read as its two dates (2月24日〜3月2日) is the week before the span,
 * even when the day of the report was named first (農水省が7日発表した…); after a single day it is the
 * week before that day.
 */
describe('the week before a span of days', () => {
  it.each<Case>([
    [
      '農林水産省が7日発表した販売データによると、2月24日〜3月2日の1週間の平均価格は4077円で、前週から39円上がった。',
      '2025-03-09',
      [
        ['7日', '2025-03-07'],
        ['2月24日', '2025-02-24'],
        ['3月2日', '2025-03-02'],
        ['前週', ['2025-02-17', '2025-02-23']],
      ],
    ],
    [
      '北浜市が１２日に公表した５月２６日～６月１日の患者数は、前の週の１．４倍でした。',
      '2025-06-13',
      [
        ['１２日', '2025-06-12'],
        ['５月２６日', '2025-05-26'],
        ['６月１日', '2025-06-01'],
        ['前の週', ['2025-05-19', '2025-05-25']],
      ],
    ],
    [
      '南川県は10日、6月30日〜7月6日の感染者数が前週より2割多かったと発表しました。',
      '2025-07-10',
      [
        ['10日', '2025-07-10'],
        ['6月30日', '2025-06-30'],
        ['7月6日', '2025-07-06'],
        ['前週', ['2025-06-23', '2025-06-29']],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it('still counts from a single day named', () => {
    expect(read('市は3日、会見を開いた。前週には説明会があった。', '2025-03-09')).toEqual([
      ['3日', '2025-03-03'],
      ['前週', ['2025-02-24', '2025-03-02']],
    ]);
  });
});
