import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/** A year written in full before 分 or 平均 (2023年分の報告書, 2025年平均の倍率) is a year; 3年分 is not. */
describe('a year in full before 分 or 平均', () => {
  it.each<Case>([
    ['総務省が公表した2023年分の政治資金収支報告書によると、収入は減った。', '2024-11-29', [['2023年', '2023']]],
    ['2025年平均の有効求人倍率は1.22倍だった。', '2026-01-30', [['2025年', '2025']]],
    ['２０２４年平均の完全失業率は２．５％でした。', '2025-01-31', [['２０２４年', '2024']]],
    ['国税庁によると、2023年分の確定申告は過去最多でした。', '2024-06-04', [['2023年', '2023']]],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it.each<Case>([
    ['同社は3年分の資料を廃棄した。', '2025-06-04', []],
    ['過去5年平均を1割上回った。', '2025-06-04', []],
  ])('leaves a count of years alone: %s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });
});
