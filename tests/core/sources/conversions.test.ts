import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// The figure finder's units decide what a conversion is, so these run the whole engine.

// The outlet converts what a source said into the reader's units: the rate, and so the result, is its own.
describe('a conversion the outlet adds', () => {
  it('in brackets after a figure of another unit is the outlet’s, whoever gave the first', () => {
    const text = '東和鉄道は12日、100マイル（約160キロ）の新路線に50億ドル（約7000億円）を投じると発表した。';
    expect(analyzedNames(text, ['100マイル', '約160キロ', '50億ドル', '約7000億円'])).toEqual([
      '東和鉄道',
      '',
      '東和鉄道',
      '',
    ]);
    const quoted = '財務相は、支援は30億ドル（約4500億円）以上になると述べた。';
    expect(analyzedNames(quoted, ['30億ドル', '約4500億円'])).toEqual(['財務相', '']);
  });

  it('but an explanation in brackets is the source’s: （前年比20%増）, （うち子ども3人）', () => {
    const text = '東和鉄道は12日、売上高が30億ドル（前年比20%増）だったと発表した。';
    expect(analyzedNames(text, ['30億ドル', '前年比20%増'])).toEqual(['東和鉄道', '東和鉄道']);
    const people = '県によると、けが人は12人（うち子ども3人）にのぼる。';
    expect(analyzedNames(people, ['12人', '3人'])).toEqual(['県', '県']);
  });

  it('in words (換算すると) is the outlet’s when the source is only carried from before', () => {
    const text =
      '不動産研究所は23日、新築マンションの平均価格が7000万円だったと発表した。\n' +
      '1平方メートルあたりの単価は110万円だった。坪単価に換算すると約360万円になる。';
    expect(analyzedNames(text, ['110万円', '約360万円'])).toEqual(['不動産研究所', '']);
  });

  it('but a source who converts says so themself', () => {
    const text = '田中社長は「円に換算すると150億円の損失になる」と述べた。';
    expect(analyzedNames(text, ['150億円'])).toEqual(['田中社長']);
    const according = '同研究所によると、坪単価に換算すると約360万円になる。';
    expect(analyzedNames(`不動産研究所は会見を開いた。${according}`, ['約360万円'])).toEqual(['不動産研究所']);
  });

  it('closing on 計算だ (…にのぼる計算だ) is the writer working it out', () => {
    const text = '財務省によると、国の借金は1300兆円を超えた。国民1人あたり約1000万円にのぼる計算だ。';
    expect(analyzedNames(text, ['1300兆円を超えた', '1人あたり約1000万円'])).toEqual(['財務省', '']);
    // Inside a quote, the speaker works it out.
    const theirs = '財務相は「国民1人あたり約1000万円にのぼる計算だ」と述べた。';
    expect(analyzedNames(theirs, ['1人あたり約1000万円'])).toEqual(['財務相']);
  });

  it('a size measured against something familiar (…の3分の1を超える広さだ) is the writer’s yardstick', () => {
    const text = '森林局によると、焼けた面積は約80万ヘクタールだった。北町県の面積の2倍を超える広さだ。';
    expect(analyzedNames(text, ['約80万ヘクタール', '2倍を超える'])).toEqual(['森林局', '']);
    const dome = '森林局によると、焼けた面積は約50ヘクタールだった。\n東京ドーム約10個分にあたる。';
    expect(analyzedNames(dome, ['約50ヘクタール', '約10個分'])).toEqual(['森林局', '']);
    // …while the source's own comparison, under its cue, stays theirs.
    const theirs = '森林局は、焼けた面積は前年の2倍の広さだと発表した。';
    expect(analyzedNames(theirs, ['2倍'])).toEqual(['森林局']);
  });
});

describe('a share set against another party’s report', () => {
  it('is the writer’s comparison (…約20万人で、主催者発表の5割ほどにとどまった)', () => {
    const text = '一方、東和署が推計した人出は約20万人で、主催者発表の5割ほどにとどまった。';
    expect(analyzedNames(text, ['約20万人', '5割ほど'])).toEqual(['東和署', '']);
  });

  it('but the party’s own report, or a count, stays the party’s', () => {
    const own = '東和署によると、人出は約20万人で、東和署推計の2倍だった。';
    expect(analyzedNames(own, ['2倍'])).toEqual(['東和署']);
    const plain = '東和署によると、人出は前年の2倍だった。';
    expect(analyzedNames(plain, ['2倍'])).toEqual(['東和署']);
  });
});
