import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/** 去年7月と8月: a month listed right after one with a year, later in it, takes that year. */
describe('a month listed after a month with a year', () => {
  it.each<Case>([
    [
      '去年3月と4月の2か月間に事故は40件あった。',
      '2025-08-20',
      [
        ['去年3月', '2024-03'],
        ['4月', '2024-04'],
      ],
    ],
    [
      '2022年4月、5月に調査した。',
      '2025-08-01',
      [
        ['2022年4月', '2022-04'],
        ['5月', '2022-05'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it('leaves an earlier month listed after it to the usual reading (昨年12月と1月)', () => {
    expect(read('昨年12月と1月に雪が多かった。', '2025-03-01')).toEqual([
      ['昨年12月', '2024-12'],
      ['1月', '2025-01'],
    ]);
  });
});
