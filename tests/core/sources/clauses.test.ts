import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf, sourceOf } from './helpers';

beforeAll(loadTokenizer);

// Which clause of a sentence a source speaks for.
describe('a report cue inside a clause that modifies a noun', () => {
  it('defines that noun and reports none of the sentence’s figures (国の指針で目安とされる…を下回った)', () => {
    const text =
      '東和市は8日、市内の保育所の調査結果を公表した。' +
      '国の指針で目安とされる1人あたり3.3平方メートルを下回った保育所は、全体の12%にあたる。';
    expect(namesOf(text, ['3.3平方メートル', '12%'])).toEqual(['東和市', '東和市']);
  });

  it('nor when the clause is the object of another (…となる50ミリを超える雨を)', () => {
    const text = '県の指針で警戒の目安となる50ミリを超える雨を観測した地点は、今月だけで14か所あった。';
    expect(namesOf(text, ['50ミリ', '14か所'])).toEqual(['', '']);
  });

  it('nor one set by a verb of setting (国の基準で定める…を下回った)', () => {
    const text =
      '東和市は8日、保育所の調査結果を公表した。国の指針で定める1人あたり3.3平方メートルを下回った保育所は12%だった。';
    expect(namesOf(text, ['12%'])).toEqual(['東和市']);
  });

  it('but a clause that finds its noun reports it (調査で把握された約3千戸を含め)', () => {
    expect(namesOf('国の調査で把握された約3千戸を含め、空き家は増え続けている。', ['約3千戸'])).toEqual(['国']);
  });

  it('and a clause whose noun is the sentence’s topic or subject still reports it', () => {
    expect(namesOf('厚生労働省の推計で示された患者数は、全国で約2万人に上る。', ['約2万人'])).toEqual(['厚生労働省']);
    expect(namesOf('県警の調べで判明した被害は、少なくとも30件にのぼる。', ['少なくとも30件'])).toEqual(['県警']);
  });

  it('and a report cue that ends its own clause reports the sentence', () => {
    expect(namesOf('総務省の調査で、65歳以上の人口は3600万人を超えた。', ['3600万人'])).toEqual(['総務省']);
  });
});

describe('a compiled result with でも', () => {
  it('でも read whole by IPADIC (結果でも) is the report cue of 結果では', () => {
    const text = '一方、札幌市教委が独自に集計した市立小学校の結果でも、欠席が30日を超えた児童は4.2%だった。';
    expect(namesOf(text, ['4.2%'])).toEqual(['札幌市教委']);
  });
});

describe('a contrast between two clauses ends the first clause’s source', () => {
  it('a compiled report after が、 does not take the first clause’s forecast', () => {
    const text =
      '政府は今年度の実質成長率を1.1%程度と見込んでいるが、東海総研がまとめた民間予測の平均は0.8%にとどまった。';
    expect(namesOf(text, ['1.1%程度', '0.8%'])).toEqual(['政府', '東海総研']);
  });

  it('nor does an according-to after ものの、 cover the clause before it', () => {
    const text = '東和電機は売上高を前年比5%増と発表したものの、業界団体によると、出荷台数は2%減った。';
    expect(namesOf(text, ['5%増', '2%減'])).toEqual(['東和電機', '業界団体']);
  });

  it('a report topic after 一方、 is its owner’s, though the first clause has a cue of its own', () => {
    const text = '政府は今年度の成長率を1.1%と見込む一方、東海総研の予測は0.8%にとどまった。';
    expect(namesOf(text, ['1.1%', '0.8%'])).toEqual(['政府', '東海総研']);
  });

  it('the contrast is no part of the first clause’s cue (と見込んでいる, not と見込んでいるが)', () => {
    const but = '政府は今年度の成長率を1.1%と見込んでいるが、東海総研の予測は0.8%にとどまった。';
    expect(sourceOf(but, '1.1%')?.cue).toBe('と見込んでいる');
    const whereas = '政府は今年度の成長率を1.1%と見込む一方、東海総研の予測は0.8%にとどまった。';
    expect(sourceOf(whereas, '1.1%')?.cue).toBe('と見込む');
  });

  it('a compiled report with no contrast before it still covers the whole sentence', () => {
    const text = '東海総研がまとめた民間予測の平均は0.8%で、前回の1.0%から下方修正された。';
    expect(namesOf(text, ['0.8%', '1.0%'])).toEqual(['東海総研', '東海総研']);
  });
});
