import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * Days of the publication month written as a span or a pair with no month: in brackets after what they
 * date (ランキング（16〜18日）, お盆期間（９〜１８日）), or a pair said to be both days (15、16日の両日).
 */
describe('a span or pair of days in brackets or called both days', () => {
  it.each<Case>([
    [
      '興行データ社が発表した週末の動員ランキング（13〜15日）によると、首位は3週連続だった。',
      '2025-06-17',
      [['13〜15日', ['2025-06-13', '2025-06-15']]],
    ],
    ['お盆期間（９〜１８日）の予約状況がまとまった。', '2025-08-07', [['９〜１８日', ['2025-08-09', '2025-08-18']]]],
    [
      '北浜新聞とTNNは14、15日の両日、全国の有権者を対象に世論調査を実施した。',
      '2025-06-16',
      [['14、15日', ['2025-06-14', '2025-06-15']]],
    ],
    [
      '期間中（1〜10日）の来場者は約3万人だったということです。',
      '2025-06-12',
      [['1〜10日', ['2025-06-01', '2025-06-10']]],
    ],
    [
      '南川市は２１、２２日の両日、防災訓練を行いました。',
      '2025-06-25',
      [['２１、２２日', ['2025-06-21', '2025-06-22']]],
    ],
    [
      '県の調査（11日〜13日）では、回答の半数が不安を訴えた。',
      '2025-06-20',
      [['11日〜13日', ['2025-06-11', '2025-06-13']]],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it.each<Case>([
    ['商品の発送まで2〜3日かかる。', '2025-06-20', []],
    ['1人当たり（2〜3日分）の備蓄を勧めている。', '2025-06-20', []],
    ['作業には（最大で3〜5日）かかる見込みだ。', '2025-06-20', []],
  ])('leaves a length of days alone: %s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });
});
