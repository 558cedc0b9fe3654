import { beforeAll, describe, expect, it } from 'vitest';
import { headlineName, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 「…　玩具メーカー調査」: a kind word after what the body makes (no list holds 玩具) means the lede's body
// only when the lede sets the whole credit before its name with の (玩具メーカーのトイボックスは…).
describe('a headline credit of a kind no list holds, apposed to the lede body', () => {
  it('the lede body the whole credit describes', () => {
    const text =
      '小学生の3人に1人、「ゲーム毎日2時間以上」　玩具メーカー調査\n玩具メーカーのトイボックス（東京都台東区）は5日、小学生1000人の調査結果を公表した。';
    expect(headlineName(text, '3人に1人')).toContain('トイボックス');
    expect(headlineName(text, '2時間以上')).toContain('トイボックス');
  });

  it('negative: a lede body described by another kind is not the credit', () => {
    const text =
      '小学生の3人に1人、「ゲーム毎日2時間以上」　玩具メーカー調査\n大手メーカーのトイボックス（東京都台東区）は5日、小学生1000人の調査結果を公表した。';
    expect(headlineName(text, '3人に1人')).not.toContain('トイボックス');
  });

  it('negative: a named credit does not pass to a body it owns (北和銀行の子会社の北和リース)', () => {
    const text =
      '県内企業の4割が「人手不足」　北和銀行調査\n北和銀行の子会社の北和リースは5日、県内企業300社の調査結果を公表した。';
    expect(headlineName(text, '4割')).not.toContain('北和リース');
  });
});
