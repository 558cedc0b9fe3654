import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, articleNameOf as nameOf, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('a site, app or ranking named by its title speaks for what it tallies (サイト「…」では)', () => {
  it.each([
    ['海外のレビュー集計サイト「ゲームスコアズ」では、新作の評価は平均88点だった。', '88点', 'ゲームスコアズ'],
    ['国内の家計簿アプリ「カケイボン」では、利用者の平均貯蓄額が月3万円に上った。', '3万円', 'カケイボン'],
    ['人気ランキング「北浜グルメ100」では、この店が2年連続で1位となった。', '1位', '北浜グルメ100'],
    [
      '新作は発売から1カ月で300万本を売り上げた。海外のレビュー集計サイト「ゲームスコアズ」では平均91点を獲得している。',
      '91点',
      'ゲームスコアズ',
    ],
    ['比較サイト「ホケンミル」でも、同じ保険の月額保険料は平均2800円となっている。', '2800円', 'ホケンミル'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    ['会員は、サイトの「マイページ」では最大10件まで登録できる。', '10件'],
    [
      '新作は発売から1カ月で300万本を売り上げた。海外のレビュー集計サイト「ゲームスコアズ」では平均91点を獲得している。',
      '300万本',
    ],
  ])('a part of a site, or the sentence before, names none: %s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });
});

describe('a pharmacy is a business, not a bureau (薬局, not 局)', () => {
  it('北浜薬局によると → an organization', () => {
    const a = analyze('見出し\n北浜薬局によると、風邪薬の売り上げは前年の2倍になった。', realTokenizer());
    expect(a.figures.find((f) => f.text === '2倍')?.source?.type).toBe('organization');
  });
});
