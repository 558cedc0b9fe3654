import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * 前年同月 in a paragraph that names no month: the month the story is about, which a statistics story
 * names in its headline or lede (4月の住宅着工…。…前年同月比), a year before.
 */
describe('the same month a year before, with the month in the headline', () => {
  it.each<Case>([
    [
      '5月の観光客8万人\n北浜市が12日発表した5月の観光客数は8万人だった。\n宿泊客は前年同月比12%増えた。',
      '2025-06-12',
      [
        ['5月', '2025-05'],
        ['12日', '2025-06-12'],
        ['5月', '2025-05'],
        ['前年同月', '2024-05'],
      ],
    ],
    [
      '7月の求人倍率1.22倍\n厚労省は29日、7月の有効求人倍率を発表しました。\n産業別に去年の同じ月と比べると、建設業で6%減りました。',
      '2025-08-29',
      [
        ['7月', '2025-07'],
        ['29日', '2025-08-29'],
        ['7月', '2025-07'],
        ['去年の同じ月', '2024-07'],
      ],
    ],
    [
      '８月の貿易赤字\n財務省が１８日発表した８月の貿易統計によると、収支は赤字だった。\n輸出額は前年同月比５．６％増えた。',
      '2024-09-18',
      [
        ['８月', '2024-08'],
        ['１８日', '2024-09-18'],
        ['８月', '2024-08'],
        ['前年同月', '2023-08'],
      ],
    ],
    // A blank line after the headline: the lede is still the lead; its month alone, not its dateline's day's.
    [
      '求人倍率が低下\n\n　西浜労働局は30日、管内の4月の有効求人倍率を発表した。\n\n　新規求人は前年同月比3%減った。',
      '2025-05-30',
      [
        ['30日', '2025-05-30'],
        ['4月', '2025-04'],
        ['前年同月', '2024-04'],
      ],
    ],
    // 前年同時期: the same time a year before, as 前年同期 is.
    [
      '組合は12日、春の賃上げ交渉の集計を発表した。平均は4.1%で、前年同時期の3.9%を上回った。',
      '2025-03-13',
      [
        ['12日', '2025-03-12'],
        ['前年同時期', '2024-03'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it('does not take a month named deep in the article', () => {
    const text =
      '物価が上昇\n北浜市の物価が上がった。\n市によると、上昇は続いている。\n3月に値上げがあった。\n\n外食は前年同月比5%上がった。';
    expect(read(text, '2025-06-12')).toContainEqual(['前年同月', '2024']);
    // Blank lines part the lead from the rest: a month in the third paragraph is still no lead's month.
    const spaced = '物価が上昇\n\n北浜市の物価が上がった。\n\n3月に値上げがあった。\n\n外食は前年同月比5%上がった。';
    expect(read(spaced, '2025-06-12')).toContainEqual(['前年同月', '2024']);
  });
});
