import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('the maker opening a cleft after the figures (東和総研が公表した見通しで示したもので、…)', () => {
  it('gives the sentence before to the maker, whatever the verb and the dates between', () => {
    expect(
      names(
        '今年度の国内の実質成長率は2.5%、来年度は1.8%になる見通しだ。東邦総研が12日に公表した経済見通しで示したもので、前回の予測を据え置いた。',
        ['2.5%', '1.8%'],
      ),
    ).toEqual(['東邦総研', '東邦総研']);
    expect(
      names(
        '今年度の設備投資は4.2%増える見通しだ。東邦総研が23日までにまとめた調査で明らかにしたもので、前年度の実績を上回る。',
        ['4.2%'],
      ),
    ).toEqual(['東邦総研']);
    expect(
      names(
        '大型連休中の高速道路の利用者は80万人、前年より5%多くなる見込みだ。北斗交通研究所が21日、ウェブサイトで公開した予測で示したもので、渋滞の予測も据え置いた。',
        ['80万人', '5%'],
      ),
    ).toEqual(['北斗交通研究所', '北斗交通研究所']);
  });

  it('goes on into the next paragraph’s subjectless forecast', () => {
    expect(
      names(
        '今年度の国内の実質成長率は2.5%になる見通しだ。東邦総研が12日に公表した経済見通しで示したもので、前回の予測を据え置いた。\n業種別では、製造業を3.0%増と予測した。',
        ['2.5%', '3.0%'],
      ),
    ).toEqual(['東邦総研', '東邦総研']);
    expect(
      names(
        '今年度の設備投資は４．２％増える見通しだ。これは東邦総研がこのほど公表した予測によるもので、前年度の実績を上回る。\n業種別では、製造業を3.0%増と見込んでいる。',
        ['４．２％', '3.0%'],
      ),
    ).toEqual(['東邦総研', '東邦総研']);
  });

  it('leaves the outlet’s own facts and another party’s deeds alone', () => {
    expect(names('今年度の国内の実質成長率は3.0%だった。政府が昨年12月に示した見通しを上回った。', ['3.0%'])).toEqual([
      '',
    ]);
    expect(names('会場には2,000人が詰めかけた。市長があいさつで紹介したもので、昨年を上回った。', ['2,000人'])).toEqual(
      [''],
    );
  });
});

describe('a line of business before a bracketed name (旅行大手の「みどり観光」)', () => {
  it('is the company that published the figures', () => {
    expect(
      names(
        'この夏に海外を旅行する人は120万人になる見通しです。これは旅行大手の「みどり観光」が今年6月に発表したものです。',
        ['120万人'],
      ),
    ).toEqual(['旅行大手の「みどり観光」']);
    expect(
      names(
        'この夏に海外を旅行する人は120万人になる見通しです。これは、旅行会社の「みどり観光」が、全国の2,000人を対象にしたアンケートをもとにまとめ、10日発表したものです。',
        ['120万人'],
      ),
    ).toEqual(['旅行会社の「みどり観光」']);
  });

  it('is no company after a body’s own name (同社の「中期計画」)', () => {
    expect(names('同社の「中期計画」は売上高を3割増やすとしている。', ['3割'])).not.toEqual(['同社の「中期計画」']);
  });
});

describe('the report the figures came to light in, in kana (…統計でわかりました)', () => {
  it('names its maker as 分かりました does', () => {
    expect(
      names('県内で昨年生まれた子どもは1,200人だった。北山県が4日に公表した統計でわかりました。', ['1,200人']),
    ).toEqual(['北山県']);
    expect(
      names('県内で昨年生まれた子どもは1,200人でした。これは北山県が公表した統計でわかったものです。', ['1,200人']),
    ).toEqual(['北山県']);
  });
});
