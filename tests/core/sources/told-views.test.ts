import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// …という民間の試算もあります: a study or view told as one that exists, naming no one — not the source
// in force, as との分析もある is not.
describe('a view or study told with という…もある', () => {
  it('is not the according-to in force, in either register', () => {
    const a =
      '水道料金の見通し\n北山県水道局によりますと、法定耐用年数を過ぎた水道管は約3割にのぼります。' +
      '今後30年で料金を平均で4割程度引き上げる必要があるという民間の試算もあります。';
    expect(analyzedNames(a, ['約3割', '30年'])).toEqual(['北山県水道局', '']);
    const b =
      '新工場の効果\n県によると、新工場の経済効果は年間約1900億円に上る。雇用は3000人規模になるという見方も出ている。';
    expect(analyzedNames(b, ['約1900億円', '3000人規模'])).toEqual(['県', '']);
  });

  it('only for the clause after the last comma before という', () => {
    const c = '観光客の動向\n北山市によると、今年の観光客は約120万人で、前年より2割増えたという報告もあった。';
    expect(analyzedNames(c, ['約120万人', '2割増'])).toEqual(['北山市', '']);
  });

  it('but plain hearsay (…という。) stays the source’s', () => {
    const d = '観光客の動向\n北山市によると、今年の観光客は約120万人だった。2年連続で増えたという。';
    expect(analyzedNames(d, ['約120万人', '2年連続'])).toEqual(['北山市', '北山市']);
  });
});
