import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';
import { dates } from './helpers';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

/** With real tokens, so the tense of the predicate after the date is known. */
const told = (text: string, published: string) =>
  findDates(text, tokenizeText(text, tokenizer), published).map((d) => [d.text, d.value]);

describe('the ends and the turn of a year', () => {
  it('reads 年末 and a year written with 末 as its December', () => {
    expect(dates('減税は年末まで続ける。', '2023-09-11')).toEqual([['年末', '2023-12']]);
    expect(dates('新しい橋は2024年末に完成した。')).toEqual([['2024年末', '2024-12']]);
    expect(dates('昨年末の時点で在庫が減った。')).toEqual([['昨年末', '2024-12']]);
  });

  it("reads 年末 after a year as that year's December", () => {
    expect(dates('工事は2012年に始まり、同年年末に終わった。')).toEqual([
      ['2012年', '2012'],
      ['同年年末', '2012-12'],
    ]);
    expect(dates('2019年の年末に店を閉じた。')).toEqual([['2019年の年末', '2019-12']]);
    expect(dates('2019年の年末年始は混んだ。')).toEqual([['2019年', '2019']]);
  });

  it('reads 年末 in January as the December just past, unless told as to come', () => {
    expect(told('年末に起きた停電の原因を調べている。', '2026-01-08')).toEqual([['年末', '2025-12']]);
    expect(told('補助は年末まで延長する。', '2026-01-08')).toEqual([['年末', '2026-12']]);
  });

  it('reads 年度末 as the March closing the fiscal year the article is about', () => {
    expect(dates('基金の残高は年度末に30億円となる。', '2023-06-01')).toEqual([['年度末', '2024-03']]);
    expect(dates('2026年度の予算案をまとめた。借入金は年度末に減る見通しだ。', '2026-02-10')).toEqual([
      ['2026年度', '2026'],
      ['年度末', '2027-03'],
    ]);
    // 前年度 counts back from the story's fiscal year; it does not become it
    expect(dates('2026年度の予算は前年度に続いて増えた。債務は年度末に減る。', '2026-02-10')).toEqual([
      ['2026年度', '2026'],
      ['前年度', '2025'],
      ['年度末', '2027-03'],
    ]);
  });

  it('reads a written fiscal year with 末 as its closing March, and with 初め as its opening April', () => {
    expect(dates('新庁舎は2027年度末までに完成させる。', '2025-05-01')).toEqual([['2027年度末', '2028-03']]);
    expect(dates('令和8年度末の基金残高を見込む。', '2025-05-01')).toEqual([['令和8年度末', '2027-03']]);
    expect(dates('計画は30年度初めに始まる。', '2025-05-01')).toEqual([['30年度初め', '2030-04']]);
    // 年度当初予算 is the budget first passed, and 末端 another word: the fiscal year alone
    expect(dates('2026年度当初予算を発表した。', '2025-05-01')).toEqual([['2026年度', '2026']]);
  });

  it('dates the fiscal year of a base against the previous initial budget (前年度当初比)', () => {
    expect(dates('一般会計は前年度当初比3%増となった。', '2026-02-10')).toEqual([['前年度', '2024']]);
  });

  it('reads 年明け as the January nearest the article', () => {
    expect(dates('年明けから客足が戻った。', '2026-01-20')).toEqual([['年明け', '2026-01']]);
    expect(told('運賃は年明けに改定する。', '2025-11-20')).toEqual([['年明け', '2026-01']]);
    expect(told('株価は年明けに大きく下げた。', '2025-06-02')).toEqual([['年明け', '2025-01']]);
    expect(told('新型機は年明けに発売する。', '2025-06-02')).toEqual([['年明け', '2026-01']]);
    // mid-year with no tense to go by, which January is a guess
    expect(dates('年明けの相場を占う。', '2025-06-02')).toEqual([]);
  });

  it('dates the turn of the year nearest the article as December to January', () => {
    expect(dates('年末年始の帰省客は多かった。', '2026-01-05')).toEqual([['年末年始', ['2025-12', '2026-01']]]);
    expect(dates('年末年始は店を休む予定だ。', '2024-12-02')).toEqual([['年末年始', ['2024-12', '2025-01']]]);
    // mid-year with no tense to go by, which turn is a guess
    expect(dates('年末年始の商戦を占う。', '2025-06-02')).toEqual([]);
  });

  it('dates no turn of the year named as another one than the nearest', () => {
    expect(dates('前回の年末年始より少ない。', '2026-01-05')).toEqual([]);
    expect(dates('2017年度の年末年始より多い。', '2026-01-05')).toEqual([['2017年度', '2017']]);
  });
});

describe('two-digit years with a leading zero', () => {
  it('reads 02年 as a year whatever follows it', () => {
    expect(dates('最多だった02年の水準を下回った。', '2018-11-16')).toEqual([['02年', '2002']]);
    expect(dates('08年と比べて倍になった。', '2018-11-16')).toEqual([['08年', '2008']]);
  });

  it('still leaves a length of time alone', () => {
    expect(dates('20年の歳月をかけた。', '2018-11-16')).toEqual([]);
  });
});

describe('two-digit years written kanji by kanji', () => {
  it('reads 一五年 as a year whatever follows it', () => {
    expect(dates('利用は一五年の二倍に増えた。', '2024-03-01')).toEqual([['一五年', '2015']]);
    expect(dates('〇九年と比べて半減した。', '2024-03-01')).toEqual([['〇九年', '2009']]);
  });

  it('leaves two neighbouring digits (two or three years) and lengths in place words alone', () => {
    expect(dates('三四年に一度の祭りだ。', '2024-03-01')).toEqual([]);
    expect(dates('十五年の歳月をかけた。', '2024-03-01')).toEqual([]);
  });
});

describe('day words inside quotations', () => {
  it('counts each quotation from its own speaking, not from a day another quotation named', () => {
    expect(
      told('住民は「きのうの夜に煙を見た」と話した。消防の担当者は「けさは風が強かった」と話している。', '2024-02-05'),
    ).toEqual([
      ['きのう', '2024-02-04'],
      ['けさ', '2024-02-05'],
    ]);
  });

  it('counts a day word glued to an event noun from the day the article dated that event', () => {
    const text =
      '市で5月18日に開かれた祭りの大会には多くの人が集まった。市は20日、集計を公表した。大会当日の来場者は約3万人で、翌日も混雑した。';
    expect(told(text, '2025-05-21')).toEqual([
      ['5月18日', '2025-05-18'],
      ['20日', '2025-05-20'],
      ['大会当日', '2025-05-18'],
      ['翌日', '2025-05-19'],
    ]);
    // an event never dated: the word counts from the last day named, as before
    expect(told('市は20日、集計を公表した。式典当日は雨だった。', '2025-05-21')).toEqual([
      ['20日', '2025-05-20'],
      ['当日', '2025-05-20'],
    ]);
  });
});
