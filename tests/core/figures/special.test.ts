import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

describe('ages, scores, ranks, seismic and magnitude', () => {
  it('reads an age in parentheses after a name', () => {
    const f = only('山田花子さん（34）が語った。');
    expect([f.text, f.value, f.unit, f.kind]).toEqual(['34', 34, '歳', 'age']);
    expect(only('鈴木健太容疑者（27）を逮捕した。').value).toBe(27);
    expect(only('逮捕されたのは無職の男（61）だ。').value).toBe(61);
  });

  it('reads an age after a plain noun naming a person by role or kin, with a particle after it', () => {
    const ages = (text: string) =>
      figures(text)
        .filter((f) => f.kind === 'age')
        .map((f) => f.value);
    expect(ages('近くに住む主婦（71）が見つけた。')).toEqual([71]);
    expect(ages('3年の男子生徒（15）は「怖かった」と話した。')).toEqual([15]);
    expect(ages('看護師（29）と長女（4）にけがはなかった。')).toEqual([29, 4]);
    expect(ages('警察は無職の女性（80）宅を調べた。')).toEqual([80]);
    expect(ages('球団は監督（58）の続投を決めた。')).toEqual([58]);
  });

  it("reads the age closing a quote's credit after a comma", () => {
    const ages = (text: string) =>
      figures(text)
        .filter((f) => f.kind === 'age')
        .map((f) => f.value);
    expect(ages('「また行きたい」（市内に住む会社員の男性、45）')).toEqual([45]);
    // a place and a number in brackets are no credit
    expect(ages('会場は（東京都、20）と書かれていた。')).toEqual([]);
    expect(ages('（大阪、3）の結果だった。')).toEqual([]);
  });

  it('does not read a list number in parentheses as an age', () => {
    expect(figures('手順は次の通り。（2）書類を出す。')).toEqual([]);
    // a bracket after a thing, or after a person told as a closing line, names no age
    expect(figures('課題（1）は財源の確保だ。写真（2）は現場の様子。')).toEqual([]);
    expect(figures('打点（78）はリーグ最多。').filter((f) => f.kind === 'age')).toEqual([]);
    expect(figures('出演：生徒（3）').filter((f) => f.kind === 'age')).toEqual([]);
  });

  it('reads a score and keeps it from being a range or a negative', () => {
    const f = only('浦和は2-0で快勝した。');
    expect([f.text, f.kind, f.min, f.max]).toEqual(['2-0', 'score', 0, 2]);
  });

  it('reads ranks, magnitudes and seismic intensities', () => {
    expect(only('幸福度は世界51位だった。').text).toBe('世界51位');
    const m = only('マグニチュード6.8の地震があった。');
    expect([m.value, m.unit]).toEqual([6.8, 'M']);
    const s = only('最大震度5強を観測した。');
    expect([s.text, s.value, s.approx, s.bound]).toEqual(['最大震度5強', 5, false, 'max']);
  });

  it('reads a magnitude written with its letter in a quake report, and leaves models alone', () => {
    const m = only('地震の規模はM7.6と推定される。');
    expect([m.text, m.value, m.unit, m.kind]).toEqual(['M7.6', 7.6, 'M', 'measure']);
    expect(only('沖でＭ６．８の余震があった。').value).toBe(6.8);
    expect(figures('新型のM4チップを載せた。')).toEqual([]);
    expect(figures('地震の後、M8.5型の発電機を運んだ。')).toEqual([]);
    expect(figures('AM7.6の放送局が地震を伝えた。')).toEqual([]);
    expect(figures('記者はM2.5のカメラで撮った。')).toEqual([]);
  });

  it('reads a rate or an index named right before its unitless value', () => {
    const r = only('合計特殊出生率は１．１５で、前年を下回った。');
    expect([r.text, r.value, r.kind]).toEqual(['１．１５', 1.15, 'ratio']);
    expect(only('エースの防御率は2.85と安定している。').value).toBe(2.85);
    expect(only('消費者物価指数は105.3だった。').value).toBe(105.3);
    expect(only('物価指数（基準年の値を100とする）は111.8となった。').value).toBe(111.8);
    // A bare number after any other word is still no figure.
    expect(figures('会議で示された値は1.15だった。')).toEqual([]);
  });

  it('reads each value listed under a rate or an index named as the topic', () => {
    const fs = figures('地域別の出生率は、北町が0.98で最も低く、南町は1.62だった。');
    expect(fs.map((f) => [f.text, f.value, f.kind])).toEqual([
      ['0.98', 0.98, 'ratio'],
      ['1.62', 1.62, 'ratio'],
    ]);
    expect(figures('業況指数は、製造業が12.2、非製造業は8.4となった。').map((f) => f.value)).toEqual([12.2, 8.4]);
    // No rate named, or the rate in another sentence: the numbers stay bare.
    expect(figures('会議で示された値は、北が1.2、南は3.4だった。')).toEqual([]);
    expect(figures('出生率は下がった。北が1.2、南は3.4だった。')).toEqual([]);
  });

  it('reads a list under an index told with its own value one or two sentences before', () => {
    const text =
      '全体の景況指数（前年＝100）は102の「横ばい」だった。\n地域別では、北部が103～105、中部が104の「改善」。一方、雨の影響で南部は96の「悪化」だった。';
    expect(figures(text).map((f) => [f.text, f.value, f.min, f.max, f.kind])).toEqual([
      ['102', 102, null, null, 'ratio'],
      ['103～105', null, 103, 105, 'ratio'],
      ['104', 104, null, null, 'ratio'],
      ['96', 96, null, null, 'ratio'],
    ]);
    // three sentences on, the index no longer heads the list
    expect(figures('景況指数は102だった。天気は良かった。店は混んだ。客も多かった。北部が104だった。')).toHaveLength(1);
    // a bare range with no index before it stays bare
    expect(figures('会議で示された値は、北が101～103だった。')).toEqual([]);
  });

  it('reads each value listed after a count named as the topic with its own bare value', () => {
    const fs = figures('来場者数は4100で、うち県内は2600、県外は1500だった。');
    expect(fs.map((f) => [f.value, f.kind])).toEqual([
      [4100, 'count'],
      [2600, 'count'],
      [1500, 'count'],
    ]);
    // how many of a noun there are: Xも79あった, Xが12ある
    expect(figures('基準を超えた町も14あった。').map((f) => [f.text, f.value, f.kind])).toEqual([['14', 14, 'count']]);
    expect(figures('候補地が12あるという。').map((f) => f.value)).toEqual([12]);
    expect(figures('その差は12あった。')).toEqual([]);
    // a number of a date after a count's name is the date's
    expect(figures('町の人口も6月1日時点で減った。')).toEqual([]);
    // the count named without a bare value of its own lists nothing
    expect(figures('来場者数は増えた。県内は2600、県外は1500だった。')).toEqual([]);
  });

  it("reads the level a market's move ended at: 12.5ポイント高の2210.08で", () => {
    const fs = figures('株価指数は12.5ポイント高の2210.08で取引を終えた。');
    expect(fs.map((f) => [f.text, f.value, f.kind])).toEqual([
      ['12.5ポイント高', 12.5, 'percent'],
      ['2210.08', 2210.08, 'other'],
    ]);
    expect(figures('A社株は30円安の1205だった。').map((f) => f.value)).toEqual([30, 1205]);
    // no move before it: a number after の with nothing counted stays bare
    expect(figures('高値の2210で止まった。')).toEqual([]);
  });

  it('reads a tally of points named by 点 before its bare value: 勝ち点, 得点, 失点', () => {
    const fs = figures('首位の北町FCは勝ち点64で、総得点は58、総失点31と守備も堅い。');
    expect(fs.map((f) => [f.value, f.kind])).toEqual([
      [64, 'count'],
      [58, 'count'],
      [31, 'count'],
    ]);
    // A point on a map or in time is no tally.
    expect(figures('この地点は12で、その時点は3だった。')).toEqual([]);
  });

  it('reads 十分後 as ten minutes but not 十分な as a number', () => {
    expect(only('発生から十分後に通報があった。').value).toBe(10);
    expect(figures('十分な準備が必要だ。')).toEqual([]);
  });

  it('reads 十分の一 as a tenth but 十分の配慮 as "enough"', () => {
    expect([
      only('収量は往時の十分の一にも届かない。').value,
      only('費用は旧型の十分の一以下に下がった。').bound,
    ]).toEqual([0.1, 'max']);
    expect(only('賛成は十分の三にとどまった。').value).toBeCloseTo(0.3, 9);
    expect(only('差は十分の一秒だった。').unit).toBe('秒');
    expect(figures('高齢者への十分の配慮が求められる。')).toEqual([]);
    expect(figures('時間は十分のはずだ。')).toEqual([]);
  });
});

describe('bare counts told to exist about', () => {
  it.each([
    ['赤字の路線は全国で七十余りある。', '七十余り', 70],
    ['対象の施設は県内に40余りあった。', '40余り', 40],
    ['候補地は百近くあるという。', '百近く', 100],
  ])('%s → %s', (text, surface, value) => {
    const f = only(text);
    expect([f.text, f.value, f.approx]).toEqual([surface, value, true]);
  });

  it('needs the approximation and a place word', () => {
    expect(figures('差は一近くある。')).toEqual([]);
    expect(figures('路線は全国で七十ある。')).toEqual([]);
  });
});

describe('ages after a foreign name in katakana', () => {
  it.each([
    ['優勝はケニアのジョセフ・キプルト（27）で、大会記録を更新した。', 27],
    ['通訳のアンナ・ペトロワ（41）が同行した。', 41],
  ])('%s', (text, age) => {
    const f = figures(text).find((x) => x.kind === 'age');
    expect(f?.value).toBe(age);
  });

  it('needs an adult age and two names joined by ・', () => {
    expect(figures('売れ筋はポケット・ラジオ（3）だ。')).toEqual([]);
    expect(figures('新型のラジオ（24）が届いた。').filter((f) => f.kind === 'age')).toEqual([]);
  });
});
