import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a plan document named with its maker lays out its figures (計画は…目標を掲げる)', () => {
  it.each([
    [
      '政府の宇宙開発基本計画は、ロケットの打ち上げを2030年代前半までに年間30機程度に増やす目標を掲げる。',
      '30機',
      '宇宙開発基本計画',
    ],
    ['県の観光振興計画は、2028年度までに宿泊客数を年間500万人に増やす目標を示している。', '500万人', '観光振興計画'],
    ['東和市の交通戦略は、バスの利用者を１日２万人に増やすことを盛り込んだ。', '２万人', '交通戦略'],
    ['文部科学省の教育ビジョンは、2035年までに留学生を40万人に増やす目標を掲げている。', '40万人', '教育ビジョン'],
    [
      '北浜県の子育て支援プランは今年３月、保育所の定員を２０２７年度までに１５００人増やすと明記した。',
      '１５００人',
      '子育て支援プラン',
    ],
    ['東和電機の中期経営計画は、2028年度に売上高1兆円を目指す目標を掲げています。', '1兆円', '中期経営計画'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('the outlet’s own fact stays unattributed', () => {
    expect(nameOf('ロケットの打ち上げは昨年、年間12機だった。', '12機')).toBe('');
  });
});
