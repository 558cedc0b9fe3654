import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a topic no word makes a party, set apart by a comma: the body after it speaks', () => {
  it('an election, a festival, an accident: the body that is the first subject after it', () => {
    const a = '東和国で17日に投開票された大統領選は、中央選挙管理委員会が18日、現職の得票率が52.4%に達したと発表した。';
    expect(namesOf(a, ['52.4%'])).toEqual(['中央選挙管理委員会']);
    const b = '北山市長選は、市選挙管理委員会が23日までに、投票率が38.2%だったと明らかにした。';
    expect(namesOf(b, ['38.2%'])).toEqual(['市選挙管理委員会']);
    const c = '今年の夏祭りは、実行委員会がこのほど、来場者が延べ12万人に上ったと発表しました。';
    expect(namesOf(c, ['12万人'])).toEqual(['実行委員会']);
    const d = '第5回東和マラソンは、主催する東和陸上協会が、参加者が１万２千人だったとしている。';
    expect(namesOf(d, ['１万２千人'])).toEqual(['東和陸上協会']);
    expect(namesOf('この事故は、県警が3日、死者は4人だと明らかにした。', ['4人'])).toEqual(['県警']);
  });

  it('a party as topic keeps the words, a body after it being what they tell of', () => {
    expect(namesOf('政府は、東和社が1000人を解雇したと発表した。', ['1000人'])).toEqual(['政府']);
    expect(namesOf('山田氏は、東和社が23日、従業員を1000人解雇したと明らかにした。', ['1000人'])).toEqual(['山田氏']);
    expect(namesOf('田中社長は、同社が売上高を2倍にしたと説明した。', ['2倍'])).toEqual(['田中社長']);
    expect(namesOf('被告側は、会社が1億2千万円を支払ったと主張した。', ['1億2千万円'])).toEqual(['被告側']);
    expect(namesOf('原告側は、東和社が約3千万円を隠したと述べた。', ['約3千万円'])).toEqual(['原告側']);
    expect(namesOf('国際調査団は、現地当局が約40人を拘束したと述べた。', ['約40人'])).toEqual(['国際調査団']);
  });
});

describe('a topic of plain words with a predicate of its own is what is foreseen, not who foresees it', () => {
  it('the publisher of the sentence before goes on', () => {
    const a =
      '東和研究所は22日、人口推計を公表した。総人口は2020年の1億2615万人から約17%減り、2050年には1億499万人になると見込んでいる。';
    expect(namesOf(a, ['1億2615万人', '約17%', '1億499万人'])).toEqual(['東和研究所', '東和研究所', '東和研究所']);
    const b = '北山パネルは4日、報告書を公表した。2100年までに世界の平均海面は最大1.1メートル上昇すると予測している。';
    expect(namesOf(b, ['最大1.1メートル'])).toEqual(['北山パネル']);
    const c = '東和銀行は23日、経済見通しを発表した。実質成長率は来年度に1.2%になると予測しているということです。';
    expect(namesOf(c, ['1.2%'])).toEqual(['東和銀行']);
  });

  it('a named party, or a person quoted in brackets, still speaks', () => {
    expect(namesOf('東和は、来年度の売上高が850億円に達すると発表した。', ['850億円'])).toEqual(['東和']);
    expect(namesOf('研究チームは、発症リスクが約2倍に高まるとしている。', ['約2倍'])).toEqual(['研究チーム']);
    const quoted = '買い物をしていた主婦（52）は「家族4人で月に10キロは食べる」とため息をついた。';
    expect(namesOf(quoted, ['4人', '10キロ'])).toEqual(['主婦', '主婦']);
  });

  it('only a verb of foreseeing makes the topic the thing foreseen: 発表した / 主張した want a party', () => {
    const a = 'その後、ソーマ政権は、2010年から2014年の間に3万2千世帯を移転させたと主張した。';
    expect(namesOf(a, ['3万2千世帯'])).toEqual(['ソーマ政権']);
    expect(namesOf('ミナト陣営は約4千人を動員したと発表した。', ['約4千人'])).toEqual(['ミナト陣営']);
    expect(namesOf('現政権は3万世帯を支援したと説明した。', ['3万世帯'])).toEqual(['現政権']);
  });
});

describe('a plain-word topic inside what a document reports relays nothing', () => {
  const vias = (text: string, figures: string[]) => sourcesOf(text, figures).map((s) => [s?.name, s?.via]);

  it('the thing analysed is no relay: the document stays the source, alone', () => {
    const a =
      '北山県が2月に作成した資料によると、東側の壁は1300mで破壊可能だが、南側の壁は貫通不可能であり、門は100m以内に近づかなければ壊せないと分析している。';
    expect(vias(a, ['1300m', '100m以内'])).toEqual([
      ['北山県', undefined],
      ['北山県', undefined],
    ]);
    const b = '東和研究所の報告書によると、車体正面上部は貫通できず、側面は500m以内なら撃ち抜けると分析している。';
    expect(vias(b, ['500m以内'])).toEqual([['東和研究所', undefined]]);
  });

  it('a body or a person speaking inside it still relays', () => {
    const c = 'CNNによると、国防総省は兵士約300人を派遣したと述べた。';
    expect(vias(c, ['約300人'])).toEqual([['CNN', '国防総省']]);
    const d = '北浜新聞によると、山田社長は従業員を50人増やしたと話した。';
    expect(vias(d, ['50人'])).toEqual([['北浜新聞', '山田社長']]);
  });
});
