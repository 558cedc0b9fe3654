import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('…する構えだ closes a plan as 方針だ does: the party’s own', () => {
  it.each([
    ['北浜労組は声明で「受け入れられない」と反発し、来月上旬に最大3万人規模のストを行う構えだ。', '3万人', '北浜労組'],
    ['東和銀行は、来年度に新卒を約300人採用する構えだ。', '約300人', '東和銀行'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });
});

describe('a time compounded into a noun does not set the act ahead (来年度予算案)', () => {
  it('衆院で与党は…来年度予算案の成立には…状況が続いている is no plan', () => {
    const text = '衆院で与党は過半数に4議席足りず、来年度予算案の成立には野党の協力が欠かせない状況が続いている。';
    expect(nameOf(text, '4議席')).toBe('');
  });

  it.each([
    ['東和県は、職員向けの研修を来年度、3回開く。', '3回', '東和県'],
    ['北浜市は来年度に小学校を2校新設する。', '2校', '北浜市'],
  ])('a time of its own still does: %s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });
});
