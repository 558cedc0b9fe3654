import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// A story that opens on a body's published report (XがN日発表した決算は、…) tells the rest of that
// report in the paragraphs after it, as one opening on …と発表した does: the writers give those
// figures to the body. What the outlet adds (the market, background, another party) stays its own.
describe('a published report in the lede stays in force for the plain paragraphs after it', () => {
  it.each([
    // paper: 発表した決算は, the next paragraph opens on another measure of the same results
    [
      '北浜信用金庫（札幌市）が14日発表した2025年3月期決算は、純利益が前期比12%増の38億円だった。\n経常収益は5%増の410億円だった。',
      '410億円',
      '北浜信用金庫',
    ],
    // 公表した, a date with 今月…に, the figure in a clause ending on にとどまった
    [
      '東和製鉄が今月9日に公表した4〜6月期の連結決算は、最終損益が42億円の赤字だった。\n売上高は1割減の2,300億円にとどまった。',
      '2,300億円',
      '東和製鉄',
    ],
    // broadcaster: でした / となりました
    [
      '南海ガスが12日発表した昨年度の決算は、最終的な利益が前の年度より18%多い64億円でした。\n売り上げにあたる売上高は、2%減って3,120億円となりました。',
      '3,120億円',
      '南海ガス',
    ],
    // full-width digits
    [
      '東和精機が１２日発表した２５年３月期の連結決算は、純利益が１８％増の１４２億円だった。\n売上高は７％増の２，１００億円だった。',
      '２，１００億円',
      '東和精機',
    ],
    // a katakana name with an acronym in brackets
    [
      'ミナトリテール（ＭＲ）が8日発表した2月中間決算は、営業利益が前年同期比9%増の86億円だった。\n既存店の売上高は3.1%増えた。',
      '3.1%',
      'ミナトリテール（ＭＲ）',
    ],
    // 一方、 opening the later sentence, two sentences in the paragraph
    [
      '北辰銀行が13日発表した中間決算は、純利益が21億円だった。\n貸出金の残高は2兆1000億円と1.8%増えた。一方、与信関係費用は19億円と約1.3倍に膨らんだ。',
      '19億円',
      '北辰銀行',
    ],
    // the third paragraph, after a paragraph of plain figures
    [
      '東和運輸が10日発表した4月の輸送実績は、旅客数が前年同月比6%増の52万人だった。\n国際線は12万人で、2割増えた。\n貨物の取扱量は3%減の1万2000トンとなった。',
      '1万2000トン',
      '東和運輸',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});

describe('what the outlet adds after such a lede stays its own', () => {
  it.each([
    // the market's record of the share price
    [
      '北浜信用金庫（札幌市）が14日発表した2025年3月期決算は、純利益が前期比12%増の38億円だった。\n14日の東京株式市場で同社株は一時、前日比5%高の3,200円をつけた。',
      '3,200円',
    ],
    // background on the company
    ['東和精機が12日発表した25年3月期の連結決算は、純利益が18%増の142億円だった。\n同社の国内シェアは約10%。', '約10%'],
    // another company's deed
    [
      '東和精機が12日発表した25年3月期の連結決算は、純利益が18%増の142億円だった。\n競合の南山工業は、売上高が4%減った。',
      '4%',
    ],
    // the present tense: the size of the market, which the outlet states itself
    [
      '東和精機が12日発表した25年3月期の連結決算は、純利益が18%増の142億円だった。\n国内の工作機械の受注額は年1兆5000億円規模に上る。',
      '年1兆5000億円規模',
    ],
    // the present tense: what a change in the results will take
    [
      '北辰銀行が13日発表した中間決算は、純利益が21億円だった。\n貸出金利の上昇が収益に表れるには、少なくとも1年程度かかる。',
      '少なくとも1年程度',
    ],
    // a report cited in passing later in the article does not open the story
    [
      '北山市の人口は今年1月時点で6万人だった。\n東和リサーチが12日発表した調査は、空き家率が14%だった。\n市の財政は厳しく、基金の残高は30億円まで減った。',
      '30億円',
    ],
  ])('%s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });
});

describe('a figure describing a noun in the present stays the outlet’s inside a carried sentence', () => {
  it('総生産の3割近くを占める製造業は…伸びた: the share is what the sector is, the growth the report’s', () => {
    const text =
      '北浜県が10日発表した昨年度の県内総生産は、実質で前年度比1.2%増えた。\n総生産の3割近くを占める製造業は2.4%増と、3年ぶりに伸びた。';
    expect(nameOf(text, '3割近く')).toBe('');
    expect(nameOf(text, '2.4%増')).toBe('北浜県');
  });
});
