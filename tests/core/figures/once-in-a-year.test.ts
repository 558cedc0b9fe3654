import { beforeAll, describe, expect, it } from 'vitest';
import { dates } from '../dates/helpers';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

/**
 * 「2023年に一度、相談した」: a year of the calendar, then 一度 (once, an adverb) — a date and no figure,
 * not "once in 2023 years". A span before に一度 that is no calendar year stays a rate: 1000年に1度.
 */
describe('once, in a year written in full', () => {
  it('reads 2021年に一度 as a date, no figure', () => {
    const text = '男性は2021年に一度、市の窓口を訪れた。';
    expect(texts(text)).toEqual([]);
    expect(dates(text)).toEqual([['2021年', '2021']]);
  });

  it('reads 1998年に1回 as a date and a count of one time, in digits', () => {
    const text = '同社は1998年に1回、工場を移した。';
    expect(texts(text)).toEqual(['1回']);
    expect(dates(text)).toEqual([['1998年', '1998']]);
  });

  it('reads 一度 alone as the adverb, no count', () => {
    expect(texts('彼は一度は断ったが、もう一度考え直した。')).toEqual([]);
  });

  it.each([
    ['この地域では1000年に1度の大雨が降った。', '1000年に1度'],
    ['2000年に1度の確率とされる。', '2000年に1度'],
    ['気温は1度下がった。', '1度'],
  ])('keeps the rate or the count in %s', (text, figure) => {
    expect(texts(text)).toEqual([figure]);
    expect(dates(text)).toEqual([]);
  });
});
