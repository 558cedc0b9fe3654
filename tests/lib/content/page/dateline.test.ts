import { describe, expect, it } from 'vitest';
import { datedEntries, hasDayAndHour, isBylineStamp, isTimeStamp } from '../../../../lib/content/page/dateline';

describe('isTimeStamp', () => {
  it.each([
    '10/12(火) 19:00配信',
    '2021年10月13日 11:23 (2021年10月13日 12:07更新)',
    '２０２５年８月３日 午後６時３０分',
    '2019/03/02 公開',
    '最終更新日時 2024年5月1日',
    // A live page's start stamp and an entry's time with its badge.
    '配信開始 2026/1/18 13:10',
    '18:05NEW',
    '9:30 New',
    // An English-styled site's stamp over a Japanese story.
    'Mar. 14, 2025 08:05 JST',
    'September 3, 2024',
    // A broadcaster's stamp, its weekday unbracketed.
    '2024年11月3日 日曜 午後7:05',
    '3月9日 月曜日 10:20更新',
  ])('%s is a bare time stamp', (s) => {
    expect(isTimeStamp(s)).toBe(true);
  });

  it.each([
    'AFP通信/Global Watch | 2025年7月10日',
    '（北浜タイムズ 青木陽介）',
    '3日、市は人口が8万人を超えたと発表した。',
    '配信',
    '決定的な生命線',
    'NEWS 18:05',
    '18:05 Newton',
    'Oct. 8, 2024 Kitayama',
    '水曜の午後3時に会見',
  ])('%s is not', (s) => {
    expect(isTimeStamp(s)).toBe(false);
  });
});

describe('hasDayAndHour: a day with its hour and no year, as older broadcast pages stamp a story', () => {
  it.each([
    ['09月05日 18時12分', true],
    ['9/5(木) 18:12', true],
    ['9月5日', false],
    ['18時12分', false],
    ['2024/9/5', false],
  ])('%s → %s', (text, want) => {
    expect(hasDayAndHour(text)).toBe(want);
  });
});

describe('datedEntries: lines that date an entry of their own', () => {
  it('counts short dated lines, not sentences that hold a date', () => {
    expect(datedEntries(['2024年9月5日', '本文です。', '2024/09/04（水）　雨', '市は2024年9月3日に発表した。'])).toBe(
      2,
    );
    // A sidebar's dated headlines date other pages' stories, not entries of this one.
    expect(datedEntries(['2024/08/21 出雲市で熱中症搬送相次ぐ', '2024/08/20 隠岐航路、台風で欠航'])).toBe(0);
  });
});

describe('isBylineStamp', () => {
  it('is the writer’s name with the story’s stamp, or the name alone', () => {
    expect(isBylineStamp('北原祐介2025年3月10日 7時00分', ['北原祐介'])).toBe(true);
    expect(isBylineStamp('北原 祐介　2025/03/10 07:00', ['北原祐介'])).toBe(true);
    expect(isBylineStamp('北原祐介記者', ['北原祐介'])).toBe(true);
    expect(isBylineStamp('北原 祐介 北山大学教授 2025年7月15日 6:00', ['北原祐介'])).toBe(true);
  });

  it('is the outlet’s credit beside the stamp, before or after it', () => {
    expect(isBylineStamp('2025年11月3日 9時05分（最終更新 11月3日 10時20分） 北浜通信', [])).toBe(true);
    expect(isBylineStamp('みなと新報　2025/10/28 18:40', [])).toBe(true);
    expect(isBylineStamp('北山テレビ 5月1日 18時12分', [])).toBe(true);
    expect(isBylineStamp('北浜通信が2025年11月3日に配信した。', [])).toBe(false);
    expect(isBylineStamp('2025年11月3日 北浜湾の干潟', [])).toBe(false);
  });

  it('is no line naming someone else, nor one of the story that names its writer', () => {
    expect(isBylineStamp('南野恵2025年3月10日 7時00分', ['北原祐介'])).toBe(false);
    expect(isBylineStamp('北原祐介が取材した。', ['北原祐介'])).toBe(false);
    expect(isBylineStamp('北原祐介が2025年7月15日に発表した論文によると', ['北原祐介'])).toBe(false);
    expect(isBylineStamp('2025年3月10日 7時00分', [])).toBe(false);
  });

  it('is an English-styled byline, 「By」 and a name in Japanese script over the stamp, named in <head> or not', () => {
    expect(isBylineStamp('By 宮下　健吾　Mar. 14, 2025 08:05 JST', [])).toBe(true);
    expect(isBylineStamp('By 宮下健吾 2025/03/14 08:05', [])).toBe(true);
    // A line that says more than the name and the stamp is no byline.
    expect(isBylineStamp('By 宮下健吾 Mar. 14, 2025 北山港から', [])).toBe(false);
    expect(isBylineStamp('By the way, Mar. 14, 2025', [])).toBe(false);
  });
});
