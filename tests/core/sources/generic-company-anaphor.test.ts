import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('同社 after a common noun ending in 企業 / 社 (導入企業, 上位3社) points back to the named company', () => {
  it.each([
    [
      '物流ソフト開発のハコブネテック（東京都江東区）は12日、20億円を調達したと発表した。同社は2018年創業で、導入企業は300社を超える。同社によると、作業時間は平均で28%短くなったという。',
      '28%',
    ],
    [
      '食品卸のミナトフーズ（横浜市）は5日、新たな物流拠点を開くと発表した。取引先企業は約1200社に上る。同社によると、拠点の投資額は約45億円になる。',
      '約45億円',
    ],
    [
      '家電メーカーのキタカゼ電器は、新型の掃除機を発売すると発表した。国内シェアで同社は4位にとどまり、上位3社はいずれも海外勢だった。同社は2028年までにシェアを10%に引き上げる目標を掲げる。',
      '10%',
    ],
    [
      '業界団体に加わる菓子メーカーのハルノ製菓は8日、値上げを発表した。加盟企業は120社あまり。同社は値上げ幅を平均で１２％としている。',
      '１２％',
    ],
    [
      '部品大手のアサギリ工業は、新しい工場を建てると発表した。大手3社の中で最も早い。同社によると、生産能力は年５０万台になるという。',
      '年５０万台',
    ],
    [
      '精密機器のヒバリ光学は１５日、新工場の建設を発表しました。導入企業は国内外で８００社余りです。同社によりますと、投資額はおよそ１２０億円です。',
      'およそ１２０億円',
    ],
  ])('%s', (body, figure) => {
    const [name] = headlinedNames(body, [figure]);
    expect(name).not.toMatch(/企業|上位|大手3社|同社/);
    expect(name?.length).toBeGreaterThan(0);
  });

  it('a count of companies after the company (…など計８社) is not the company', () => {
    const [name] = headlinedNames(
      '農業ベンチャーのツチカゼ技研は３日、第三者割当増資で１２億円を調達したと発表した。国内外の商社や銀行など計８社が引き受けた。同社によると、収穫量は平均で２０％増えたという。',
      ['２０％'],
    );
    expect(name).toContain('ツチカゼ技研');
  });

  it('a real company named in between stays the antecedent', () => {
    const [name] = headlinedNames(
      '物流ソフト開発のハコブネテックは12日、20億円を調達したと発表した。運送大手のシラユリ運輸は出資を決めた。導入企業は200社。同社によると、出資額は約５億円になるという。',
      ['約５億円'],
    );
    expect(name).toContain('シラユリ運輸');
  });
});
