import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const typeOf = (text: string, name: string): string | undefined =>
  findEntities(text, tokenizeText(text, tokenizer)).find((e) => e.text === name)?.type;

describe('the last word gives the kind', () => {
  it('an embassy, a city hall, a consortium are organisations', () => {
    expect(typeOf('米大使館は声明を出した。', '米大使館')).toBe('organization');
    expect(typeOf('大阪市役所の前で抗議があった。', '大阪市役所')).toBe('organization');
  });
  it('a city is a place, a railway line too', () => {
    expect(typeOf('福岡県の北九州市で会議が開かれた。', '北九州市')).toBe('place');
    expect(typeOf('JR鹿児島本線は運転を見合わせた。', 'JR鹿児島本線')).toBe('place');
  });
  it('a university’s short name after a region is an organisation (北陸医科大, 北陸短大)', () => {
    expect(typeOf('一方、研究に参加していない北陸医科大の田辺准教授は話す。', '北陸医科大')).toBe('organization');
    expect(typeOf('研究に参加していない北陸短大の木村教授は話す。', '北陸短大')).toBe('organization');
    expect(typeOf('北陸地方は大雪になった。', '北陸地方')).toBe('place');
  });
  it('a person keeps a 市 that ends the given name (土屋圭市)', () => {
    expect(typeOf('土屋圭市さんが運転した。', '土屋圭市')).toBe('person');
  });
});

describe('metonymy: a team’s home place in a sentence about a game is the team', () => {
  it('a ranking’s 首位 is no game: 横浜 and 神戸 stay places', () => {
    expect(typeOf('「住みたい街」ランキングの首位は横浜で、3年連続となった。', '横浜')).toBe('place');
    expect(typeOf('人気投票で首位は神戸、2位は福岡だった。', '神戸')).toBe('place');
    expect(typeOf('札幌が首位の名古屋に逆転勝ちした。', '名古屋')).toBe('organization');
  });
  it('広島 beats 巨人: an organisation; 広島戦 too', () => {
    expect(typeOf('広島は巨人に3-2で勝ち、連勝を5に伸ばした。', '広島')).toBe('organization');
    expect(typeOf('次の広島戦に向けて調整した。', '広島')).toBe('organization');
  });
  it('浦和 scores: an organisation', () => {
    expect(typeOf('浦和は後半にゴールを決めた。', '浦和')).toBe('organization');
  });
  it('a team named by a plain word (楽天) is one before 戦 or in a game, and nothing elsewhere', () => {
    expect(typeOf('右腕は次の楽天戦で先発する。', '楽天')).toBe('organization');
    expect(typeOf('楽天は延長戦を制して3連勝とした。', '楽天')).toBe('organization');
    expect(typeOf('将来には楽天的な見方をしている。', '楽天')).toBeUndefined();
    expect(typeOf('彼は経済界の巨人と呼ばれた。', '巨人')).toBeUndefined();
  });
  it('the city in a sentence about anything else stays a place', () => {
    expect(typeOf('広島で平和記念式典が開かれた。', '広島')).toBe('place');
  });
});

describe('metonymy: a capital that takes a stance is its government', () => {
  it('北京は…反発, ワシントンが…警告: organisations', () => {
    expect(typeOf('北京は今回の協議に強く反発している。', '北京')).toBe('organization');
    expect(typeOf('ワシントンが追加の制裁を警告した。', 'ワシントン')).toBe('organization');
  });
  it('the city where things happen stays a place', () => {
    expect(typeOf('両首脳は北京で会談した。', '北京')).toBe('place');
    expect(typeOf('北京は朝から晴れて、気温が上がった。', '北京')).toBe('place');
  });
});

describe('a listed place, ・, then another place is two places', () => {
  it('東京・霞が関 → 東京 + 霞が関; a foreign name with ・ stays whole', () => {
    const names = findEntities(
      '東京・霞が関の官庁街で会議が開かれた。',
      tokenizeText('東京・霞が関の官庁街で会議が開かれた。', tokenizer),
    );
    expect(names.map((e) => `${e.text}:${e.type}`)).toEqual(['東京:place', '霞が関:place']);
    expect(typeOf('ウラジーミル・プーチン大統領が語った。', 'ウラジーミル・プーチン')).toBe('person');
  });
});

describe('the two ends of a route are places (A―B線, A－B間)', () => {
  const names = (text: string) => findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}:${e.type}`);
  it('cuts the line or the stretch off the right end and types both ends as places', () => {
    expect(names('格安航空会社が成田―宮崎線を新たに開設する。')).toEqual(
      expect.arrayContaining(['成田:place', '宮崎:place']),
    );
    expect(names('大雪で青森－八戸間の列車が止まった。')).toEqual(expect.arrayContaining(['青森:place', '八戸:place']));
    expect(names('夜行バスの仙台〜新潟間は運休した。')).toEqual(expect.arrayContaining(['仙台:place', '新潟:place']));
  });
  it('leaves a match between two players alone (山田―佐藤戦)', () => {
    expect(names('将棋の山田―佐藤戦は千日手になった。').some((n) => n.endsWith(':place'))).toBe(false);
  });
});

describe('metonymy: a country playing is its national team, a capital taking a stance its government', () => {
  it('日本 gaining points and the 中国戦 are teams; 日本 hosting or cutting emissions stays a place', () => {
    expect(typeOf('日本はＣ組で勝ち点を13に伸ばし、首位を守った。', '日本')).toBe('organization');
    expect(typeOf('次の中国戦に集中する。', '中国')).toBe('organization');
    expect(typeOf('日本で開かれるＷ杯に向けて準備が進む。', '日本')).toBe('place');
    expect(typeOf('日本は2030年までに排出量を半減させる。', '日本')).toBe('place');
    expect(typeOf('対中国戦略を見直した。', '中国')).toBe('place');
  });
  it('a score says the sentence is about a game: 広島は…5―1で下した', () => {
    expect(typeOf('広島は本拠地でＤｅＮＡを5―1で下した。', '広島')).toBe('organization');
  });
  it('a capital’s stance is read to the end of its sentence', () => {
    expect(typeOf('北京は日本に対し、規制の撤回を強く求めている。', '北京')).toBe('organization');
    expect(typeOf('モスクワは一方で、関係改善に意欲を示している。', 'モスクワ')).toBe('organization');
    expect(typeOf('北京は朝から晴れ、気温が上がった。', '北京')).toBe('place');
  });
});

describe('a name in brackets after a person is what they belong to', () => {
  it('a club, even one named for its city: 三笘薫（ブライトン）, 遠藤航（リバプール）', () => {
    const text = '前半、三笘薫（ブライトン）のクロスから先制した。主将の遠藤航（リバプール）は語った。';
    expect(typeOf(text, 'ブライトン')).toBe('organization');
    expect(typeOf(text, 'リバプール')).toBe('organization');
    expect(typeOf(text, '三笘薫')).toBe('person');
  });
  it('but a place with its own suffix is where they live', () => {
    expect(typeOf('佐藤健太さん（札幌市）が優勝した。', '札幌市')).toBe('place');
  });
});

describe('councils and executive committees are organisations', () => {
  it('大阪市議会, 県議会, 実行委員会', () => {
    expect(typeOf('一方、大阪市議会の会派は批判している。', '大阪市議会')).toBe('organization');
    expect(typeOf('群馬県議会は意見書を可決した。', '群馬県議会')).toBe('organization');
  });
});

describe('co-operatives, clinics and liaison councils end a name; センター and 本部 only a long one', () => {
  const marks = (text: string): string[] =>
    findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}:${e.type}`);
  it('a co-operative by its short name and a clinic are organisations', () => {
    expect(typeOf('稚内漁協の組合員が集まった。', '稚内漁協')).toBe('organization');
    expect(typeOf('大阪歯科クリニックの院長が話した。', '大阪歯科クリニック')).toBe('organization');
  });
  it('a liaison council after a name is an organisation', () => {
    expect(
      typeOf('相談員などでつくる「全国スクールカウンセラー連絡会」が要望した。', '全国スクールカウンセラー連絡会'),
    ).toBe('organization');
  });
  it('three kanji words or more before センター or 本部 spell a body out', () => {
    expect(typeOf('林業労働安全センターが公表した調査では、事故が減った。', '林業労働安全センター')).toBe(
      'organization',
    );
    expect(typeOf('国の難民受入調整本部によると、申請は増えた。', '難民受入調整本部')).toBe('organization');
  });
  it('but a kind of office, a branch or a katakana compound before them is no name', () => {
    expect(marks('市の子育て支援センターに相談が寄せられた。')).toEqual([]);
    expect(marks('町の地域就労支援センターに相談が寄せられた。')).toEqual([]);
    expect(marks('自民党本部で会見した。')).toEqual(['自民党:organization']);
    expect(marks('大型物流データセンターが完成した。')).toEqual([]);
  });
});

describe('features of the land and sea are places', () => {
  const marks = (text: string): string[] =>
    findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}:${e.type}`);
  it('a peninsula or a strait IPADIC knows as one proper noun is a place by its last word', () => {
    expect(marks('紀伊半島の沿岸に高潮が押し寄せた。')).toEqual(['紀伊半島:place']);
    expect(marks('津軽海峡を渡るフェリーが欠航した。')).toEqual(['津軽海峡:place']);
  });
  it('but the word alone, or a surname that is also a plain, names no place', () => {
    expect(marks('半島の先端に灯台がある。')).toEqual([]);
    expect(marks('港町の花火大会が開かれた。')).toEqual([]);
    expect(marks('平野さんが話した。')).toEqual(['平野:person']);
  });
});

describe('an affiliation before a trade names a kind of firm', () => {
  const marks = (text: string): string[] =>
    findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}:${e.type}`);
  it('「米系証券」, 「外資系銀行」 are no firm’s name', () => {
    expect(marks('「割安だ」（英系証券アナリスト）との声がある。')).not.toContain('英系証券:organization');
    expect(marks('外資系銀行が参入した。')).toEqual([]);
  });
  it('but a firm named by its place and trade stays one', () => {
    expect(marks('みちのく証券のアナリストは話した。')).toContain('みちのく証券:organization');
  });
});
