import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

// …に達する見通しで、「…」とみている / …が続けば、「…」とみている: the clause leading in is the speaker's.
describe('a clause leading into a speaker’s quote (…見通しで、 / …続けば、「…」とみている)', () => {
  it('is the speaker’s, named or carried from the topic before', () => {
    const named = '北山総研は、今年の輸出額は計3兆円に達する見通しで、「秋以降も伸びる」とみている。';
    expect(namesOf(named, ['計3兆円'])).toEqual(['北山総研']);
    const carried =
      '東和リサーチは5日、調査結果を発表した。同社は円安が響いたと分析。年内の件数は累計で4500件に上る見込みで、「当面は増える」と話している。';
    expect(namesOf(carried, ['4500件'])).toEqual(['東和リサーチ']);
  });

  it('a condition the speaker sets is theirs, with a time or occasion before the quote', () => {
    const text = '西山大の岡田健教授は、失業率が5%を超える月が続けば、来春の選挙を前に「政権への批判が強まる」と話す。';
    expect(namesOf(text, ['5%'])).toEqual(['西山大の岡田健教授']);
    const near = '岡田教授は、気温が35度を上回れば、「熱中症が増える」とみている。';
    expect(namesOf(near, ['35度'])).toEqual(['岡田教授']);
  });

  it('a condition with another clause after it, before the quote, stays as it was', () => {
    const text = '岡田教授は、気温が35度を上回れば、病院は混み合い、「熱中症が増える」とみている。';
    expect(namesOf(text, ['35度'])).toEqual(['']);
  });

  it('a plan (予定で) or a plain clause before the quote stays as it was', () => {
    const plan = '北山総研は、来月に新社屋へ50人を移す予定で、「秋以降も伸びる」とみている。';
    expect(namesOf(plan, ['50人'])).toEqual(['']);
    const plain = '輸出額は計3兆円に達し、北山総研は「秋以降も伸びる」とみている。';
    expect(namesOf(plain, ['計3兆円'])).toEqual(['']);
  });
});
