import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

/**
 * One of something stressed — 「一人でも減らしたい」 (even one), 「1試合も無駄にできない」 (not a single
 * one), 「一人では住めない」 (alone) — and one of something as the base of an average (1試合平均の観客数)
 * say no count, in digits or in kanji.
 */
describe('one, stressed or as a base', () => {
  it.each([
    ['「一人ではここに住めない」と話した。', '一人'],
    ['同じ思いをする家族を一人でも減らしたい。', '一人'],
    ['残り30試合、1試合も無駄にできない。', '1試合'],
    ['１人でも多くの命を救いたい。', '１人'],
    ['男は一人で店に押し入った。', '一人'],
    ['けが人は1人もいなかった。', '1人'],
    ['1試合平均の観客数は男子が3412人だった。', '1試合'],
    ['１世帯平均の支出額は増えた。', '１世帯'],
    ['1世帯平均は月3万円だった。', '1世帯'],
    ['1店舗平均が約30万円に届いた。', '1店舗'],
  ])('reads no count in %s', (text, one) => {
    expect(texts(text)).not.toContain(one);
  });

  it.each([
    ['この事故で1人が死亡した。', '1人'],
    ['残り30試合、1試合も無駄にできない。', '30試合'],
    ['1試合平均の観客数は男子が3412人だった。', '3412人'],
    ['1試合平均3.2得点を挙げた。', '1試合平均3.2得点'],
    ['週に一度でも外食するとよい。', '一度'],
    ['1世帯平均は月3万円だった。', '月3万円'],
  ])('still reads %s', (text, figure) => {
    expect(texts(text)).toContain(figure);
  });
});
