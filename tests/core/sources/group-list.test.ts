import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const LEDE = '大手ガス会社4社は1日、来月の料金を発表した。このうち東和ガスは、標準的な家庭で5200円となる。';

describe('after a member picked out of a group, the next body named as a topic goes on down the list', () => {
  it('the next member’s figures are its own', () => {
    expect(headlinedNames(`${LEDE}北辰ガスは4800円で、3%の値下がりとなる。`, ['5200円', '4800円', '3%'])).toEqual([
      '東和ガス',
      '北辰ガス',
      '北辰ガス',
    ]);
  });

  it('a topic that is no body of its own name, or one in another paragraph, is no member', () => {
    const plain = headlinedNames(`${LEDE}家庭の負担は月300円増える。`, ['300円'])[0];
    expect(plain).not.toBe('家庭');
    expect(headlinedNames(`${LEDE}\n北辰ガスは4800円で、前月並みとなる。`, ['4800円'])).toEqual(['']);
  });

  it('with no member picked out before, a body named as topic is not made a member', () => {
    const text = '大手ガス会社4社は1日、来月の料金を発表した。北辰ガスは4800円となる。';
    expect(headlinedNames(text, ['4800円'])).toEqual(['']);
  });
});
