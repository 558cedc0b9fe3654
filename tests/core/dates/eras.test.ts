import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('era years', () => {
  it('converts 令和 / 平成 / 昭和 years', () => {
    expect(dates('令和6年度の補正予算')).toEqual([['令和6年度', '2024']]);
    expect(dates('平成31年4月30日をもって')).toEqual([['平成31年4月30日', '2019-04-30']]);
    expect(dates('昭和56年の建築基準')).toEqual([['昭和56年', '1981']]);
    expect(dates('大正12年9月1日の震災')).toEqual([['大正12年9月1日', '1923-09-01']]);
  });

  it('reads 元年 and kanji era years', () => {
    expect(dates('令和元年10月に増税された。')).toEqual([['令和元年10月', '2019-10']]);
    expect(dates('平成三十年の豪雨')).toEqual([['平成三十年', '2018']]);
  });

  it('gives era decades as a span of years', () => {
    expect(dates('昭和30年代の団地')).toEqual([['昭和30年代', ['1955', '1964']]]);
  });

  it('refuses years past the end of an era', () => {
    expect(dates('平成35年')).toEqual([]);
    expect(dates('昭和70年')).toEqual([]);
  });

  it('resolves eras without a publication date', () => {
    expect(dates('令和2年3月', null)).toEqual([['令和2年3月', '2020-03']]);
  });
});
