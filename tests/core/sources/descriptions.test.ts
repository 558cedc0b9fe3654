import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a figure in brackets that describes the party before it', () => {
  it('is the writer’s note on who is meant, not the plan or quote of the sentence (市議会（定数40）)', () => {
    const text =
      '北山市は7日、新年度予算案を発表した。一般会計は300億円だった。' +
      '市議会（定数40）では、最大会派の保守系会派（15人）が「評価できる」とする一方、' +
      '共産党市議団（4人）は組み替えを求める方針。';
    expect(namesOf(text, ['300億円', '40', '15人', '4人'])).toEqual(['北山市', '', '', '']);
  });

  it('a company’s size too (東和電機（従業員300人）は…と発表した), while what it announces stays its own', () => {
    const text = '東和電機（従業員300人）は、売上高が2割増えたと発表した。';
    expect(namesOf(text, ['300人', '2割'])).toEqual(['', '東和電機']);
  });

  it('but a bare count after a prefecture or city is data about the place (北山県（141人）)', () => {
    const text =
      '警察庁のまとめでは、全国の交通事故死者は2,618人と過去最少だった。' +
      '一方、南浜県は北山県（141人）、東和府（133人）に次いでワースト3位だった。';
    expect(namesOf(text, ['2,618人', '141人', '133人'])).toEqual(['警察庁', '警察庁', '警察庁']);
    // NHK register, full-width digits, a city
    const nhk = '市によりますと、来場者が最も多かったのは南浜市（５２０人）でした。';
    expect(namesOf(nhk, ['５２０人'])).toEqual(['市']);
    // a labelled note on the place stays the writer's (人口)
    expect(namesOf('東和市（人口約5万人）は、財政難が続くと発表した。', ['5万人'])).toEqual(['']);
  });

  it('but a tally or a change in brackets after a plain noun is the report’s (加工食品（2364品目）)', () => {
    const text = '東和データは、酒類が2403品目で最も多く、加工食品（2364品目）が続いたと発表した。';
    expect(namesOf(text, ['2403品目', '2364品目'])).toEqual(['東和データ', '東和データ']);
    const change = '東和電機は、国内販売台数（前年比3%増）が過去最高だったと発表した。';
    expect(namesOf(change, ['3%'])).toEqual(['東和電機']);
  });
});

describe('a party named in brackets, its size in brackets after them', () => {
  it('is the writer’s note too (会派「北浜クラブ」（14人）), while what it says stays its own', () => {
    const text = '県議会の第2会派「北浜クラブ」（14人）は同日、「予算の3割が公共事業に偏っている」とする声明を出した。';
    expect(namesOf(text, ['14人', '3割'])).toEqual(['', '県議会の第2会派「北浜クラブ」']);
    // 『』 and a seat count
    const seats = '市議会の最大会派『北浜の会』（40議席）は、予算の2割削減を求めた。';
    expect(namesOf(seats, ['40議席', '2割'])).toEqual(['', '市議会の最大会派『北浜の会』']);
  });
});

describe('a figure in the clause that describes the party an according-to cue names', () => {
  it.each([
    // paper: 〜を展開する, a name in brackets
    ['関東地方で約80店を展開するスーパー「マルタカ」によると、5キロ袋の価格は現在3,980円だ。', '約80店', '3,980円'],
    // broadcaster: によりますと, ということです
    [
      '全国に約300店舗を持つ北浜ドラッグによりますと、マスクの売り上げは前の週の3倍になったということです。',
      '約300店舗',
      '3倍',
    ],
    // a report the party made: 〜の調べでは
    ['会員約2万人を抱える日本北浜協会の調べでは、会員の4割が人手不足を訴えている。', '約2万人', '4割'],
    // a past clause with its own subject, full-width digits
    [
      '昨年１０００万人が訪れたテーマパーク「ミナトランド」によると、今年の入場者は１割減った。',
      '１０００万人',
      '１割',
    ],
  ])('%s', (text, described, reported) => {
    const [own, theirs] = namesOf(text, [described, reported]);
    expect(own).toBe('');
    expect(theirs).not.toBe('');
  });

  it('but a figure after the party, or the sample of the survey it ran, stays the party’s', () => {
    expect(namesOf('北浜市によると、市内の約80店が休業した。', ['約80店'])).toEqual(['北浜市']);
    const survey = '北浜大学が今年2月に全国の1,800人に行った調査によると、46%が転職を考えている。';
    expect(namesOf(survey, ['1,800人', '46%'])).toEqual(['北浜大学', '北浜大学']);
  });
});
