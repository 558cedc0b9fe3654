import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 「…を N とする」 with a tally (5連勝とした, 得点を22とし) is a deed on the field raising the count —
// the outlet's record of the game, not something the side or the player said.
describe('a tally raised with 「N とする」', () => {
  it('as the number’s own counter (5連勝とした) or the object before を (得点を22とし)', () => {
    const a = '東和ブルーウイングスの鷹見隼人外野手は17日の試合で本塁打を放った。チームは7－3で快勝し、5連勝とした。';
    expect(analyzedNames(a, ['5連勝'])).toEqual(['']);
    const b = '北山FCの高城は今季の得点を22とし、クラブのシーズン最多記録を塗り替えた。';
    expect(analyzedNames(b, ['22'])).toEqual(['']);
  });

  it('in a broadcaster’s register, full-width, with a date between', () => {
    const c = '南海レッズは、きのうの試合に３－２で勝って、今月に入って６連勝としました。';
    expect(analyzedNames(c, ['６連勝'])).toEqual(['']);
    const d = '北山ジャガーズの森下投手は今年8月に、通算本塁打を300本とした。';
    expect(analyzedNames(d, ['300本'])).toEqual(['']);
  });

  it('but a body setting its own figure with 「N とする」 still reports it', () => {
    const e = '東和電機は10日、今期の売上高予想を3200億円とした。';
    expect(analyzedNames(e, ['3200億円'])).toEqual(['東和電機']);
    const f = '北山市は、来年度の水道料金の値上げ幅を平均12%とした。';
    expect(analyzedNames(f, ['12%'])).toEqual(['北山市']);
    const g = '東和電機は10日、増収は5年連続になるとした。';
    expect(analyzedNames(g, ['5年連続'])).toEqual(['東和電機']);
  });
});
