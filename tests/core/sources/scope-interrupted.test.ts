import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// An according-to opening a sentence speaks for the rest of its paragraph — until someone else is quoted
// at first hand: what follows is the writer's own again, unless the body is named as the topic again.
describe('an according-to’s paragraph after another party is quoted', () => {
  it('ends with a first-hand quote of someone else (と話す, と話していました, と期待を寄せた)', () => {
    const a =
      '県によると、新工場の経済波及効果は年間約1900億円に上る見込みだ。南川市の担当者は「道路の整備が追いつくか心配だ」と話す。' +
      '市内の賃貸住宅の空室率は昨年度、5%を下回った。';
    expect(analyzedNames(a, ['約1900億円', '5%を下回った'])).toEqual(['県', '']);
    const b =
      '北山署によりますと、男性は搬送先の病院で死亡しました。近くに住む女性は「大きな音がした」と話していました。' +
      '現場は見通しのよい直線道路で、この1年で3件の事故が起きています。';
    expect(analyzedNames(b, ['3件'])).toEqual(['']);
    const c =
      '東和電機によると、新工場の投資額は約300億円。地元の商工会議所会頭は「雇用が生まれる」と期待を寄せた。市の人口は今年、12万人を割った。';
    expect(analyzedNames(c, ['約300億円', '12万人'])).toEqual(['東和電機', '']);
  });

  it('but holds when nobody else is quoted, or the body is the topic again by name or by 同社', () => {
    const d = '県によると、新工場の経済波及効果は年間約1900億円に上る見込みだ。雇用は約600人を見込む。';
    expect(analyzedNames(d, ['約600人'])).toEqual(['県']);
    const e =
      '県によると、新工場の経済波及効果は年間約1900億円に上る見込みだ。南川市の担当者は「心配だ」と話す。県は年内に約600人の雇用を見込むという。';
    expect(analyzedNames(e, ['約600人'])).toEqual(['県']);
    const f =
      'JR東和によると、運休は上下線で120本に上った。利用客の男性は「困った」と話した。同社は、あすの始発から運転を再開する予定で、約3万人に影響が出た。';
    expect(analyzedNames(f, ['約3万人'])).toEqual(['JR東和']);
  });

  it('and a statement the investigators relay (供述している) is still theirs to tell', () => {
    const g =
      '県警によりますと、男は現金約50万円を奪ったということです。調べに対し、男は「金に困っていた」と供述しているということです。' +
      '男はほかにも3件の事件に関わったとみられています。';
    expect(analyzedNames(g, ['約50万円', '3件'])).toEqual(['県警', '県警']);
  });
});
