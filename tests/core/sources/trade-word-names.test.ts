import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// Each sentence stands under a headline, as in an article.
const inArticle = (sentence: string) => `きょうの経済\n${sentence}`;

describe('a firm named by a word and a katakana trade word is a body (北辰リサーチ, not ストレージ)', () => {
  it.each([
    ['北辰リサーチは、売上高が5%増えたと発表した。', '5%', '北辰リサーチ'],
    ['投資会社の青嶺キャピタルによると、今年の投資額は約120億円にのぼる。', '120億円', '青嶺キャピタル'],
    ['旭日パートナーズは今年2月、運用資産が3兆円を超えたと明らかにした。', '3兆円', '旭日パートナーズ'],
    // After its line of business and の, any katakana trade word ends the firm's name.
    ['家具メーカーの北辰クラフトは、輸出額が前年の2倍に増えたと明らかにした。', '2倍', '北辰クラフト'],
    ['農業法人の青葉ファームによると、今年の収穫量は約120トンだった。', '120トン', '青葉ファーム'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(inArticle(text), figure)).toContain(source);
  });

  it.each([
    ['主力ストレージは最大2TBまで選べる。', '2TB'],
    ['大容量メモリーは約3万円で販売される。', '3万円'],
    ['家具メーカーの新型チェアは、価格が3万円だと発表された。', '3万円'],
    // A verbal noun before the katakana word says what the thing does: a system, no firm.
    ['運送会社の配車管理システムは、1日に約3万件の注文を処理すると発表された。', '3万件'],
  ])('no name: %s', (text, figure) => {
    expect(nameOf(inArticle(text), figure)).toBe('');
  });
});

describe('同社 passes over a line-of-business system to the firm named before', () => {
  it('東和ネットワーク, not 運送会社の配車管理システム', () => {
    const text =
      '東和ネットワークは8日、通信障害が起きたと発表した。同サービスを使う市の窓口システムや運送会社の配車管理システムなどが止まった。同社によると、影響を受けた企業は約500社に上る。';
    expect(nameOf(inArticle(text), '約500社')).toBe('東和ネットワーク');
  });
});
