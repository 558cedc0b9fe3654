import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

/**
 * A word for "the one before" used as a base of comparison (前年の約1.4倍, 前年度を上回った, 前年同月を
 * 上回った, （前年40位）) is still a date the reader should see: the year, fiscal year or month before
 * the one the story is in, and so is the period a fused ratio word is taken against (前年比 → 前年, 前年同月比
 * → 前年同月, 前年度当初比 → 前年度). A day's or a week's (前日比, 前週比) is the market's tick: no date.
 */
describe('bases of comparison', () => {
  it.each([
    ['昨年1年間の相談は320件で、前年の約1.4倍に膨らんだ。', '前年', '2023'],
    ['2024年度の利用者は約8万人と、前年度の約1.5倍に増えた。', '前年度', '2023'],
    ['今年の平均額は4300円で、前年の調査から620円増えた。', '前年', '2024'],
    ['去年１年間の件数は１２０件で、前年を２割上回りました。', '前年', '2023'],
    ['2023年の志願者は前年より約500人少なかった。', '前年', '2022'],
    ['2023年の販売は前年並みの水準だった。', '前年', '2022'],
    ['北辰大学は2024年の順位が12位（前年40位）だった。', '前年', '2023'],
    ['今年5月の出荷は約8万台で、前年同月を14.2%上回った。', '前年同月', '2024-05'],
    ['５月の来店客は前年の同じ月と比べて１割減った。', '前年の同じ月', '2024-05'],
    ['６月の物価指数は前月を０・３ポイント上回った。', '前月', '2025-05'],
    ['2022年度の歳出は前年度と比べ3%減った。', '前年度', '2021'],
  ])('dates the base in %s', (text, surface, value) => {
    expect(dates(text)).toContainEqual([surface, value]);
  });

  it('counts a later 前年 from the year in focus, which does not move to it', () => {
    expect(dates('2023年の売上高は前年を上回った。利益も前年の2倍になった。')).toEqual([
      ['2023年', '2023'],
      ['前年', '2022'],
      ['前年', '2022'],
    ]);
    expect(dates('2019年は前年の1.2倍に増えた。12月に新工場を開いた。')).toEqual([
      ['2019年', '2019'],
      ['前年', '2018'],
      ['12月', '2019-12'],
    ]);
  });

  it.each([
    [
      '前年比5%増、前年同期比2%減、前月比1%増',
      [
        ['前年', '2024'],
        ['前年同期', '2024'],
        ['前月', '2025-06'],
      ],
    ],
    [
      '一般会計は前年度当初比4.2%増、市税は前年度比18億円増えた。',
      [
        ['前年度', '2024'],
        ['前年度', '2024'],
      ],
    ],
    ['新車販売は前年同月比3.2%減った。', [['前年同月', '2024']]],
  ])('dates the period a fused ratio word is taken against: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('dates no day or week fused with 比, the market tick (前日比30円高, 前週比12円高)', () => {
    expect(dates('終値は前日比30円高、平均は前週比12円高だった。')).toEqual([]);
  });
});

/**
 * A paragraph set in a past it gives no year for (昭和の終わりごろ, 大正時代に, 戦後間もなく, 大震災の年、)
 * has no year in focus to count 前年 or 前月 from, nor has a time named only by what happened then
 * (前の年の倍近く売れたときです), and the year before publication would be a wrong value: they are left
 * undated. A story of the present with no year named still counts from publication.
 */
describe('bases of comparison in an undated past', () => {
  it.each([
    '町は大正時代に水害に見舞われた。被害は前年の2倍に上った。',
    '平成の初め、地価は前年の1.5倍に跳ね上がった。',
    '大会は戦後間もなく始まった。参加者は前年の倍に増えたという。',
    '大震災の年、町の人口は前年より1割減った。',
    '昭和の終わりごろ、町は炭鉱の閉山に揺れた。前年には人口が1万人を割っていた。',
    '当時の記録によると、出荷量は前月を3割下回った。',
    // the year before a time named only by what happened then
    '一番うれしかったのは、担当した売り場が前の年の倍近く売れたときです。',
    '前年の2倍の客が来た頃、店は2号店を出した。',
  ])('dates no base in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['時代の変化で、販売は前年を下回った。', '前年', '2024'],
    ['第1四半期の売上高は前年同期を上回った。', '前年同期', '2024'],
    ['バブル期の1989年末、株価は最高値を付けた。前年末から3割上がった。', '前年末', '1988-12'],
    ['昭和の時代に始まった祭りは、今年の来場者が前年を1割上回った。', '前年', '2024'],
  ])('still counts from the year in focus in %s', (text, surface, value) => {
    expect(dates(text)).toContainEqual([surface, value]);
  });
});
