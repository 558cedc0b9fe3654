import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('resolving against the publication date', () => {
  it('without a publication date keeps only what is absolute or anchored on it', () => {
    // 昨年 and 先月 count from a publication date there is none of; 7日 and 9月 lean on 2023年5月.
    expect(dates('2023年5月8日に始まり、同日中に終わった。昨年と先月と7日と9月', null)).toEqual([
      ['2023年5月8日', '2023-05-08'],
      ['同日', '2023-05-08'],
      ['7日', '2023-05-07'],
      ['9月', '2023-09'],
    ]);
  });

  it('takes a December in a January article as last December', () => {
    expect(dates('12月に始まった。', '2026-01-08')).toEqual([['12月', '2025-12']]);
    expect(dates('12月に始まる。', '2026-06-08')).toEqual([['12月', '2026-12']]);
  });

  it('takes a later month stated as what its topic is, in a non-past sentence, as this year', () => {
    expect(dates('施設は2019年に開いた。再開は9月上旬で、例年より早いという。')).toEqual([
      ['2019年', '2019'],
      ['9月上旬', ['2025-09-01', '2025-09-10']],
    ]);
    // told in the past, it stays in the year the paragraph was telling of
    expect(dates('施設は2019年に開いた。改装は9月上旬で、例年より早かった。')).toEqual([
      ['2019年', '2019'],
      ['9月上旬', ['2019-09-01', '2019-09-10']],
    ]);
  });

  it('takes the 29th in an article of the 2nd as last month', () => {
    expect(dates('29日に発表した。', '2025-08-02')).toEqual([['29日', '2025-07-29']]);
    expect(dates('29日に発表する。', '2025-08-20')).toEqual([['29日', '2025-08-29']]);
    expect(dates('31日に発表した。', '2025-06-12')).toEqual([['31日', '2025-05-31']]);
  });

  it('drops days that do not exist', () => {
    expect(dates('2月30日')).toEqual([]);
    expect(dates('13月1日')).toEqual([]);
  });
});
