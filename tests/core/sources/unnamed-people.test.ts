import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, sourceOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

// People the article does not name speak as often as officials in local news: by their role, their
// place or their kin. Each sentence here is our own.
describe('unnamed people as speakers', () => {
  it('a subject set apart by a comma speaks the words after it: 女性が、男2人が逃げたと話した', () => {
    const text = '駅前で花屋を営む50代の女性が、男2人が西の方へ走って逃げたと話しています。';
    expect(nameOf(text, '2人')).toBe('女性');
    // 50代 describes the speaker; it is not what she said.
    expect(sourcesOf(text, ['50代', '2人']).map((s) => s?.name ?? '')).toEqual(['', '女性']);
  });

  it('but a subject set apart that cannot speak is no speaker', () => {
    expect(nameOf('車が、3台続けて道をふさいだと話していた。', '3台')).toBe('');
  });

  it.each([
    ['「車が3台ぶつかっていた」と話す近所の男性。', '3台', '近所の男性'],
    ['「煙が2時間ほど出ていた」と話す住民もいた。', '2時間', '住民'],
    ['「客は5人いた」と話す店員がいた。', '5人', '店員'],
    ['事故を見た男性によると、車は3台止まっていたという。', '3台', '男性'],
    ['店の従業員は「客は5人ほどいた」と証言した。', '5人', '店の従業員'],
    ['近所の人によると、家には3人が暮らしていたという。', '3人', '近所の人'],
    ['妻は「夫は毎朝5キロ走っていた」と話した。', '5キロ', '妻'],
  ])('%s → %s', (text, figure, who) => {
    expect(nameOf(text, figure)).toBe(who);
  });

  // A short が-clause describing the speaker (子どもがいる母親, 税制が専門の教授) is no subject the
  // topic is inside: the topic after it still speaks.
  it.each([
    ['中学生の娘がいる市内の母親は「塾代は月3万円を超える」と話した。', '月3万円', '市内の母親'],
    ['小さな畑がある近所の男性は「今年は収穫が2割減った」と語った。', '2割', '近所の男性'],
    ['税制が専門の北都大学の森本健一教授は「税収は約4兆円増える」と指摘する。', '約4兆円', '北都大学の森本健一教授'],
    [
      '日銀OBで為替が専門の東都大学の佐野真理子教授は「利上げは年2回程度だろう」と予測した。',
      '年2回',
      '東都大学の佐野真理子教授',
    ],
    ['孫が3人いる女性は「お年玉は1人5000円にした」と笑う。', '1人5000円', '女性'],
  ])('%s → %s', (text, figure, who) => {
    expect(nameOf(text, figure)).toBe(who);
  });

  it('but a subject whose clause holds the topic keeps its words: 回答者の6割が、AとBは…', () => {
    expect(nameOf('回答者の6割が、新旧の製品は「区別できない」と答えた。', '6割')).toBe('');
  });

  it('a person named by a suffix of people (者, 員, 家, 手) is an anonymous source', () => {
    for (const [text, who] of [
      ['毎朝利用する会社員は「電車は10分遅れた」と話した。', '会社員'],
      ['現場にいた作業員が、「柱が2本折れた」と語った。', '作業員'],
      ['タクシーの運転手によると、渋滞は3キロに及んだという。', 'タクシーの運転手'],
      ['施設の利用者は「料金が2倍になった」と不満を漏らした。', '施設の利用者'],
    ] as const) {
      const figure = /\d+(?:分|本|キロ|倍)/.exec(text)?.[0] as string;
      const s = sourceOf(text, figure);
      expect(s?.name).toBe(who);
      expect(s?.type).toBe('anonymous');
    }
  });

  it('a doctor known by the specialty (小児科医, 眼科医) is an anonymous source', () => {
    const text = '県内の小児科医らが昨年行った調査では、ぜんそくの有病率は6.2%だった。';
    expect(sourceOf(text, '6.2%')).toMatchObject({ name: '県内の小児科医ら', type: 'anonymous' });
    expect(sourceOf('ある眼科医は「受診者は約3倍に増えた」と話した。', '約3倍')?.type).toBe('anonymous');
  });

  it('people known by their role are what a plan forecasts, not who plans: 来訪者は…を見込む', () => {
    const text = '北町は10日、駅前の再開発計画を発表した。来訪者は年30万人を見込む。';
    expect(nameOf(text, '30万人')).toBe('北町');
  });

  it('nor another party whose deed ends a release: 乗客は最大9人に増やした', () => {
    const text = '東和航空機は3日、新型機を発表した。乗客は最大9人に増やした。';
    expect(nameOf(text, '9人')).toBe('東和航空機');
  });

  it('a bare 人 or 方 is named by the clause that describes it: 目撃した人, 現場を見た方', () => {
    expect(nameOf('事故を目撃した人の話では、車は3台止まっていたという。', '3台')).toBe('事故を目撃した人');
    expect(nameOf('近くに住む人は「音が2回した」と話していました。', '2回')).toBe('近くに住む人');
    expect(nameOf('現場を見た方によりますと、煙は1時間ほど出ていたということです。', '1時間')).toBe('現場を見た方');
    // People counted are no speaker, nor the people a finding is about.
    expect(nameOf('会場を訪れた人は3万人に上った。', '3万人')).toBe('');
    const lede = '魚をよく食べる人は病気のリスクが2割低いと、東和大学の研究チームが発表した。';
    expect(nameOf(lede, '2割')).toBe('東和大学の研究チーム');
  });

  it('one of several people speaks as one of them: 男性の1人, 保護者の一人', () => {
    expect(nameOf('取材に応じた男性の1人は、「家賃が2割上がった」と明かした。', '2割')).toBe('男性の1人');
    expect(nameOf('保護者の一人が、子どもが3人けがをしたと話した。', '3人')).toBe('保護者の一人');
    // 10人 of a committee is a count, not a speaker.
    expect(nameOf('委員の10人は、予算が3億円足りないと話した。', '3億円')).toBe('');
  });

  it('a whole word ending in 人 is not a person by its ending: 医療法人', () => {
    expect(sourceOf('医療法人によると、患者は3人増えた。', '3人')?.type).not.toBe('anonymous');
  });
});

describe('the business a feature story is about', () => {
  it('named in brackets after what it is, it is the 同社 / 同店 of the sentences after it', () => {
    const text =
      '港町の老舗和菓子店「潮見堂」は、今年で創業90年になる。同店によると、看板のどら焼きは1日に800個売れるという。';
    expect(nameOf(text, '800個')).toContain('潮見堂');
  });

  it('and its hearsay goes on into the next paragraph', () => {
    const text =
      '温泉旅館「湯の花」は昨年、客室を改装した。同館によると、宿泊客は前年の1.2倍に増えた。\n' +
      '改装前は平日の稼働率が4割ほどだったそうだ。';
    const s = sourcesOf(text, ['1.2倍', '4割']).map((x) => x?.name ?? '');
    expect(s.every((n) => n.includes('湯の花'))).toBe(true);
  });
});
