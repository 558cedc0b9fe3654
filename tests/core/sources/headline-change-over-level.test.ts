import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

// Values decide which figures are the same, so these run the whole engine.
const sourceOfFirst = (text: string) => {
  const f = analyze(text, realTokenizer()).figures[0];
  return !f?.source || f.source.type === 'byline' ? '' : f.source.name;
};

// A headline's change (「純利益2割減」) rounds the body's change, not a level of something else the body
// writes with の (25%の追加関税) that happens to round to the same share.
describe('a headline change is not the rounding of a level of another thing', () => {
  it('a tariff rate near the share does not spoil the company’s change', () => {
    const a =
      '北浜重工、今期純利益2割減\n北浜重工が9日発表した今期の業績予想は、純利益が前期比22%減の310億円だった。' +
      '\n2026年度の予想は、純利益が3割減とした。米国による輸入品への25%の追加関税で、約40億円の減益要因になるという。';
    expect(sourceOfFirst(a)).toBe('北浜重工');
  });

  it('a change written with の (22%の減益) is still the headline’s rounding', () => {
    const b = '北浜重工、今期純利益2割減\n北浜重工は9日、今期の純利益が前期比22%の減益になる見通しだと発表した。';
    expect(sourceOfFirst(b)).toBe('北浜重工');
  });
});
