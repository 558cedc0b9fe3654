import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * The end of a span with no year of its own does not fall before its start: 2月12日から12月23日まで in a
 * February article is this December, not last (as 12月 alone, told in the past, would be).
 */
describe('the end of a span after its start', () => {
  it.each<Case>([
    [
      '取得期間は2月12日から12月23日まで。',
      '2026-02-10',
      [
        ['2月12日', '2026-02-12'],
        ['12月23日', '2026-12-23'],
      ],
    ],
    [
      '北辰商事は、自社株買いの期間を３月２日から１２月２５日までとする。',
      '2026-02-10',
      [
        ['３月２日', '2026-03-02'],
        ['１２月２５日', '2026-12-25'],
      ],
    ],
    [
      '記録展は2月20日から11月30日まで開かれる予定です。',
      '2026-02-10',
      [
        ['2月20日', '2026-02-20'],
        ['11月30日', '2026-11-30'],
      ],
    ],
    [
      '南川町によると、受け付けは1月20日から10月31日までだということです。',
      '2026-01-15',
      [
        ['1月20日', '2026-01-20'],
        ['10月31日', '2026-10-31'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it.each<Case>([
    [
      '12月20日から1月10日まで運休した。',
      '2026-02-10',
      [
        ['12月20日', '2025-12-20'],
        ['1月10日', '2026-01-10'],
      ],
    ],
    [
      '2025年10月1日から12月31日まで実施した。',
      '2026-02-10',
      [
        ['2025年10月1日', '2025-10-01'],
        ['12月31日', '2025-12-31'],
      ],
    ],
  ])('leaves a span already in order: %s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });
});
