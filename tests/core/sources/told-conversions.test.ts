import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// A per-head conversion (1人当たりに換算すると…) told as what the source said (…になるという, …ということです,
// …としている) is the source's, in the according-to's sentence or a later one of its paragraph; told plainly
// (…になる。, …計算だ) it stays the writer's arithmetic.
describe('a conversion told by hearsay is the source’s', () => {
  it.each([
    [
      '北山県は12日、新年度予算案を発表した。\n県財政課によると、県債残高は約1兆3400億円に上る見通しで、県民1人当たりに換算すると約72万円になるという。',
      '約72万円',
      '県財政課',
    ],
    [
      '東和市は、来年度から水道料金を引き上げると発表しました。\n市によりますと、値上げ幅は平均で18%で、1世帯あたりに換算すると年間およそ4万円の負担増になるということです。',
      'およそ4万円',
      '東和市',
    ],
    [
      '北辰商事は10日、海外の鉱山権益を取得すると発表した。\n同社によると、取得額は約450億円で、ドルに換算すると約3億ドルに相当するという。',
      '約3億ドル',
      '北辰商事',
    ],
    [
      '南海町は5日、町内の全世帯に商品券を配ると発表した。\n町によると、総額は約1億円で、1世帯当たりに換算すると約2万円になるとしている。',
      '約2万円',
      '南海町',
    ],
    [
      '北浜市は３日、新しい体育館の建設費が約６０億円になると明らかにしました。\n市によりますと、市民１人あたりに換算すると約３０万円になるということです。',
      '約３０万円',
      '北浜市',
    ],
    [
      '北山県は12日、新年度予算案を発表した。\n県財政課によると、県税収入は3.1%増の2690億円を見込む。県債の発行額は612億円と、4年ぶりに600億円を超える。県債残高は約1兆3400億円に上る見通しで、県民1人当たりに換算すると約72万円になるという。',
      '約72万円',
      '県財政課',
    ],
    [
      '東和市は、来年度から水道料金を引き上げると発表しました。\n市によりますと、値上げ幅は平均で18%です。1世帯あたりに換算すると、年間およそ4万円の負担増になるということです。',
      'およそ4万円',
      '東和市',
    ],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });
});

describe('a conversion the writer makes stays the writer’s', () => {
  it.each([
    [
      '北山県は12日、新年度予算案を発表した。県債残高は約1兆3400億円に上る。\n県民1人当たりに換算すると約11万円になる。',
      '約11万円',
      '',
    ],
    [
      '北辰商事は10日、海外の鉱山権益を取得すると発表した。取得額は約450億円。\n社員1人あたり約500万円にのぼる計算だ。',
      '約500万円',
      '',
    ],
    [
      '北山県は12日、新年度予算案を発表した。\n県財政課によると、県税収入は2690億円を見込む。\n県民1人当たりに換算すると約16万円になる。',
      '約16万円',
      '',
    ],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });
});

describe('a conversion the sentence tells as heard (…に換算すると…になるという) is the source’s own sum (an earlier sentence’s according-to)', () => {
  it.each([
    [
      '県財政課によると、歳入のうち県税収入は3.1%増の2500億円を見込む。企業業績の回復で法人2税が伸びる一方、県債の発行額は600億円と、3年ぶりに500億円を超える。県債残高は約1兆2000億円に上る見通しで、県民1人当たりに換算すると約65万円になるという。',
      '約65万円',
      '県財政課',
    ],
    [
      '北浜市によると、ごみ処理費は年間約30億円に上る。市民1人当たりに換算すると約1万円になるということです。',
      '約1万円',
      '北浜市',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('told plainly under an according-to it stays the writer’s arithmetic', () => {
    const text =
      '県財政課によると、県債の発行額は600億円となる。県債残高は約1兆2000億円で、県民1人当たりに換算すると約65万円になる。';
    expect(nameOf(text, '約65万円')).toBe('');
  });
});
