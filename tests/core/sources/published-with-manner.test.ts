import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 「同省が併せて発表した12月の貿易収支は…」: a verb's bare て-form between the publisher and its verb says
// how it published (as 改めて, このほど do); the report's figures stay the publisher's.
describe('a て-form of manner between a publisher and its verb', () => {
  it.each([
    [
      '北山省は23日、貿易統計を発表した。同省が併せて発表した12月の貿易収支は1309億円の黒字で、6カ月ぶりに黒字に転じた。',
      ['1309億円', '6カ月ぶり'],
    ],
    ['北山省が併せて発表した昨年12月の輸出額は１３０９億円だった。', ['１３０９億円']],
    ['北山省があわせて公表した訪日客数は1200万人で、過去最多だった。', ['1200万人']],
    ['北山省が続けて公表した1月の数値は5%増だった。', ['5%']],
    // what already held: an adverb, a date
    ['北山省が25日に公表した今年上半期の訪日客数は1200万人で、過去最多だった。', ['1200万人']],
  ])('%s', (text, figures) => {
    for (const f of figures) expect(nameOf(text, f)).toBe('北山省');
  });

  it('a deed that publishes nothing stays the writer’s', () => {
    expect(nameOf('東和市の田中一郎さんが育てて出荷した野菜は約300キロに上った。', '約300キロ')).toBe('');
    expect(nameOf('北山建設が建てて販売したマンションは12棟に上った。', '12棟')).toBe('');
  });
});
