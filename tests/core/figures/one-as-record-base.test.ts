import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

/** 「1試合としては歴代最多」: one of a unit is the base a record is told over, not a count of one. */
describe('one as the base of a record', () => {
  it.each([
    ['観客は5万人で、1試合の観客数としては歴代最多だった。', ['5万人']],
    ['寄付は1回としては過去最高の額となった。', []],
    ['懸賞は800本で、1大会としては史上最多となった。', ['800本']],
    ['一大会としては初めての快挙だ。', []],
  ])('drops the base in %s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });

  it.each([
    ['彼は今季1試合の出場にとどまった。', '1試合'],
    ['1試合としては多い観客だった。', '1試合'],
    ['3試合としては過去最多の得点だ。', '3試合'],
    ['1試合を残して優勝を決めた。', '1試合'],
  ])('keeps the count in %s', (text, kept) => {
    expect(texts(text)).toContain(kept);
  });
});
