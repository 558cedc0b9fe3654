import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a sentence naming the report the figures before it came to light in gives them to its maker', () => {
  it.each([
    [
      '県内の特殊詐欺の被害は昨年、310件に上り、前年の約1.3倍に膨らんだ。これは県警が今年2月にまとめた統計で明らかになったものだ。',
      '約1.3倍',
      '県警',
    ],
    ['市内の空き家は5年で3割増えた。これは北浜市が23日までに公表した調査で分かった。', '3割', '北浜市'],
    ['県内の待機児童は120人に減った。県が今月まとめた集計で明らかになった。', '120人', '県'],
    ['高齢者の就業率は25%を超えました。これは、総務省が公表した統計で明らかになったものです。', '25%', '総務省'],
    ['睡眠が6時間未満の人は約4割に上る。これは北浜医科大の研究チームがまとめた調査で判明した。', '約4割', '北浜医科大'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('a remark on the figure names no one', () => {
    expect(nameOf('市内の空き家は5年で3割増えた。これは大きな問題だ。', '3割')).toBe('');
    expect(nameOf('市内の空き家は5年で3割増えた。これは市が対策を急ぐ理由になっている。', '3割')).toBe('');
  });
});
