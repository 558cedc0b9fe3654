import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('a four-digit year listed with a short one', () => {
  it('reads both as years, the second in the first’s century', () => {
    expect(dates('北町FCは2018、19年と連覇した。')).toEqual([
      ['2018', '2018'],
      ['19年', '2019'],
    ]);
    expect(dates('大会は1998年・99年に開かれた。')).toEqual([
      ['1998年', '1998'],
      ['99年', '1999'],
    ]);
    expect(dates('２０１９、２０年と続いた。')).toEqual([
      ['２０１９', '2019'],
      ['２０年', '2020'],
    ]);
  });

  it('leaves a short number that is no later year of that decade alone', () => {
    // 35 is fifteen years on: a target or a count, not the next year of a list.
    expect(dates('2020、35年の目標を掲げた。').map(([t]) => t)).not.toContain('35年');
    expect(dates('2020、15年の順に並べた。').map(([t]) => t)).not.toContain('15年');
  });

  it('leaves a fiscal year to the calendar reader', () => {
    expect(dates('売上は2020、21年度も伸びた。')).toEqual([['21年度', '2021']]);
  });
});

describe('two short years in a row', () => {
  it('reads neighbouring years as years (20年、21年と連覇)', () => {
    expect(dates('チームは20年、21年と連覇した。')).toEqual([
      ['20年', '2020'],
      ['21年', '2021'],
    ]);
  });

  it('leaves lengths of time and counts alone', () => {
    expect(dates('懲役10年、11年を求めた。')).toEqual([]);
    expect(dates('10年、20年先を見据える。')).toEqual([]);
  });
});
