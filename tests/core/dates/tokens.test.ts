import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { analyze } from '../../../core/analyze';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const withTokens = (text: string) =>
  findDates(text, tokenizeText(text, tokenizer), '2025-07-10').map((d) => [d.text, d.value]);

describe('dates with the real tokenizer', () => {
  it('does not read relative words inside other words', () => {
    expect(withTokens('明日香村を訪ねた。')).toEqual([]);
    expect(withTokens('前日銀総裁が講演した。')).toEqual([]);
    expect(withTokens('同年代の選手と競う。')).toEqual([]);
  });

  it('takes a part of the day after a date only as a word of its own (朝刊 is a paper)', () => {
    expect(withTokens('8日朝刊で報じた。')).toEqual([['8日', '2025-07-08']]);
    expect(withTokens('8日朝、店を開いた。')).toEqual([['8日朝', '2025-07-08']]);
  });

  it('still reads them as words', () => {
    expect(withTokens('明日、結果が出る。昨年11月に決めた。')).toEqual([
      ['明日', '2025-07-11'],
      ['昨年11月', '2024-11'],
    ]);
    // kuromoji glues 来 to 昨年; the date is still 昨年
    expect(withTokens('昨年来の懸案だ。')).toEqual([['昨年', '2024']]);
  });

  it('flows through analyze with the publication date', () => {
    const a = analyze('町は3日、昨年度の決算を発表した。', tokenizer, { published: '2025-07-10' });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ['3日', '2025-07-03'],
      ['昨年度', '2024'],
    ]);
  });
});

describe('a month or day without a year, by the tense it is told in', () => {
  const at = (text: string, published: string) =>
    findDates(text, tokenizeText(text, tokenizer), published).map((d) => [d.text, d.value]);

  it('puts a later month told in the past in last year', () => {
    expect(at('11月に開かれた総会で決まった。', '2024-10-10')).toEqual([['11月', '2023-11']]);
    expect(at('12月3日に発表していた。', '2024-10-10')).toEqual([['12月3日', '2023-12-03']]);
    expect(at('11月に総会を開く。', '2024-10-10')).toEqual([['11月', '2024-11']]);
  });

  it('puts an earlier month told as to come in next year', () => {
    expect(at('政府は3月末までに結論を出す。', '2024-10-10')).toEqual([['3月末', '2025-03']]);
    expect(at('新駅は2月に開業する予定だ。', '2024-10-10')).toEqual([['2月', '2025-02']]);
    expect(at('3月に開業した新駅は混雑した。', '2024-10-10')).toEqual([['3月', '2024-03']]);
    expect(at('6月中旬から続く雨で川が増水した。', '2024-08-31')).toEqual([['6月中旬', ['2024-06-11', '2024-06-20']]]);
    expect(at('3月に入って売り上げが落ちた。', '2024-10-10')).toEqual([['3月', '2024-03']]);
  });

  it('takes ごろ (頃) into a date told as approximate, keeping its value and its tense', () => {
    expect(at('新しい校舎は2月ごろ完成する。', '2024-10-10')).toEqual([['2月ごろ', '2025-02']]);
    expect(at('港の工事は3月頃まで続く見込みだ。', '2024-10-10')).toEqual([['3月頃', '2025-03']]);
    expect(at('11月ごろに開かれた会合で決めた。', '2024-10-10')).toEqual([['11月ごろ', '2023-11']]);
    expect(at('店は8日ごろから休んでいる。', '2024-10-10')).toEqual([['8日ごろ', '2024-10-08']]);
    // told as to come after a past year in the same paragraph, the month is still this year's
    expect(at('町は2016年にも大雨に見舞われた。町は5月ごろまで警戒を続ける。', '2024-03-05')).toEqual([
      ['2016年', '2016'],
      ['5月ごろ', '2024-05'],
    ]);
    expect(at('町は2016年にも大雨に見舞われた。町は5月ごろまで川の増水が続くとみる。', '2024-03-05')).toEqual([
      ['2016年', '2016'],
      ['5月ごろ', '2024-05'],
    ]);
    expect(at('町は2016年に設立された。5月に初めての祭りを開いた。', '2024-03-05')).toEqual([
      ['2016年', '2016'],
      ['5月', '2016-05'],
    ]);
    // 日ごろ (usually) is no date
    expect(at('日ごろから備えている。', '2024-10-10')).toEqual([]);
  });

  it('puts a later day told in the past in last month', () => {
    expect(at('同社は25日に発表した。', '2024-10-10')).toEqual([['25日', '2024-09-25']]);
    expect(at('同社は25日に発表する。', '2024-10-10')).toEqual([['25日', '2024-10-25']]);
  });
});
