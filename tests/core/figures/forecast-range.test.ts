import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

describe('the stretch a forecast covers names the forecast, it counts nothing', () => {
  it.each([
    '気象台が25日に発表した3カ月予報では、気温は平年より高い見込みだ。',
    '最新の1か月予報によると、降水量は平年並みとなる。',
    '2週間予報では、来週後半に気温が下がる。',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('a length of time that is no forecast’s name still counts', () => {
    expect(texts('予報の精度を上げる改修に3カ月かかる。')).toEqual(['3カ月']);
    expect(texts('3カ月後の予報を発表した。')).toEqual(['3カ月']);
  });
});
