import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// A headline figure of three or more significant digits (8万4800円, 33.1%, １２万４５６０人) that the body
// repeats exactly is the same figure whatever words stand around it in the headline: no other count
// comes out at that value by chance. It takes the source the body gives it. Our own sentences.
describe('a headline repeating a distinctive body figure', () => {
  it.each([
    // a price after another spec in the headline's stretch (厚さ…、8万4800円)
    [
      'ナギサ電機、新型タブレット発表　厚さ6.1mm、8万4800円\nナギサ電機は18日、新型タブレットを発売すると発表した。直販価格は128GBモデルが8万4800円。',
      '8万4800円',
      'ナギサ電機',
    ],
    // katakana maker, the price's sentence naming no one (its paragraph's release gives it)
    [
      'ソラノ、新型イヤホン　重さ4.8g、2万9980円\nソラノは1日、新型イヤホンを発売すると発表した。価格は2万9980円。',
      '2万9980円',
      'ソラノ',
    ],
    // a share, the headline's words not the body's
    [
      'サブスク、利用者の33.1%が「解約忘れ」\n東和リサーチは9日、調査結果を発表した。使わないまま料金を払い続けた人は33.1%に上った。',
      '33.1%',
      '東和リサーチ',
    ],
    // full-width digits, broadcaster's register
    [
      '北浜市、１２万４５６０人に減少\n北浜市によりますと、１月１日現在の住民は１２万４５６０人で、前の年より０．８％減りました。',
      '１２万４５６０人',
      '北浜市',
    ],
    // a wire's credit in the body, a sum with a comma
    [
      '円安で旅行費高騰　ハワイ5日間、平均41万2,000円\n旅行大手の東邦トラベルによると、夏休みのツアーの平均価格は41万2,000円だった。',
      '41万2,000円',
      '旅行大手の東邦トラベル',
    ],
  ])('%s', (text, figure, who) => {
    expect(nameOf(text, figure)).toBe(who);
  });
});

describe('what stays the outlet’s', () => {
  it('a round figure with other words is another count (1人死亡 over 女性1人が骨折)', () => {
    const text = '北浜市でトラック横転　1人死亡\n警察によると、助手席の女性1人が骨折した。運転手が死亡した。';
    expect(nameOf(text, '1人')).toBe('');
  });

  it('a distinctive figure two parties give is no one’s', () => {
    const text =
      '北浜市、１２万４５６０人に減少\n北浜市によると、住民は１２万４５６０人だった。一方、県によると１２万４５６０人だった。';
    expect(nameOf(text, '１２万４５６０人')).toBe('');
  });

  it('a distinctive figure the body states itself stays the outlet’s', () => {
    const text = '駅前再開発、総事業費312億円\n駅前の再開発は総事業費が312億円に上る。';
    expect(nameOf(text, '312億円')).toBe('');
  });
});
