import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a conversion the sentence tells as heard (…に換算すると…になるという) is the source’s own sum', () => {
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

  it('told plainly it stays the writer’s arithmetic', () => {
    const text =
      '県財政課によると、県債の発行額は600億円となる。県債残高は約1兆2000億円で、県民1人当たりに換算すると約65万円になる。';
    expect(nameOf(text, '約65万円')).toBe('');
  });
});
