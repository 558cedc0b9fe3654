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

  it('reads the eras before 明治 from the CLDR table (慶長, 元禄, 天保; 元年 and kanji years too)', () => {
    expect(dates('城は天正十八年に落ちた。')).toEqual([['天正十八年', '1590']]);
    expect(dates('この堤は宝暦4年に築かれた。')).toEqual([['宝暦4年', '1754']]);
    expect(dates('寺の創建は寛文元年とされる。')).toEqual([['寛文元年', '1661']]);
    expect(dates('安政2年10月の地震')).toEqual([['安政2年10月', '1855-10']]);
  });

  it('reads no era in a word running on before it, nor in a year past its last', () => {
    expect(dates('地域文化3年目の催し')).toEqual([]);
    expect(dates('契約を延長5年とする')).toEqual([]);
    expect(dates('慶応9年')).toEqual([]);
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

describe('short years inside an era the article named', () => {
  it('reads one- and two-digit years in the era last written, not in 20XX', () => {
    expect(dates('町は平成8年に条例を定めた。8年4月に施行し、14年の改正で対象を広げた。', '2022-05-01')).toEqual([
      ['平成8年', '1996'],
      ['8年4月', '1996-04'],
      ['14年', '2002'],
    ]);
    expect(dates('県は平成6年、基金を設けた。6年当時は赤字だった。', '2022-05-01')).toEqual([
      ['平成6年', '1994'],
      ['6年', '1994'],
    ]);
  });

  it('takes the older era when the newer one would put the year in the future', () => {
    // 令和14年 would be 2032: after 令和3年 and 平成25年, 14年 is 平成14年.
    expect(dates('平成25年に開業し、令和3年に改装した。14年と20年の計画では', '2022-05-01')).toEqual([
      ['平成25年', '2013'],
      ['令和3年', '2021'],
      ['14年', '2002'],
      ['20年', '2008'],
    ]);
  });

  it('goes back to the Western century once a Western year is written', () => {
    expect(dates('平成元年に創業した。2011年に上場し、15年に増資した。')).toEqual([
      ['平成元年', '1989'],
      ['2011年', '2011'],
      ['15年', '2015'],
    ]);
  });

  it('reads no one-digit year without an era, nor a sentence after 懲役', () => {
    expect(dates('工事は3年に始まった。')).toEqual([]);
    expect(dates('平成5年の事件で懲役3年6月の判決が出た。')).toEqual([['平成5年', '1993']]);
  });
});
