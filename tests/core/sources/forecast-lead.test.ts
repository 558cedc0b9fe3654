import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

// …に達する見通しで、「…」とみている: the outlook before the quote is the speaker's.
describe('an outlook clause right before a speaker’s quote (…見通しで、「…」とみている)', () => {
  it('is the speaker’s, named or carried from the topic before', () => {
    const named = '北山総研は、今年の輸出額は計3兆円に達する見通しで、「秋以降も伸びる」とみている。';
    expect(namesOf(named, ['計3兆円'])).toEqual(['北山総研']);
    const carried =
      '東和リサーチは5日、調査結果を発表した。同社は円安が響いたと分析。年内の件数は累計で4500件に上る見込みで、「当面は増える」と話している。';
    expect(namesOf(carried, ['4500件'])).toEqual(['東和リサーチ']);
  });

  it('a plan (予定で) or a plain clause before the quote stays as it was', () => {
    const plan = '北山総研は、来月に新社屋へ50人を移す予定で、「秋以降も伸びる」とみている。';
    expect(namesOf(plan, ['50人'])).toEqual(['']);
    const plain = '輸出額は計3兆円に達し、北山総研は「秋以降も伸びる」とみている。';
    expect(namesOf(plain, ['計3兆円'])).toEqual(['']);
  });
});
