import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// A count or an index named to take a bare value (人口, 出生率, 物価指数) as the topic of 見込んでいる /
// 推計している is what was projected; the projection is the body's whose release is in force.
describe('a quantity as topic of a projection is no speaker', () => {
  it.each([
    // paper: the topic counted in its own clause, then projected
    [
      '北山総研は22日、人口推計を公表した。総人口は2020年の1億2615万人から30年間で約17%減り、2050年には1億499万人になると見込んでいる。',
      ['1億2615万人', '30年間', '約17%', '1億499万人'],
      '北山総研',
    ],
    ['北山総研は22日、人口推計を公表した。人口は2050年に1億人を割ると推計している。', ['1億人'], '北山総研'],
    // a compound name of the count, and an adverbial between topic and verb
    [
      '北山総研は22日、人口推計を公表した。生産年齢人口は30年間で約2割減ると予測している。',
      ['30年間', '約2割'],
      '北山総研',
    ],
    // an anaphor owns the count (同市の人口): the city is still who projects it
    ['東和市は5日、将来人口の推計を公表した。同市の人口は2045年に12万人まで減ると試算している。', ['12万人'], '東和市'],
    // broadcaster: ということです
    [
      '北山総研は22日、人口推計を公表した。合計特殊出生率は1.2に低下すると見込んでいるということです。',
      ['1.2'],
      '北山総研',
    ],
    // full-width digits, a date inserted
    [
      '東和経済研究所はこのほど、物価の見通しを発表した。消費者物価指数は来年、２％程度上昇するとみている。',
      ['２％'],
      '東和経済研究所',
    ],
  ])('%s', (text, figures, source) => {
    for (const f of figures) expect(nameOf(text, f)).toBe(source);
  });

  it('a body or a person as topic still speaks for itself', () => {
    const pre = '北山総研は22日、人口推計を公表した。';
    expect(nameOf(`${pre}東和人口研究所は2050年に1億人を割ると推計している。`, '1億人')).toBe('東和人口研究所');
    expect(nameOf(`${pre}田中一郎所長は、人口は1億人を割ると予測している。`, '1億人')).toBe('田中一郎所長');
    expect(nameOf(`${pre}北山県は、県の人口が2050年に80万人になると推計している。`, '80万人')).toBe('北山県');
  });
});
