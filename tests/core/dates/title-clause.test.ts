import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * A title in brackets right after a noun (企画展「闇の生きもの」, 新制度「子育て応援券」) does not end the
 * clause a date is in: the verb after it still tells whether a month after publication is to come.
 */
describe('a clause going on past a title in brackets', () => {
  it.each<Case>([
    [
      '昨年度の来館者は約8万人だった。同館は標本を7月19日から9月1日まで企画展「闇の生きもの」で公開する。',
      '2025-06-03',
      [
        ['昨年度', '2024'],
        ['7月19日', '2025-07-19'],
        ['9月1日', '2025-09-01'],
      ],
    ],
    [
      '昨年度の利用者は12万人でした。市は8月から新制度「子育て応援券」を始めます。',
      '2025-06-03',
      [
        ['昨年度', '2024'],
        ['8月', '2025-08'],
      ],
    ],
    [
      '昨年の売上高は１２億円だった。同社は１０月に新ブランド「ハルカ」を投入する計画だ。',
      '2025-06-03',
      [
        ['昨年', '2024'],
        ['１０月', '2025-10'],
      ],
    ],
    [
      '去年の観客は3万人でした。劇団は9月から新作「風の町」を上演するということです。',
      '2025-06-03',
      [
        ['去年', '2024'],
        ['9月', '2025-09'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it.each<Case>([
    [
      '昨年は大雨だった。同社は8月に新商品「晴れ」を発売した。',
      '2025-06-03',
      [
        ['昨年', '2024'],
        ['8月', '2024-08'],
      ],
    ],
    [
      '昨年、同社は12月に会見「新方針」を開いた。',
      '2025-06-03',
      [
        ['昨年', '2024'],
        ['12月', '2024-12'],
      ],
    ],
  ])('keeps a past told after the title: %s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });
});
