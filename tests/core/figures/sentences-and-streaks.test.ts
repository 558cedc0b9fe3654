import { beforeAll, describe, expect, it } from 'vitest';
import { dates } from '../dates/helpers';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const durations = (text: string) =>
  figures(text)
    .filter((f) => f.kind === 'duration')
    .map((f) => [f.text, f.value]);

/** 拘禁刑 (the prison sentence since June 2025) sets a length as 懲役 did: 拘禁刑18年, 拘禁刑2年6月. */
describe('prison sentences named 拘禁刑', () => {
  it.each([
    ['東和地裁は男に拘禁刑15年の判決を言い渡した。', [['15年', 15]]],
    ['検察側は拘禁刑9年を求刑していた。', [['9年', 9]]],
    [
      '拘禁刑2年6月、執行猶予4年とした。',
      [
        ['2年6月', 2.5],
        ['4年', 4],
      ],
    ],
    ['懲役7年の判決を受けた。', [['7年', 7]]],
  ])('reads the term in %s', (text, want) => {
    expect(durations(text)).toEqual(want);
  });

  it.each(['改正刑法で拘禁刑が導入された。', '地裁は男に拘禁刑の実刑判決を言い渡した。'])(
    'reads no term in %s',
    (text) => {
      expect(durations(text)).toEqual([]);
    },
  );

  it('keeps 拘禁刑18年 from the dates', () => {
    expect(dates('地裁は拘禁刑18年の判決を言い渡した。')).toEqual([]);
  });
});

/** 3日続伸, 4日続落: a market's streak of days is a length of time, not the 3rd of the month. */
describe('market streaks', () => {
  it.each([
    ['平均株価は3日続伸し、終値は上昇した。', [['3日', 3]]],
    ['東証株価指数、4日続落', [['4日', 4]]],
    ['米国株は6日続騰となった。', [['6日', 6]]],
  ])('reads the streak in %s', (text, want) => {
    expect(durations(text)).toEqual(want);
  });

  it.each(['平均株価は5日、続伸した。', '平均株価は3日に続落した。', '相場は続伸した。'])(
    'reads no streak in %s',
    (text) => {
      expect(durations(text)).toEqual([]);
    },
  );

  it('keeps a streak from the dates but a day before 、 stays one', () => {
    expect(dates('平均株価は3日続伸した。')).toEqual([]);
    expect(dates('平均株価は3日、続伸した。').map(([t]) => t)).toEqual(['3日']);
  });
});
