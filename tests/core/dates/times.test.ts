import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('times of day', () => {
  it('joins a time to the day before it', () => {
    expect(dates('地震は12日午前5時20分ごろ起きた。')).toEqual([['12日午前5時20分ごろ', '2025-07-12T05:20']]);
    expect(dates('同日午後9時に閉店した。')).toEqual([['同日午後9時', '2025-07-10T21:00']]);
  });

  it('keeps a part of the day after a date in its mention, the day unchanged', () => {
    expect(dates('町では8日夜までに30棟が焼けた。')).toEqual([['8日夜', '2025-07-08']]);
    expect(dates('9日未明に解除し、同日朝に再開した。')).toEqual([
      ['9日未明', '2025-07-09'],
      ['同日朝', '2025-07-09'],
    ]);
    expect(dates('3日午後に会見した。')).toEqual([['3日午後', '2025-07-03']]);
  });

  it('reports a bare time as a time only', () => {
    expect(dates('午後7時半に再開した。')).toEqual([['午後7時半', 'T19:30']]);
    expect(dates('18時45分に発車する。')).toEqual([['18時45分', 'T18:45']]);
    expect(dates('正午に発表した。')).toEqual([['正午', 'T12:00']]);
  });

  it('reads a clock written with a colon (19:00, 22:54-23:00), not a race time, a score or a ratio', () => {
    expect(dates('番組は毎週水曜19:00から始まる。')).toEqual([['19:00', 'T19:00']]);
    expect(dates('放送は毎週金曜22:54-23:00。')).toEqual([
      ['22:54', 'T22:54'],
      ['23:00', 'T23:00'],
    ]);
    expect(dates('開演は午後6:30の予定だ。')).toEqual([['午後6:30', 'T18:30']]);
    expect(dates('深夜0:45-1:15に放送する。')).toEqual([
      ['0:45', 'T00:45'],
      ['1:15', 'T01:15'],
    ]);
    expect(dates('特番は7月8日21:00に始まる。')).toEqual([['7月8日21:00', '2025-07-08T21:00']]);
    expect(dates('優勝タイムは2:05:30だった。')).toEqual([]);
    expect(dates('決勝は3:1で勝った。')).toEqual([]);
    expect(dates('画面の比率は16:9だ。')).toEqual([]);
    expect(dates('66:61の5票差で勝った。')).toEqual([]);
    expect(dates('型番はN-10:30だ。')).toEqual([]);
    // A match's result or a ratio written with a colon, as N対M would be.
    expect(dates('第2戦は21:18で競り勝った。')).toEqual([]);
    expect(dates('賛成と反対は12:10だった。')).toEqual([]);
    expect(dates('男女比は13:12だった。')).toEqual([]);
    expect(dates('受付は17:00で締め切る。')).toEqual([['17:00', 'T17:00']]);
    // a chapter list of a recording: where each part starts, no time of day
    expect(dates('目次\n00:00オープニング\n02:30港の朝市\n20:10漁師の直売')).toEqual([]);
    expect(dates('営業時間\n11:00〜20:00')).toEqual([
      ['11:00', 'T11:00'],
      ['20:00', 'T20:00'],
    ]);
  });

  it('reads a time to the second as one time', () => {
    expect(dates('申し込みは23時59分59秒に締め切った。')).toEqual([['23時59分59秒', 'T23:59']]);
  });

  it('puts a bare hour after an evening word, or closing an afternoon range, after noon', () => {
    expect(dates('店は夜9時に閉まる。')).toEqual([['9時', 'T21:00']]);
    expect(dates('夕方5時に集合した。')).toEqual([['5時', 'T17:00']]);
    expect(dates('窓口は午後3時から5時まで開く。')).toEqual([
      ['午後3時', 'T15:00'],
      ['5時', 'T17:00'],
    ]);
    // past midnight, and a range that is no afternoon's
    expect(dates('深夜2時ごろ出火した。')).toEqual([['2時', 'T02:00']]);
    expect(dates('夜1時に寝た。')).toEqual([['1時', 'T01:00']]);
    expect(dates('午前9時から11時まで開く。')).toEqual([
      ['午前9時', 'T09:00'],
      ['11時', 'T11:00'],
    ]);
  });

  it('leaves hours of duration and 一時 alone', () => {
    expect(dates('24時間体制で見守る。')).toEqual([]);
    expect(dates('運転を一時見合わせた。')).toEqual([]);
    expect(dates('3時限目の授業')).toEqual([]);
  });
});
