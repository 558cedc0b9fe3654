import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('absolute dates', () => {
  it('resolves full dates, months and bare days against the publication date', () => {
    expect(dates('新しい橋は2024年3月15日に開通した。')).toEqual([['2024年3月15日', '2024-03-15']]);
    expect(dates('会合は9月2日に開かれる。')).toEqual([['9月2日', '2025-09-02']]);
    expect(dates('選挙は10月に行われる見通しだ。')).toEqual([['10月', '2025-10']]);
    expect(dates('市は8日、計画を公表した。')).toEqual([['8日', '2025-07-08']]);
  });

  it('reads full-width digits and kanji numerals', () => {
    expect(dates('工事は２０２３年１１月２日に始まった。')).toEqual([['２０２３年１１月２日', '2023-11-02']]);
    expect(dates('式典は十一月三日に予定されている。')).toEqual([['十一月三日', '2025-11-03']]);
    expect(dates('二〇三〇年の目標を掲げた。')).toEqual([['二〇三〇年', '2030']]);
    expect(dates('二千二十五年の大会に備える。')).toEqual([['二千二十五年', '2025']]);
  });

  it('reads dates written with slashes, but not inside an address', () => {
    expect(dates('更新 2023/12/1：数字を訂正')).toEqual([['2023/12/1', '2023-12-01']]);
    expect(dates('画像 /photos/2023/12/01/a.jpg')).toEqual([]);
  });

  it('gives fiscal years as their starting year', () => {
    expect(dates('2026年度の予算案をまとめた。')).toEqual([['2026年度', '2026']]);
    expect(dates('24年度の決算が出た。')).toEqual([['24年度', '2024']]);
  });

  it('writes decades as 199X', () => {
    expect(dates('1980年代に人気を集めた。')).toEqual([['1980年代', '198X']]);
    expect(dates('70年代の映画を上映する。')).toEqual([['70年代', '197X']]);
  });

  it('takes the century of a two-digit year from the last full year written', () => {
    expect(dates('工場は1998年に完成し、03年に拡張された。')).toEqual([
      ['1998年', '1998'],
      ['03年', '2003'],
    ]);
    expect(dates('2011年に設立され、14年に上場した。')).toEqual([
      ['2011年', '2011'],
      ['14年', '2014'],
    ]);
    expect(dates('2016年に受注し、18年に2号店を開いた。')).toEqual([
      ['2016年', '2016'],
      ['18年', '2018'],
    ]);
    expect(dates('彼女は19年5月に就任した。')).toEqual([['19年5月', '2019-05']]);
  });

  it('reads a lone two-digit year by the publication year only when it falls near enough for its tail', () => {
    expect(dates('15年に初めて出場した。', null)).toEqual([]);
    expect(dates('15年に初めて出場した。')).toEqual([['15年', '2015']]);
    // a year of origin: 23年産の大豆 is the 2023 crop, 2007年製 the year it was made
    expect(dates('組合は23年産の大豆を出荷した。')).toEqual([['23年', '2023']]);
    expect(dates('車両は07年製で古い。')).toEqual([['07年', '2007']]);
    expect(dates('売上高は24年は3%減った。')).toEqual([['24年', '2024']]);
    expect(dates('売上高は12年は3%減った。')).toEqual([]);
    expect(dates('研究所は26年の発売戸数を予測した。')).toEqual([['26年', '2026']]);
    expect(dates('研究所は19年の発売戸数を調べた。')).toEqual([]);
    expect(dates('この制度は20年は続く。')).toEqual([]);
    // an era before 明治 is no two-digit year of this century: the era's own year
    expect(dates('寺は寛永13年に再建された。')).toEqual([['寛永13年', '1636']]);
    expect(dates('5期20年に亘って務めた。')).toEqual([]);
    expect(dates('2019年に入社し、翌21年に退社した。')).toEqual([
      ['2019年', '2019'],
      ['21年', '2021'],
    ]);
    expect(dates('ダムの完成には20年の歳月を要した。')).toEqual([]);
  });

  it('does not read a lone two-digit year as a span', () => {
    expect(dates('2001年以来、20年にわたり指揮した。')).toEqual([['2001年', '2001']]);
    expect(dates('2005年の事件で懲役20年の判決が出た。')).toEqual([['2005年', '2005']]);
    expect(dates('2001年の開業から20年になる。')).toEqual([['2001年', '2001']]);
    expect(dates('1999年の発売から15年に改良した。')).toEqual([['1999年', '1999']]);
    expect(dates('二人の共同作業は30年にも及ぶ。')).toEqual([]);
    expect(dates('創業から10年にもなる。')).toEqual([]);
    expect(dates('影響は2030年にも及ぶ。')).toEqual([['2030年', '2030']]);
    expect(dates('新工場は30年にも稼働する。')).toEqual([['30年', '2030']]);
  });

  it('leaves durations to the figures', () => {
    expect(dates('交渉は3年間続いた。')).toEqual([]);
    expect(dates('5日間の日程で視察する。')).toEqual([]);
    expect(dates('株価は5日連続で上がった。')).toEqual([]);
    expect(dates('結果は10日以内に出る。')).toEqual([]);
    expect(dates('約10日の遅れが出た。')).toEqual([]);
    expect(dates('1日2回の点検を続ける。')).toEqual([]);
    expect(dates('発売から3年以上たった。')).toEqual([]);
    expect(dates('点検は3日に1回行う。')).toEqual([]);
    expect(dates('1日も早い再開を望む。')).toEqual([]);
    expect(dates('1000年に1度の高潮に備える。')).toEqual([]);
    expect(dates('20年ぶりの優勝だ。')).toEqual([]);
  });

  it('skips recurring dates', () => {
    expect(dates('会報は毎月15日に届く。祭りは毎年8月だ。')).toEqual([]);
  });

  it('ignores numbers that are parts of names or longer numbers', () => {
    expect(dates('三日坊主にならないよう続ける。')).toEqual([]);
    expect(dates('五月雨式に届く。')).toEqual([]);
    expect(dates('電話は06-1111-2222へ。')).toEqual([]);
    expect(dates('番号12025年式')).toEqual([]);
  });
});
