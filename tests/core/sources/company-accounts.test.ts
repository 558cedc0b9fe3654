import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

const LEDE = '北辰化学は8日、2026年3月期の純利益が前期比12%増の210億円になる見通しだと発表した。';
const LEDE_NHK = '北辰化学は8日、今年度の純利益が前の年度より12%多い210億円になる見通しだと発表しました。';

describe('同社 after an analyst goes on about the company the story is about, not the analyst’s firm', () => {
  it.each([
    [
      `${LEDE}\nみなと証券の山岸修アナリストは「計画は控えめだ」と話す。\n同社は2028年度に売上高3000億円を目指す計画を掲げている。`,
      '3000億円',
      '北辰化学',
    ],
    [
      `${LEDE}\n東和総研の川田恵チーフエコノミストは「需要は底堅い」とみる。\n同社によると、新工場には約400億円を投じる。`,
      '約400億円',
      '北辰化学',
    ],
    [
      `${LEDE_NHK}\nこれについて、ひかり証券の森本健ストラテジストは「慎重な見方だ」と話しています。\n同社は、来年度の設備投資を550億円とする計画です。`,
      '550億円',
      '北辰化学',
    ],
    [
      `${LEDE}\n一方、さくら台アセットの今井真理ファンドマネジャーは純利益を230億円と予想する。\n同社は23日までに、営業利益率を10%以上とする目標を掲げた。`,
      '10%以上',
      '北辰化学',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('a company’s own executive speaks for it: 同社 is that company', () => {
    const text = `${LEDE}\n南港商事の山岸修社長は「取引は増える」と話した。\n同社は来年度に売上高800億円を目指す計画を掲げている。`;
    expect(nameOf(text, '800億円')).toBe('南港商事');
  });
});

describe('a body holding its own figure down (とどめた, 抑える) settles it', () => {
  it.each([
    [`${LEDE}\n売上高は4%増の1200億円を計画する。原材料高が続くとみて、営業利益は2%増の95億円にとどめた。`, '95億円'],
    [`${LEDE}\n来期の設備投資は前期並みの300億円に抑える。`, '300億円'],
    [`${LEDE_NHK}\n円高を見込んで、営業利益は５％増の１１０億円にとどめるとしています。`, '１１０億円'],
    [`${LEDE}\n同社は今年2月に、広告費を前年より2割少ない40億円に抑えた。`, '40億円'],
  ])('%s', (text, figure) => {
    expect(nameOf(text, figure)).toContain('北辰化学');
  });

  it.each([
    ['東和ホークスは5日、北山と対戦し3-1で勝った。\n先発の山田一郎投手は7回を投げ、失点を2に抑えた。', '2'],
    ['東和ホークスは5日、北山と対戦した。\nチームは被安打を4本にとどめた。', '4本'],
  ])('a player’s or a team’s deed stays the outlet’s: %s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });
});

describe('a report cited in passing in the lede’s paragraph does not end the company’s release', () => {
  it.each([
    [
      '北辰化学は7日、今期の純利益が20%減の160億円になりそうだと発表した。金融情報会社データリンクがまとめた市場予想の平均（250億円）も下回る。\n売上高は1,800億円と従来予想を90億円下回る見通し。年間配当は1株40円を据え置く。',
      ['1,800億円', '1株40円'],
    ],
    [
      '北辰化学は7日、今年度の純利益が160億円になる見通しだと発表しました。民間の調査会社、東和リサーチが集計した予想の平均、250億円を下回りました。\n売上高は1800億円となる見通しです。',
      ['1800億円'],
    ],
  ])('%s', (text, figures) => {
    for (const f of figures) expect(nameOf(text, f)).toContain('北辰化学');
  });
});
