import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' ? '' : s.name));

// What a party plans or forecasts is its own claim: only it can say what it will do.
describe('a plan or forecast closing the sentence', () => {
  it('is its topic’s: 政府は…を投じる, 同社は…を見込んでいる, …採用する予定です', () => {
    expect(names('政府は少子化対策として、年3兆円規模を投じる。', ['年3兆円'])).toEqual(['政府']);
    const company = '東和電機は、来期の純利益を5%増の300億円と見込んでいる。東和電機は新卒を100人採用する予定です。';
    expect(names(company, ['300億円', '100人'])).toEqual(['東和電機', '東和電機']);
  });

  it('with its subject left out, is the body the article is about', () => {
    const text =
      '東和電機が10日発表した決算は、純利益が2割増えた。\n' +
      '来期は売上高が3%増の5000億円、純利益は1%増の300億円を見込む。年間配当は10円増やして60円とする計画だ。';
    expect(names(text, ['5000億円', '300億円', '60円'])).toEqual(['東和電機', '東和電機', '東和電機']);
  });

  it('but not a source only cited before (気象庁によると… then …する計画だ)', () => {
    const text = '大雨\n気象庁によると、県内では12日、雨量が300ミリを超えた。\n来年度は堤防を3カ所補強する計画だ。';
    expect(names(text, ['3カ所'])).toEqual(['']);
  });

  it('but not when a person was named last: the plan is not theirs to make', () => {
    const text = '山田教授は「難しい課題だ」と述べた。来年は調査を3回行う予定だ。';
    expect(names(text, ['3回'])).toEqual(['']);
  });

  it('nor when it is done (投じた), said of others (見込む声が多い), a state (占める) or an aim (目指す)', () => {
    expect(names('政府は昨年、対策に3兆円を投じた。', ['3兆円'])).toEqual(['']);
    expect(names('市場では来期も3%の成長を見込む声が多い。', ['3%'])).toEqual(['']);
    expect(names('東和電機は国内市場の約10%を占める。', ['約10%'])).toEqual(['']);
    expect(names('東和FCは、リーグ3連覇を目指す。', ['3連覇'])).toEqual(['']);
  });
});
