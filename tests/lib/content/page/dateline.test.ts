import { describe, expect, it } from 'vitest';
import { isTimeStamp } from '../../../../lib/content/page/dateline';

describe('isTimeStamp', () => {
  it.each([
    '10/12(火) 19:00配信',
    '2021年10月13日 11:23 (2021年10月13日 12:07更新)',
    '２０２５年８月３日 午後６時３０分',
    '2019/03/02 公開',
    '最終更新日時 2024年5月1日',
  ])('%s is a bare time stamp', (s) => {
    expect(isTimeStamp(s)).toBe(true);
  });

  it.each([
    'AFP通信/Global Watch | 2025年7月10日',
    '（北浜タイムズ 青木陽介）',
    '3日、市は人口が8万人を超えたと発表した。',
    '配信',
    '決定的な生命線',
  ])('%s is not', (s) => {
    expect(isTimeStamp(s)).toBe(false);
  });
});
