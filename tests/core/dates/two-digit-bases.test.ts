import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/** A two-digit year as the base of a multiple or a share (14年の約1.7倍, 19年の8割) is a year. */
describe('a short year a figure is a multiple of', () => {
  it.each<Case>([
    [
      '県内の観光消費額は2024年に約900億円と、13年の約2.1倍に増えた。',
      '2025-06-12',
      [
        ['2024年', '2024'],
        ['13年', '2013'],
      ],
    ],
    ['訪日客はコロナ前の19年の9割まで戻った。', '2025-03-04', [['19年', '2019']]],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it('keeps a length of time multiplied a length: 10年の2倍かかる, 懲役5年の2倍の期間', () => {
    expect(read('改修には10年の2倍かかる。検察は懲役5年の2倍の期間を求めた。', '2025-06-12')).toEqual([]);
  });
});
