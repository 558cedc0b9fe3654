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

describe('a prefecture’s or city’s organs after a bare 県 or 市', () => {
  it('assemblies, election boards and boards of education are organisations', () => {
    for (const [text, name] of [
      ['県議会は12日、新年度予算案を可決した。', '県議会'],
      ['市議会の最大会派は予算案に反対した。', '市議会'],
      ['17日開会の県議会定例会に提出する。', '県議会'],
      ['県選管によると、投票率は45.3%だった。', '県選管'],
      ['町選管は開票作業を始めた。', '町選管'],
      ['市選挙管理委員会の発表では、当日有権者数は5万人だった。', '市選挙管理委員会'],
      ['県教育委員会は、教員の採用試験の倍率が過去最低だったと発表した。', '県教育委員会'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('the prefectural police’s units are organisations', () => {
    expect(typed('県警高速隊によると、運転手の男性が軽いけがをした。')).toContain('県警高速隊/organization');
    expect(typed('県警捜査1課は男を逮捕した。')).toContain('県警捜査1課/organization');
  });
  it('a prefecture’s part by compass point is a place, a city’s is a part of town', () => {
    expect(typed('県北部では大雨が続いている。')).toContain('県北部/place');
    expect(typed('市北部の住宅地で火災があった。')).toEqual([]);
  });
  it('the office’s departments, sections and associations are organisations, in any register', () => {
    for (const [text, name] of [
      ['県財政課によると、基金の残高は12億円に減る見通しだ。', '県財政課'],
      ['市観光振興課の担当者は「来年も続けたい」と話した。', '市観光振興課'],
      ['町建設課は3日、工事の遅れを明らかにしました。', '町建設課'],
      ['市健康福祉部高齢福祉課によりますと、利用者は去年より1割増えたということです。', '市健康福祉部高齢福祉課'],
      ['県農林水産部がまとめた調査では、被害額は3億円に上った。', '県農林水産部'],
      ['村住民課の担当者によると、申請は120件あった。', '村住民課'],
      ['県猟友会によると、今年の捕獲数は約300頭だった。', '県猟友会'],
      ['県医師会は会見で、医師が約40人不足していると述べた。', '県医師会'],
      ['県経営者協会が会員企業を対象に行った調査では、賃上げ予定は6割だった。', '県経営者協会'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('a part of an area, a meeting, a post or a desk without its head are not read', () => {
    for (const text of [
      '市中心部の空き店舗は42軒に上った。',
      '県沿岸部では波が高まっています。',
      '市説明会には住民約80人が参加した。',
      '県の財政課によると、歳入は増える見込みだ。',
      '市役所の課長級の人事を発表した。',
    ])
      expect(
        typed(text).filter((n) => n.endsWith('/organization')),
        text,
      ).toEqual([]);
  });
  it('a post, a pointing 同 or a head bound to a name are not read', () => {
    for (const text of [
      '県財政課長の田中一郎氏は説明した。',
      '同市議会は意見書を可決した。',
      '市の財政課によると、歳入は増える見込みだ。',
      '市民課の窓口は混雑した。',
      '昨年の市議会委員会答弁で、市は方針を示した。',
      '県道沿いの店舗が浸水した。',
    ])
      expect(
        typed(text).filter((n) => n.endsWith('/organization')),
        text,
      ).toEqual([]);
    expect(typed('岩手県議会は予算案を可決した。')).toContain('岩手県議会/organization');
  });
});

describe('a city’s health centre', () => {
  it('is an organisation of the city, not a building', () => {
    for (const [text, name] of [
      ['宮崎市保健所は5日、新たに3人の感染を確認したと発表した。', '宮崎市保健所'],
      ['佐賀市保健所によりますと、患者は12人になりました。', '佐賀市保健所'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
    expect(typed('保健所の前で車が止まった。')).toEqual([]);
  });
});
