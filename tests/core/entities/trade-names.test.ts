import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const typed = (text: string): string[] =>
  findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}/${e.type}`);

describe('a firm named by a word of its own and its line of business', () => {
  it('a name-like word before the trade: a surname, a word the dictionary lacks, kanji broken one by one', () => {
    for (const [text, name] of [
      ['志摩実業によりますと、出荷は2割減ったということです。', '志摩実業'],
      ['オリオン薬品とミナト電子は提携したとしています。', 'ミナト電子'],
      ['菱星重工業は23日までに、受注が10隻に達したことを明らかにした。', '菱星重工業'],
      ['配給の光映配給によると、初日の観客は3万人だった。', '光映配給'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('plain words before the trade where the sentence introduces a party', () => {
    for (const [text, name] of [
      ['北斗証券は23日、新しい投資信託を発売したと発表した。', '北斗証券'],
      ['今年2月に東雲自動車がまとめた資料によると、販売台数は3万台だった。', '東雲自動車'],
      ['このほど瑞光海運が公表した計画では、船を5隻増やす。', '瑞光海運'],
      ['中央青果によると、キャベツの入荷は3割減った。', '中央青果'],
      ['青葉証券の調べでは、個人投資家の買いは3割増えた。', '青葉証券'],
      ['北斗製薬によりますと、新薬の治験には１２０人が参加したということです。', '北斗製薬'],
      ['紫苑文化振興会が今年2月に発表した調査では、来場者は5千人だった。', '紫苑文化振興会'],
      ['制作した翠光映像配給は、興行収入が10億円を超えたとしています。', '翠光映像配給'],
      ['第48回紫苑文学賞（紫苑文化振興会主催）の選考会が15日に開かれた。', '紫苑文化振興会'],
      ['北斗証券主催のセミナーには300人が参加した。', '北斗証券'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('a kind of firm, a kind of thing, a place’s trade or another body’s word is no name', () => {
    for (const text of [
      '大手証券の幹部は「相場は荒い」と話した。',
      '電気自動車の販売は3割増えた。',
      '外資系証券によると、資金は流出した。',
      '中古自動車の輸出が増えた。',
      '宇宙開発には巨額の費用がかかる。',
      '地域交通の維持に5億円を充てる。',
      'ガソリン自動車の販売は減った。',
      '国内海運は燃料高に苦しむ。',
      '電気自動車は今年、販売が２倍になったと業界団体が発表した。',
      '日本ヘラルド映画配給の作品が上映された。',
      '市の工業振興会主催の催しが開かれた。',
    ])
      expect(
        typed(text).filter((n) => /(証券|自動車|開発|交通|海運|配給|振興会)\/organization$/.test(n)),
        text,
      ).toEqual([]);
  });
});

describe('a firm named in hiragana that kuromoji breaks into particles and verbs', () => {
  it('the whole run before the trade is the name, where the sentence introduces it', () => {
    for (const [text, name] of [
      ['みなと証券によると、株価は3%上がった。', 'みなと証券'],
      ['しろがね証券の調べでは、個人投資家は2割増えた。', 'しろがね証券'],
      ['みなと食品は3日、値上げを発表した。', 'みなと食品'],
      ['ネット証券大手のみなと証券は5日、手数料を下げると発表した。', 'みなと証券'],
      ['あおば建設によりますと、工事は来月終わるということです。', 'あおば建設'],
      ['こもれび製薬（本社・大阪市）は新薬の承認を申請した。', 'こもれび製薬'],
      ['相場は荒い。しろがね証券の大石一郎シニアアナリストは「売りが続く」とみる。', 'しろがね証券'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('plain words in hiragana before a trade name no firm', () => {
    for (const text of [
      'ほかの証券は手数料を据え置くと発表した。',
      '新しい食品は人気だと話した。',
      'あらゆる食品が値上がりしたと発表した。',
      'これまでの証券によると、大きな変化はない。',
      'みなと食品の棚が並ぶ。',
      'ダム建設の田中一郎所長は話した。',
    ])
      expect(
        typed(text).filter((n) => n.endsWith('/organization')),
        text,
      ).toEqual([]);
  });
});
