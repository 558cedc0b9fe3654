import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * 前年同期 in a paragraph that names no period: the period the headline or lede is about (4〜6月期,
 * ことし4月), a year before — as 前年同月 takes the lead's month.
 */
describe('the same period a year before, with the period in the lede', () => {
  it.each<Case>([
    [
      '港南運輸、4〜6月期は増益\n港南運輸が8日発表した2025年4〜6月期決算は、純利益が伸びた。\n貨物の取扱量は前年同期比4％増えた。',
      '2025-08-08',
      [
        ['4〜6月期', ['2025-04', '2025-06']],
        ['8日', '2025-08-08'],
        ['2025年4〜6月期', ['2025-04', '2025-06']],
        ['前年同期', ['2024-04', '2024-06']],
      ],
    ],
    [
      '北浜県のことし3月の完全失業率は2.1％でした。\n去年の同じ時期と比べると0.2ポイント低くなっています。',
      '2025-04-28',
      [
        ['ことし3月', '2025-03'],
        ['去年の同じ時期', '2024-03'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it('keeps a day of the lede out of it: only a period of months is what the story is about', () => {
    expect(read('北浜市は8日、決算を発表した。\n売上高は前年同期比4％増えた。', '2025-08-08')).toEqual([
      ['8日', '2025-08-08'],
      ['前年同期', '2024'],
    ]);
  });
});

describe('no period of months in the lede', () => {
  it('takes no month from a company term: 2026年3月期 is a year of business', () => {
    expect(read('北辰精機の2026年3月期の中間決算\n受注は前年同期比8%増えた。', '2025-11-07')).toEqual([
      ['2026年3月期', '2026-03'],
      ['前年同期', '2025'],
    ]);
  });

  it('does not go back to the lede from a paragraph that wrote a period it could not date', () => {
    expect(read('防犯だより（令和7年9月号）\n今年1月から8月末までの盗難は前年の同じ時期より増えた。', '')).toEqual([
      ['令和7年9月', '2025-09'],
      ['前年の同じ時期', '2024'],
    ]);
  });
});

describe('the end of the same month a year before', () => {
  it('reads 前年同月末 as the month, a year before the one named', () => {
    expect(read('預金残高は9月末時点で約2兆円と、前年同月末に比べ5％多い。', '2025-10-20')).toEqual([
      ['9月末', '2025-09'],
      ['前年同月末', '2024-09'],
    ]);
  });
});

describe('bases a year is written as, no year of the story', () => {
  it.each<Case>([
    [
      // the first since a year: 前年同期 counts from the story's year, not from 2012年度
      '2025年4〜9月の赤字の病院は6割に上った。統計を取り始めた2012年度以降で初めてで、前年同期より5ポイント高い。',
      '2025-11-11',
      [
        ['2025年4〜9月', ['2025-04', '2025-09']],
        ['2012年度', '2012'],
        ['前年同期', ['2024-04', '2024-09']],
      ],
    ],
    [
      // an index's base year: 前年同月 is a year before the month of the story, not of 2020年
      '9月の物価指数（2020年＝100）は110.5で、前年同月比2.1％上がった。',
      '2025-10-24',
      [
        ['9月', '2025-09'],
        ['2020年', '2020'],
        ['前年同月', '2024-09'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it('keeps a year the story moves to: 2019年に開業し、前年の2倍', () => {
    expect(read('2019年に開業した。利用者は前年の2倍だった。', '2025-10-24')).toEqual([
      ['2019年', '2019'],
      ['前年', '2018'],
    ]);
  });
});
