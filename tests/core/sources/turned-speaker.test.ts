import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a quote after a contrast is the words of the party that takes the turn', () => {
  it.each([
    [
      '北原氏は計画の凍結を訴えたが、大槻氏は「工事を止めれば10億円以上の負担が生じる」と反論した。',
      '10億円以上',
      '大槻氏',
    ],
    ['北原氏は凍結を訴えたものの、大槻氏は「10億円以上の負担が生じる」と反論した。', '10億円以上', '大槻氏'],
    ['野党側は廃止を求めた一方、田中市長は「年間約2億円の節約にしかならない」と述べた。', '約2億円', '田中市長'],
    // a date and a comma between the party and the quote
    ['組合は賃上げを要求したが、東和電機は12日、「約5%の引き上げが限界だ」と回答した。', '約5%', '東和電機'],
    ['東和電機は増産を決めたが、北辰工業は「需要は約1割減る」とみている。', '約1割', '北辰工業'],
    // NHK register, full-width digits
    ['会社側は２％の賃上げを提示したが、組合側は「５％は必要だ」と反発しました。', '５％', '組合側'],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it.each([
    // no party of its own after the contrast: the sentence's topic goes on speaking
    ['北原氏は凍結を訴えたが、「約20億円が浮く」と強調した。', '約20億円', '北原氏'],
    // the quote in the first clause stays its speaker's
    ['北原氏は「凍結すれば約20億円が浮く」と訴えたが、大槻氏は反論した。', '約20億円', '北原氏'],
  ])('%s stays %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });
});
