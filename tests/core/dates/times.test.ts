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

  it('leaves hours of duration and 一時 alone', () => {
    expect(dates('24時間体制で見守る。')).toEqual([]);
    expect(dates('運転を一時見合わせた。')).toEqual([]);
    expect(dates('3時限目の授業')).toEqual([]);
  });
});
