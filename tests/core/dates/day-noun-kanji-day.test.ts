import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

/** 最終日の四日夜: a kanji day in apposition to a noun of a day is that day of the month. */
describe('a kanji day after a noun of a day', () => {
  it.each([
    ['祭りは最終日の六日夜に山車が練り歩いた。', '六日夜', '2025-07-06'],
    ['大会は初日の二日、開会式があった。', '二日', '2025-07-02'],
    ['投票日の二十日には結果が出る。', '二十日', '2025-07-20'],
    ['最終日の九日午後に閉幕した。', '九日午後', '2025-07-09'],
  ])('reads the day in %s', (text, surface, value) => {
    expect(dates(text)).toContainEqual([surface, value]);
  });

  it.each([
    '最終日の三日間は混雑した。',
    '初日の二日目に雨が降った。',
    '平日の三日ほどを使った。',
    '最終日の一日、晴れた。',
    '会期の四日夜に雨が降った。',
  ])('reads no day in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
