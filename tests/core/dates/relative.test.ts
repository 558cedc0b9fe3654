import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('relative dates', () => {
  it('counts years, months and days from the publication date', () => {
    expect(dates('昨年は赤字だったが、今年は黒字で、来年も伸びる。')).toEqual([
      ['昨年', '2024'],
      ['今年', '2025'],
      ['来年', '2026'],
    ]);
    expect(dates('一昨年の秋に始めた。')).toEqual([['一昨年の秋', '2023']]);
    expect(dates('先月と今月と来月の予定')).toEqual([
      ['先月', '2025-06'],
      ['今月', '2025-07'],
      ['来月', '2025-08'],
    ]);
    expect(dates('昨日、今日、明日と続く。')).toEqual([
      ['昨日', '2025-07-09'],
      ['今日', '2025-07-10'],
      ['明日', '2025-07-11'],
    ]);
    expect(dates('昨夜の火事で')).toEqual([['昨夜', '2025-07-09']]);
  });

  it('joins a relative year or month with what follows it', () => {
    expect(dates('工場は昨年9月に止まり、今年2月に再開した。')).toEqual([
      ['昨年9月', '2024-09'],
      ['今年2月', '2025-02'],
    ]);
    expect(dates('去年12月の会議で')).toEqual([['去年12月', '2024-12']]);
    expect(dates('来年の3月に完成する。')).toEqual([['来年の3月', '2026-03']]);
    expect(dates('先月18日に届いた。')).toEqual([['先月18日', '2025-06-18']]);
  });

  it('counts fiscal years from April', () => {
    expect(dates('来年度から実施する。')).toEqual([['来年度', '2026']]);
    expect(dates('新制度は再来年度に始まる。')).toEqual([['再来年度', '2027']]);
    expect(dates('今年度中に決める。', '2025-02-14')).toEqual([['今年度', '2024']]);
  });

  it('refers 同日 / 翌日 / 同年 to the last date named', () => {
    expect(dates('4月2日に提出し、同日受理された。翌日に公表した。')).toEqual([
      ['4月2日', '2025-04-02'],
      ['同日', '2025-04-02'],
      ['翌日', '2025-04-03'],
    ]);
    expect(dates('2019年に就任し、同年秋に辞めた。')).toEqual([
      ['2019年', '2019'],
      ['同年秋', '2019'],
    ]);
    expect(dates('2016年3月に開業し、同月末に休業した。')).toEqual([
      ['2016年3月', '2016-03'],
      ['同月末', '2016-03'],
    ]);
  });

  it('refers 同日 past a part of a month, which names no day', () => {
    expect(dates('協会は8日、統計を発表した。連休は6月下旬に始まった。省が同日公表した数字もある。')).toEqual([
      ['8日', '2025-07-08'],
      ['6月下旬', ['2025-06-21', '2025-06-30']],
      ['同日', '2025-07-08'],
    ]);
  });

  it('lets a written year govern the month after の (2023年の4月)', () => {
    expect(dates('工場は2023年の4月に稼働した。')).toEqual([['2023年の4月', '2023-04']]);
    expect(dates('21年の9月に始まった。')).toEqual([['21年の9月', '2021-09']]);
  });

  it('reads 同じ日, 同じ月 and 同じ年 as 同日, 同月 and 同年', () => {
    expect(dates('相場は5月8日に急落し、同じ日のうちに戻した。')).toEqual([
      ['5月8日', '2025-05-08'],
      ['同じ日', '2025-05-08'],
    ]);
    expect(dates('2016年に着工し、同じ年に完成した。')).toEqual([
      ['2016年', '2016'],
      ['同じ年', '2016'],
    ]);
  });

  it('names the year of a season', () => {
    expect(dates('今秋にも着工し、来春の完成を目指す。')).toEqual([
      ['今秋', '2025'],
      ['来春', '2026'],
    ]);
  });

  it('counts 翌日 and 翌々日 from the same day, not from each other', () => {
    expect(dates('3日に出発し、翌日に到着、翌々日に帰国した。同夜は雨だった。')).toEqual([
      ['3日', '2025-07-03'],
      ['翌日', '2025-07-04'],
      ['翌々日', '2025-07-05'],
      ['同夜', '2025-07-03'],
    ]);
  });

  it('does not let 前年 chain back twice', () => {
    expect(dates('2020年は前年に続いて増え、前年から続く傾向だ。')).toEqual([
      ['2020年', '2020'],
      ['前年', '2019'],
      ['前年', '2019'],
    ]);
  });

  it('dates the period a fused ratio word is taken against (see comparison-bases.test.ts)', () => {
    expect(dates('前年比5%増、前年同期比2%減、前月比1%増')).toEqual([
      ['前年', '2024'],
      ['前年同期', '2024'],
      ['前月', '2025-06'],
    ]);
    expect(dates('売上高は昨年同期比でも増えた。')).toEqual([['昨年同期', '2024']]);
  });

  it('dates 前年, 前年度, 前月 and 前日 as the base a figure is compared with (see comparison-bases.test.ts)', () => {
    expect(dates('販売は3カ月ぶりに前年を上回り、前年並みの水準を保った。')).toEqual([
      ['前年', '2024'],
      ['前年', '2024'],
    ]);
    expect(dates('株価は前日の終値から100円上がり、前月と比べても高い。')).toEqual([
      ['前日', '2025-07-09'],
      ['前月', '2025-06'],
    ]);
    // 前年同月 is one mention: its 同月 is no month of its own
    expect(dates('2カ月連続で前年同月を下回り、前年の同じ月と比べて減った。')).toEqual([
      ['前年同月', '2024'],
      ['前年の同じ月', '2024'],
    ]);
  });

  it('still dates 前年 and 前日 told as points of the story', () => {
    expect(dates('2019年に設立された。前年に準備会社を作った。')).toEqual([
      ['2019年', '2019'],
      ['前年', '2018'],
    ]);
    expect(dates('大会は3日に開幕した。前日から降り続く雨で、前日の会見は延期された。')).toEqual([
      ['3日', '2025-07-03'],
      ['前日', '2025-07-02'],
      ['前日', '2025-07-02'],
    ]);
  });

  it('reads a year with "the same month" after it as that year', () => {
    expect(dates('宿泊者は2019年同月の約1.1倍で、去年の同じ月より2%多い。')).toEqual([
      ['2019年同月', '2019'],
      ['去年の同じ月', '2024'],
    ]);
  });

  it('reads a year with "the same period" after it as that year', () => {
    expect(dates('入場者は昨年同期の2倍で、2016年同期も上回った。')).toEqual([
      ['昨年同期', '2024'],
      ['2016年同期', '2016'],
    ]);
    expect(dates('事故は去年の同じ時期より3件少ない。')).toEqual([['去年の同じ時期', '2024']]);
  });

  it('reads 昨日 in a quotation as the day before the day it was said', () => {
    expect(dates('議員は14日、「昨日は眠れなかった」と話した。')).toEqual([
      ['14日', '2025-07-14'],
      ['昨日', '2025-07-13'],
    ]);
    expect(dates('「明日は休む」と議員は16日に述べた。')).toEqual([
      ['明日', '2025-07-17'],
      ['16日', '2025-07-16'],
    ]);
    expect(dates('議員は14日に会見した。昨日は休んだ。')).toEqual([
      ['14日', '2025-07-14'],
      ['昨日', '2025-07-09'],
    ]);
  });

  it('counts back two neighbouring numbers listed as a span (二、三年前)', () => {
    expect(dates('二、三年前から増えた。')).toEqual([['二、三年前', ['2022', '2023']]]);
    expect(dates('2、3年ほど前に始めた。')).toEqual([['2、3年ほど前', ['2022', '2023']]]);
    expect(dates('3、5年前の記録')).toEqual([['5年前', '2020']]);
  });

  it('counts years back', () => {
    expect(dates('3年前に閉店した店が、10年前の姿で戻る。')).toEqual([
      ['3年前', '2022'],
      ['10年前', '2015'],
    ]);
    expect(dates('3年前後かかる見通し')).toEqual([]);
  });

  it('counts a compared N年前 back from the year its figure is for (2022年時点で…5年前に比べて)', () => {
    expect(dates('会員は2022年時点で約3万人と、5年前に比べて2割増えた。')).toEqual([
      ['2022年', '2022'],
      ['5年前', '2017'],
    ]);
    expect(dates('空き家は2023年10月時点で約90万戸に達した。20年前と比べると1.4倍に膨らんだ。')).toEqual([
      ['2023年10月', '2023-10'],
      ['20年前', '2003'],
    ]);
    expect(dates('登録数は2021年時点で850件で、10年前より3割多い。')).toEqual([
      ['2021年', '2021'],
      ['10年前', '2011'],
    ]);
    expect(dates('利用者は2020年時点で1200人と、3年前と比較して倍になった。')).toEqual([
      ['2020年', '2020'],
      ['3年前', '2017'],
    ]);
    // not compared, or no data point in the paragraph: from publication
    expect(dates('会員は2020年時点で1200人だった。5年前に入会した人も多い。')).toEqual([
      ['2020年', '2020'],
      ['5年前', '2020'],
    ]);
    expect(dates('会員は2020年時点で1200人だった。\n5年前に比べて2割増えた。')).toEqual([
      ['2020年', '2020'],
      ['5年前', '2020'],
    ]);
    expect(dates('今年の会員は1200人で、5年前に比べて2割増えた。')).toEqual([
      ['今年', '2025'],
      ['5年前', '2020'],
    ]);
  });

  it('gives weeks as Monday to Sunday', () => {
    expect(dates('先週の会議で')).toEqual([['先週', ['2025-06-30', '2025-07-06']]]);
  });

  it('counts two weeks back or ahead, and 翌週 from the day just named', () => {
    expect(dates('先々週の会合で決め、再来週に視察する。')).toEqual([
      ['先々週', ['2025-06-23', '2025-06-29']],
      ['再来週', ['2025-07-21', '2025-07-27']],
    ]);
    expect(dates('6月12日に発生し、翌週には復旧した。')).toEqual([
      ['6月12日', '2025-06-12'],
      ['翌週', ['2025-06-16', '2025-06-22']],
    ]);
  });

  it('reads the start of the year as its January', () => {
    expect(dates('年初から株価は1割上がった。年頭の会見で述べた。')).toEqual([
      ['年初', '2025-01'],
      ['年頭', '2025-01'],
    ]);
    // 年始 inside 年末年始 is no January of its own
    expect(dates('前回の年末年始は混んだ。')).toEqual([]);
  });

  it('reads 一昨年度 and the end of a fiscal year named by a relative word', () => {
    expect(dates('一昨年度は赤字で、今年度末に廃止し、昨年度末の残高は増えた。')).toEqual([
      ['一昨年度', '2023'],
      ['今年度末', '2026-03'],
      ['昨年度末', '2025-03'],
    ]);
    expect(dates('来年度初めに始める。')).toEqual([['来年度初め', '2026-04']]);
  });
});

describe('a season of a year, across の', () => {
  it('joins the season to the year it names, keeping the year as the value', () => {
    expect(dates('去年の夏の2か月間に事故が相次いだ。')).toEqual([['去年の夏', '2024']]);
    expect(dates('新店は2019年の秋頃に開いた。')).toEqual([['2019年の秋頃', '2019']]);
    expect(dates('昨年の冬以降、客足が戻った。')).toEqual([['昨年の冬', '2024']]);
    expect(dates('今年の春、工場が完成した。')).toEqual([['今年の春', '2025']]);
  });

  it('leaves words that start with a season to themselves', () => {
    expect(dates('昨年の春闘で賃上げが進んだ。')).toEqual([['昨年', '2024']]);
    expect(dates('去年の夏休みに旅行した。')).toEqual([['去年', '2024']]);
    expect(dates('2022年の冬季大会に出た。')).toEqual([['2022年', '2022']]);
  });
});

describe('a season across the turn of the year', () => {
  it('sets no year for the months after it (今季は12月の解禁から, in February)', () => {
    expect(dates('今季は12月の漁の解禁から2カ月がたった。', '2025-02-18')).toEqual([
      ['今季', '2025'],
      ['12月', '2024-12'],
    ]);
    expect(dates('昨シーズンは11月に開幕した。', '2025-02-18')).toEqual([
      ['昨シーズン', '2024'],
      ['11月', '2024-11'],
    ]);
  });

  it('leaves a calendar year as the topic of its months (今年は3月に)', () => {
    expect(dates('今年は12月に新店を開く。', '2025-02-18')).toEqual([
      ['今年', '2025'],
      ['12月', '2025-12'],
    ]);
  });
});
