import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('false friends are not cues', () => {
  it('による of cause: 地震による被害', () => {
    expect(nameOf('大雨による被害は230棟に広がった。', '230棟')).toBe('');
    expect(nameOf('円安による差益は900億円にのぼった。', '900億円')).toBe('');
  });

  it('とした場合 / とすると / として', () => {
    expect(nameOf('金利を1%とした場合、返済額は月3万円増える。', '3万円')).toBe('');
    expect(nameOf('1ドル150円で換算すると、総額は7億円になる。', '7億円')).toBe('');
    expect(nameOf('「新型車」として、全長は4.5メートルになる。', '4.5メートル')).toBe('');
    expect(nameOf('成長率を5%とする目標が掲げられた。', '5%')).toBe('');
  });

  it('と meaning "and": ロシアと北朝鮮は…', () => {
    // What the two agreed on is theirs, both of them (sources/announcements.ts), not 北朝鮮's quoted by ロシア.
    expect(nameOf('ロシアと北朝鮮は、兵士2万人の派遣で合意した。', '2万人')).toBe('ロシアと北朝鮮');
    expect(nameOf('日本と米国は、関税を15%とすることで一致した。', '15%')).toBe('');
  });

  it('という naming a thing is not hearsay: 3万人という数字', () => {
    const text = '警察によると、けが人はいない。\n3万人という数字が独り歩きした。';
    expect(nameOf(text, '3万人')).toBe('');
  });

  it('a parenthesised age identifies a person, it is not the source’s claim', () => {
    const text = '会社員の山本健さん（42）が死亡した。県警が9日、明らかにした。';
    expect(nameOf(text, '42')).toBe('');
  });

  it('so is the age closing a quote’s credit, whatever source is in force: （…の男性、45）', () => {
    const text =
      '東和市観光協会によると、宿泊客は約2割増えた。「思ったより混んでいて驚いた」（県外から来た会社員の男性、45）';
    expect(nameOf(text, '約2割')).toBe('東和市観光協会');
    expect(nameOf(text, '45')).toBe('');
  });
});

describe('report nouns inside other words', () => {
  it('電話で、 is not a report cue (話で、)', () => {
    expect(nameOf('警察の電話で、住民30人が避難した。', '30人')).toBe('');
  });
});

describe('what a report measures is no party', () => {
  it('a topic of plain words given a value (飛行距離は約800キロと分析している) is the quantity', () => {
    const text = '南国軍の司令部は12日、隣国がミサイル1発を発射したと発表した。飛行距離は約800キロと分析している。';
    expect(sourcesOf(text, ['1発', '約800キロ']).map((s) => s?.name)).toEqual(['南国軍の司令部', '南国軍の司令部']);
    expect(nameOf('落下地点は沖合約300キロと推定している。', '約300キロ')).toBe('');
  });

  it('but a name given a value still expects it (東和は約100億円と見込む)', () => {
    expect(nameOf('東和は約100億円と見込んでいる。', '約100億円')).toBe('東和');
  });
});
