import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('date ranges and parts of months', () => {
  // 2021年から23年にかけ: a two-digit year closing a range takes the first year's century, however the
  // range is closed (にかけ, にかけて, にわたり, の間, まで)
  it.each([
    ['被告は2021年から23年にかけ、補助金を不正に受給したとされる。', '23年', '2023'],
    ['男は2019年から22年にかけて、計14回盗みを繰り返した。', '22年', '2022'],
    ['同署によると、女は２０２２年から２４年にわたり、預金を着服した疑い。', '２４年', '2024'],
    ['被告は2020年から23年の間に計8回、現金を受け取った。', '23年', '2023'],
    ['容疑者は1998年から2001年にかけ、帳簿を改ざんしていた。', '2001年', '2001'],
    ['元社長は2017年から19年ごろにかけ、架空の取引を重ねたとされる。', '19年ごろ', '2019'],
  ])('closes a range with a short year: %s', (text, surface, value) => {
    expect(dates(text)).toContainEqual([surface, value]);
  });

  // 2021年10月〜23年3月: two months each with its year are two dates, the second in the first's century;
  // a span of years (2016年〜19年) stays one, its short end read the same way.
  it.each([
    [
      '調査は2021年10月〜23年3月に行われた。',
      [
        ['2021年10月', '2021-10'],
        ['23年3月', '2023-03'],
      ],
    ],
    [
      '工事期間は2019年4月～22年3月だった。',
      [
        ['2019年4月', '2019-04'],
        ['22年3月', '2022-03'],
      ],
    ],
    [
      '事業は２０２０年１月〜２２年１２月に実施した。',
      [
        ['２０２０年１月', '2020-01'],
        ['２２年１２月', '2022-12'],
      ],
    ],
    [
      '期間は2021年10月-23年3月とした。',
      [
        ['2021年10月', '2021-10'],
        ['23年3月', '2023-03'],
      ],
    ],
    [
      '検証は2023年7月〜25年6月の2年間に及んだ。',
      [
        ['2023年7月', '2023-07'],
        ['25年6月', '2025-06'],
      ],
    ],
    [
      '補助は2022年4月から24年3月まで続いた。',
      [
        ['2022年4月', '2022-04'],
        ['24年3月', '2024-03'],
      ],
    ],
    ['対象は2018年度〜21年度の4年間だ。', [['2018年度〜21年度', ['2018', '2021']]]],
    ['統計は2016年〜19年の平均だ。', [['2016年〜19年', ['2016', '2019']]]],
    ['記録は1998年〜02年のものだ。', [['1998年〜02年', ['1998', '2002']]]],
  ])('reads a short year after a range mark: %s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it('reads no length of years after から as a year', () => {
    expect(dates('工場は2001年から23年間、操業を続けた。')).toEqual([['2001年', '2001']]);
  });

  it('reads ranges closed by まで / にかけて as two dates, the second inheriting year and month', () => {
    expect(dates('展示は8月3日から20日まで開かれる。')).toEqual([
      ['8月3日', '2025-08-03'],
      ['20日', '2025-08-20'],
    ]);
    expect(dates('2022年から2024年にかけて調べた。')).toEqual([
      ['2022年', '2022'],
      ['2024年', '2024'],
    ]);
    expect(dates('11月から来年2月まで')).toEqual([
      ['11月', '2025-11'],
      ['来年2月', '2026-02'],
    ]);
    expect(dates('2018年秋から昨年3月までの間に')).toEqual([
      ['2018年秋', '2018'],
      ['昨年3月', '2024-03'],
    ]);
  });

  it('keeps an open から as a single date', () => {
    expect(dates('4日から10日に延期した。')).toEqual([
      ['4日', '2025-07-04'],
      ['10日', '2025-07-10'],
    ]);
  });

  it('reads 〜 ranges inside one unit and across units', () => {
    expect(dates('2024年10〜12月期の決算')).toEqual([['2024年10〜12月期', ['2024-10', '2024-12']]]);
    expect(dates('4〜6月の売上')).toEqual([['4〜6月', ['2025-04', '2025-06']]]);
    expect(dates('9月28日〜10月3日に開催')).toEqual([
      ['9月28日', '2025-09-28'],
      ['10月3日', '2025-10-03'],
    ]);
    expect(dates('9月5～7日の3日間')).toEqual([['9月5～7日', ['2025-09-05', '2025-09-07']]]);
    expect(dates('2018〜21年の平均')).toEqual([['2018〜21年', ['2018', '2021']]]);
  });

  it('reads a range written with any dash: the horizontal bar, the box-drawing line, the minus sign', () => {
    expect(dates('4―6月期の実質GDP')).toEqual([['4―6月期', ['2025-04', '2025-06']]]);
    expect(dates('7─9月期は減速した')).toEqual([['7─9月期', ['2025-07', '2025-09']]]);
    expect(dates('2023−24年の冬')).toEqual([['2023−24年の冬', ['2023', '2024']]]);
    expect(dates('9月28日―10月3日に開催')).toEqual([
      ['9月28日', '2025-09-28'],
      ['10月3日', '2025-10-03'],
    ]);
  });

  it('reads two days listed with 、 or named by 両日 as a span, and 2、3日 as no date', () => {
    expect(dates('調査は11、12の両日に行った。')).toEqual([['11、12の両日', ['2025-07-11', '2025-07-12']]]);
    expect(dates('総会は11月3・4両日に開く。')).toEqual([['11月3・4両日', ['2025-11-03', '2025-11-04']]]);
    expect(dates('式典は20、21日に開く。')).toEqual([['20、21日', ['2025-07-20', '2025-07-21']]]);
    expect(dates('復旧には2、3日かかる。')).toEqual([]);
    expect(dates('会合は3、5日に開く。')).toEqual([['5日', '2025-07-05']]);
  });

  it('gives a bare day listed after a full date that date’s month', () => {
    expect(dates('説明会は3月7日と9日に開いた。')).toEqual([
      ['3月7日', '2025-03-07'],
      ['9日', '2025-03-09'],
    ]);
    expect(dates('11月2日、4日に開く。')).toEqual([
      ['11月2日', '2025-11-02'],
      ['4日', '2025-11-04'],
    ]);
  });

  it('reads two neighbouring months listed with 、 as a span', () => {
    expect(dates('7、8月に集中する。')).toEqual([['7、8月', ['2025-07', '2025-08']]]);
    expect(dates('1、5月に開く。')).toEqual([['5月', '2025-05']]);
  });

  it('does not read a score or a duration span as a range of dates', () => {
    expect(dates('試合は3-1で終わった。')).toEqual([]);
    expect(dates('2～3日中に結論を出す。')).toEqual([]);
    expect(dates('修理には4〜5日かかる。')).toEqual([]);
    // any hyphen joins the span: no day of the month is read from its second half
    expect(dates('修理には4‐5日かかる。')).toEqual([]);
    expect(dates('修理には4‑5日かかる。')).toEqual([]);
  });

  it('reads a bare span of days as dates only where a date would stand', () => {
    expect(dates('大会は18〜20日に開く。')).toEqual([['18〜20日', ['2025-07-18', '2025-07-20']]]);
    expect(dates('12・13日の両日')).toEqual([['12・13日', ['2025-07-12', '2025-07-13']]]);
    // the week or the days the span covers, told after it
    expect(dates('7～13日の1週間に集計した。')).toEqual([['7～13日', ['2025-07-07', '2025-07-13']]]);
    expect(dates('1〜3日の3日間で開いた。')).toEqual([['1〜3日', ['2025-07-01', '2025-07-03']]]);
    expect(dates('2～3日の間に届く。')).toEqual([]);
  });

  it('turns 上旬 / 中旬 / 下旬 into day spans and 末 into the month', () => {
    expect(dates('5月上旬')).toEqual([['5月上旬', ['2025-05-01', '2025-05-10']]]);
    expect(dates('11月中旬')).toEqual([['11月中旬', ['2025-11-11', '2025-11-20']]]);
    expect(dates('2024年2月下旬')).toEqual([['2024年2月下旬', ['2024-02-21', '2024-02-29']]]);
    expect(dates('来月下旬')).toEqual([['来月下旬', ['2025-08-21', '2025-08-31']]]);
    expect(dates('9月末までに')).toEqual([['9月末', '2025-09']]);
  });

  it('reads a ten-day part of a month across の (4月の中旬), but not 末 (3月の末っ子)', () => {
    expect(dates('4月の中旬に咲いた。')).toEqual([['4月の中旬', ['2025-04-11', '2025-04-20']]]);
    expect(dates('3月の末っ子')).toEqual([['3月', '2025-03']]);
  });

  it("turns 先週末 and 今週末 into the week's Saturday and Sunday", () => {
    // 2025-07-10 is a Thursday
    expect(dates('先週末に会談した。')).toEqual([['先週末', ['2025-07-05', '2025-07-06']]]);
    expect(dates('今週末は雨だ。')).toEqual([['今週末', ['2025-07-12', '2025-07-13']]]);
    expect(dates('来週に決める。')).toEqual([['来週', ['2025-07-14', '2025-07-20']]]);
  });

  it('turns halves of a year into month spans', () => {
    expect(dates('2023年後半')).toEqual([['2023年後半', ['2023-07', '2023-12']]]);
  });
});
