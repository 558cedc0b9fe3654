import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// A value set (…とする) by the measure a body decides to keep or start is the decider's, as much as a
// value set by a plan it decides (…とする条例案を決めた) is.
describe('a value set by the measure whose keeping or start is decided', () => {
  it('a policy kept: …%とする大規模な…策の維持を決めた', () => {
    const a = '中央銀行は15日に開いた会合で、政策金利を年0.5%とする大規模な金融緩和策の維持を決めた。';
    expect(analyzedNames(a, ['年0.5%'])).toEqual(['中央銀行']);
  });

  it('a scheme started: …とする制度の導入を決めた', () => {
    const b = '東和市は10日、保育料の上限を月3万円とする制度の導入を決めた。';
    expect(analyzedNames(b, ['月3万円'])).toEqual(['東和市']);
  });

  it('the decision carries to the outlook the body published the same day', () => {
    const c =
      '中央銀行は15日に開いた会合で、政策金利を年0.5%とする金融緩和策の継続を決めた。' +
      '同日公表した見通しでは、来年度の成長率を1.1%とし、前回の1.3%から引き下げた。';
    expect(analyzedNames(c, ['年0.5%', '1.1%', '1.3%'])).toEqual(['中央銀行', '中央銀行', '中央銀行']);
  });
});

describe('what stays as it was', () => {
  it('a measure called for, with no body deciding it, has no decider', () => {
    const d = '県内では、保育料の上限を月3万円とする制度の導入を求める声が強まっている。';
    expect(analyzedNames(d, ['月3万円'])).toEqual(['']);
  });

  it('a decision whose object is no measure set by …とする gives nothing new', () => {
    const e = '東和市は10日、職員3人の派遣を決めた。市内の空き家は約1200戸ある。';
    expect(analyzedNames(e, ['約1200戸'])).toEqual(['']);
  });
});
