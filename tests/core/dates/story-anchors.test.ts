import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const read = (text: string, published = '2025-06-15') =>
  findDates(text, tokenizeText(text, tokenizer), published).map((d) => [d.text, d.value]);

/** 前の年度, 前の週, 次の年度, 次の週: spelled out in words, as 前の年 and 前の月 are. */
describe('the period before or after, spelled out', () => {
  it.each([
    ['北浜市によりますと、昨年度の相談件数は812件で、前の年度のおよそ1.3倍でした。', '前の年度', '2023'],
    ['南川県の2024年度の歳入は、前の年度から4%増えたということです。', '前の年度', '2023'],
    ['東和鉄道の旅客数は2023年度に3200万人となり、次の年度には3500万人を超えた。', '次の年度', '2024'],
    [
      '厚生省によると、今月11日までの1週間の患者数は1施設あたり12.4人で、前の週の1.2倍に増えた。',
      '前の週',
      ['2025-06-02', '2025-06-08'],
    ],
    [
      '北浜市で5日に開かれた市場では、前の週より2割多い客が訪れたとしています。',
      '前の週',
      ['2025-05-26', '2025-06-01'],
    ],
    ['大会は6月20日に開幕し、次の週には決勝が行われた。', '次の週', ['2024-06-24', '2024-06-30']],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toContainEqual([surface, value]);
  });

  it('reads no week inside 前の週末', () => {
    expect(read('前の週末は雨だった。')).toEqual([]);
  });
});

/**
 * A year a figure is measured against (18年度の水準, 2008年以来, 2019年並み, 2014年と比べ) is a benchmark,
 * not the year the story is in: 前年度 / 前年 after it count from the story's year.
 */
describe('a benchmark year is no anchor', () => {
  it.each([
    [
      '北浜空港の2024年度の利用者は約820万人で、コロナ禍前の18年度の水準を回復した。\n国際線の搭乗率は78%と、前年度を3ポイント上回った。',
      '前年度',
      '2023',
    ],
    [
      '南川市の2025年の観光客数は、統計を取り始めた2008年以来の多さとなった。前年より1割多いということです。',
      '前年',
      '2024',
    ],
    ['東和百貨店の今年の売上高は2019年並みに戻った。前年比では5%増えたとしています。', '前年', '2024'],
    ['西野県の2024年の出生数は、2014年と比べると3割少ない。前年の減少幅は小さかった。', '前年', '2023'],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toContainEqual([surface, value]);
  });

  it.each([
    ['2019年に開業した北辰ホテルは、前年の倍の客を集めた。', '2018'],
    ['北浜市の人口は2020年に10万人を超え、前年から1200人増えた。', '2019'],
  ])('still counts from the story year in %s', (text, value) => {
    expect(read(text)).toContainEqual(['前年', value]);
  });
});

/**
 * 「美術館は28日、入館者が27日に10万人を超えたと発表した。同日、…」: a day inside a dateline's sentence
 * is an event the story reports; 同日 after it is the dateline's day. A day named in a sentence of its
 * own (6日には説明会を開いた) is a day of the story.
 */
describe('同日 after a dateline', () => {
  it.each([
    [
      '北浜美術館は28日、今年度の入館者が27日に10万人を超えたと発表した。同日、訪れた男性は「うれしい」と話した。',
      '2025-06-28',
    ],
    [
      '南川市は10日、台風で9日に避難した住民が約300人に上ったと明らかにした。市長は同日、記者会見を開いた。',
      '2025-06-10',
    ],
    ['東和電機は5日、3日に発生したシステム障害の原因を発表した。同社は同日、謝罪した。', '2025-06-05'],
    [
      '北辰大学は１２日、１１日に実施した入試の志願者数を公表したということです。同日、学長が会見しました。',
      '2025-06-12',
    ],
    ['北浜市は5日、計画を発表した。6日には住民説明会を開いた。同日、市長は反対意見に答えた。', '2025-06-06'],
    ['西野町は3日に式典を開いた。同日、町長が挨拶した。', '2025-06-03'],
    ['南川県は8日、防災訓練を行った。県は同日、避難所も開設した。', '2025-06-08'],
  ])('%s', (text, value) => {
    expect(read(text, '2025-06-30')).toContainEqual(['同日', value]);
  });
});

/** 昨年産米, 今年産の新米: a year word before 産 or 製 is the year of origin, which kuromoji splits 昨|年産. */
describe('a year of origin', () => {
  it.each([
    ['昨年産米の集荷競争が過熱した。', '昨年', '2024'],
    ['農協によると、一昨年産のコメも在庫が残っているということです。', '一昨年', '2023'],
    ['今年産の新米が出回った。', '今年', '2025'],
    ['南川県産の昨年産リンゴは甘い。', '昨年', '2024'],
  ])('%s', (text, surface, value) => {
    expect(read(text, '2025-03-09')).toEqual([[surface, value]]);
  });

  it('reads no date in 年産 alone', () => {
    expect(read('北浜市の年産は5万トンだ。', '2025-03-09')).toEqual([]);
  });
});

/**
 * 前日産社長, 元日産会長: 前 or 元 before a body named 日… is a former post, which kuromoji splits 前日|産;
 * the day word glued to a body and a post is no date. The day before stays one where it is.
 */
describe('a former post read as a day word', () => {
  it.each([
    ['前日産社長の山川一郎氏は5日、記者会見した。', [['5日', '2025-06-05']]],
    ['元日産会長の北村二郎氏が講演した。', []],
    ['北浜市で前日通社長の森田三郎氏が語った。', []],
    ['前日医会長の谷口氏は「反対だ」と述べた。', []],
    ['前日韓議連会長の西田四郎氏が訪韓した。', []],
    ['前日南市長の川口五郎氏が立候補を表明した。', []],
    ['元日産社長兼最高経営責任者の山川氏が来日した。', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['北浜社の株価は10日に急落した。前日の終値は100円だった。', '前日', '2025-06-09'],
    ['北浜社は10日に謝罪した。前日に発表した決算に誤りがあった。', '前日', '2025-06-09'],
    ['北浜社は10日に謝罪した。前日社長が会見し、説明していた。', '前日', '2025-06-09'],
    ['北浜社は10日に謝罪した。前日記者会見した社長は辞任した。', '前日', '2025-06-09'],
    ['北浜社は10日に謝罪した。前日夜、社長が会見した。', '前日夜', '2025-06-09'],
    ['元日の朝、市長が年頭あいさつをした。', '元日', '2025-01-01'],
    ['北浜市は10日に発表した。前日市議会議長が辞任し、議員12人が抗議した。', '前日', '2025-06-09'],
    ['北浜社は10日に謝罪した。前日本社社長が会見し、説明していた。', '前日', '2025-06-09'],
    ['北浜県は10日に発表した。前日県議会議長が辞任していた。', '前日', '2025-06-09'],
  ])('%s keeps the day', (text, surface, value) => {
    expect(read(text)).toContainEqual([surface, value]);
  });
});

/** 「10月の利用者数は…増えた」 in June: a statistic of a month told in the past is last year's. */
describe('the month of a statistic told in the past', () => {
  it.each([
    [
      '北辰鉄道の10月の利用者数は前年同月より5%増えた。',
      [
        ['10月', '2024-10'],
        ['前年同月', '2023-10'],
      ],
    ],
    ['南川市の11月の観光客数は過去最多となった。', [['11月', '2024-11']]],
    ['北浜百貨店の12月の売上高は３割減少した。', [['12月', '2024-12']]],
    [
      '北浜港の９月の取扱量は前年を上回った。',
      [
        ['９月', '2024-09'],
        ['前年', '2023'],
      ],
    ],
    ['南川県の8月の有効求人倍率が改善した。', [['8月', '2024-08']]],
    ['10月の利用者数は増える見通しだ。', [['10月', '2025-10']]],
    ['10月の値上げが決まった。', [['10月', '2025-10']]],
    ['10月の運賃改定を発表した。', [['10月', '2025-10']]],
    [
      '4月の利用者数は前年を上回った。',
      [
        ['4月', '2025-04'],
        ['前年', '2024'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text, '2025-06-10')).toEqual(expected);
  });
});

/** 翌年, 翌年度: the year after moves the story on, so a 前年 after it is the year it followed. */
describe('the year after as the year in focus', () => {
  it.each([
    ['2019年に新線が開業した。翌年の利用者数は500万人で、前年を上回った。', '前年', '2019'],
    ['北浜町は2018年度に制度を始めた。翌年度の利用件数は前年度の2倍になった。', '前年度', '2018'],
    ['2019年に開業し、翌年は延伸工事に充てた。同年の利用者数は80万人だった。', '同年', '2020'],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toContainEqual([surface, value]);
  });

  it('counts 翌日 and 翌々日 both from the day named', () => {
    expect(read('北浜さんは3日に入院し、翌日手術、翌々日退院した。')).toEqual([
      ['3日', '2025-06-03'],
      ['翌日', '2025-06-04'],
      ['翌々日', '2025-06-05'],
    ]);
  });
});

/** 去年の同じ月を…上回った: the same month a year before as a base of comparison is no month of the story. */
describe('the same month a year before as a base', () => {
  it.each([
    ['5月の物価指数は去年の同じ月を2.6%上回った。上昇率は前の月から0.3ポイント縮小した。', '前の月', '2026-04'],
    ['北浜市の5月の販売台数は昨年同月を1割下回り、前月からも減った。', '前月', '2026-04'],
    ['4月の来場者は昨年の同じ月より2割多く、前の月からも増えた。', '前の月', '2026-03'],
    ['5月の輸出額は昨年同月に比べ3%減った。前月は増えていた。', '前月', '2026-04'],
  ])('%s', (text, surface, value) => {
    expect(read(text, '2026-06-19')).toContainEqual([surface, value]);
  });
});
