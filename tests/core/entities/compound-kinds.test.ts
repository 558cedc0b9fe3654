import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const marks = (text: string): string[] =>
  findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}:${e.type}`);

describe('a compound a place leads and a body’s word ends is the body (body-compounds.ts)', () => {
  it.each([
    ['今年2月に秋川県りんご振興課がまとめた調査によると、出荷量は12％減った。', '秋川県りんご振興課'],
    ['能登川町消防本部によりますと、けが人はいないということです。', '能登川町消防本部'],
    ['このほど門司税関が発表した統計で、輸出額は３割増えた。', '門司税関'],
    ['調査は新潟南海大の研究チームが行った。', '新潟南海大'],
    ['福島県桃生産者連合会は15日、価格の見通しを示した。', '福島県桃生産者連合会'],
    ['在チリ日本大使館によると、邦人の被害は確認されていないということです。', '在チリ日本大使館'],
    ['群馬県観光物産協会によりますと、客足は戻りつつあるということです。', '群馬県観光物産協会'],
    ['三重県農林水産部は22日、被害額を公表した。', '三重県農林水産部'],
    ['「高知県水産振興課の調べでは、漁獲量が半減した」と、担当者は説明した。', '高知県水産振興課'],
  ])('%s → %s, an organisation', (text, name) => {
    expect(marks(text)).toContain(`${name}:organization`);
  });
  it('the spelling in brackets takes the body’s kind (米地質調査所（USGS）)', () => {
    expect(marks('米地質調査所（USGS）によると、地震の規模は6.8だった。')).toEqual([
      '米地質調査所:organization',
      'USGS:organization',
    ]);
  });
  it('a place before a description or a branch is no body’s name', () => {
    expect(marks('南浜地区センター調理室で料理教室を開く。')).not.toContain('南浜地区センター調理室:organization');
    expect(marks('日本法人の社長に就任した。')).not.toContain('日本法人:organization');
  });
  it('a place stays a place before a part of it, a product or a particle', () => {
    expect(marks('県北部では大雪となった。')).toEqual(['県北部:place']);
    expect(marks('長野県産のりんごが人気だ。')).toEqual(['長野県:place']);
    expect(marks('長野県の医師会は反対した。')).toContain('長野県:place');
    expect(marks('静岡市中心部で渋滞が起きた。')).toEqual(['静岡市:place']);
    expect(marks('男は門司港の近くで見つかった。')).toEqual(['門司港:place']);
  });
});

describe('a place before an election is the place (election-places.ts)', () => {
  it.each([
    ['任期満了に伴う北杜市長選は26日投開票され、新人が初当選した。', '北杜市'],
    ['桜川市長選、現職の山本氏が3選', '桜川市'],
    ['任期満了に伴う秋川県知事選は７日投開票された。', '秋川県'],
    ['今年2月のペルー大統領選では、決選投票が行われた。', 'ペルー'],
    ['ウルグアイ大統領選、野党候補が当選', 'ウルグアイ'],
    ['今年2月の美浜町長選では、投票率が過去最低となった。', '美浜町'],
    ['横浜市議選の投票率は過去最低だった、と市選管が発表した。', '横浜市'],
  ])('%s → %s, a place', (text, name) => {
    expect(marks(text)).toContain(`${name}:place`);
  });
  it('an election with no place before it names nothing', () => {
    expect(marks('次の市長選には3人が立候補する見通しだ。')).toEqual([]);
    expect(marks('前回市長選の投票率は45％だった。')).toEqual([]);
    expect(marks('同市長選は来月23日に告示される。')).toEqual([]);
  });
  it('a party’s leadership vote keeps the party', () => {
    expect(marks('自民党総裁選は9月に行われる。')).toEqual(['自民党:organization']);
  });
});

describe('a surname-like word in a list of places is a place (listed-places.ts)', () => {
  it('羽田 between 成田 and 関西, 梅田 before two districts', () => {
    expect(marks('期間中に成田、羽田、関西など主要空港から出国した人は増えた。')).toContain('羽田:place');
    expect(marks('大阪ビジネス地区（梅田、南森町、淀屋橋）の空室率は下がった。')).toContain('梅田:place');
  });
  it('people stay people: an honorific, or places that are not one list', () => {
    expect(marks('成田、羽田さん、関西の3人が選ばれた。')).toContain('羽田:person');
    expect(marks('東京都の山田、大阪府の鈴木の両選手が出場した。')).toContain('山田:person');
  });
});

describe('research centres, councils and UN programmes are bodies whatever plain words name them', () => {
  it.each([
    ['電力経済研究センターの試算では、電気代は月500円上がる。', '電力経済研究センター'],
    ['物流政策研究センターは今年2月に報告書をまとめた。', '物流政策研究センター'],
    ['中央最低賃金審議会は、引き上げ額の目安を示した。', '中央最低賃金審議会'],
    ['地方港湾審議会が答申をまとめたということです。', '地方港湾審議会'],
    ['国連環境計画（UNEP）の報告書によると、排出量は増えた。', '国連環境計画'],
    ['世界食糧計画（WFP）は、食料不足が深刻になっているとしています。', '世界食糧計画'],
  ])('%s → %s, an organisation', (text, name) => {
    expect(marks(text)).toContain(`${name}:organization`);
  });
  it('the acronym after a programme takes its kind', () => {
    expect(marks('国連世界食糧計画（WFP）によると、支援が必要な人は増えた。')).toEqual([
      '国連世界食糧計画:organization',
      'WFP:organization',
    ]);
  });
  it('a council, a centre or a plan without a name stays unmarked', () => {
    expect(marks('同審議会は来月、答申をまとめる。')).toEqual([]);
    expect(marks('審議会は時給を1020円とするよう答申した。')).toEqual([]);
    expect(marks('新しい研究センターを開設した。')).toEqual([]);
    expect(marks('政府は新たな経済計画をまとめた。')).toEqual([]);
    expect(marks('5か年計画（第2次）は来年始まる。')).toEqual([]);
  });
});

describe('a supermarket or a chain before a quoted name says it is a body (kind-nouns.ts)', () => {
  it.each([
    ['首都圏で約80店を展開するスーパー「マルサン」によると、特売価格は上がった。', 'マルサン'],
    ['衣料品チェーン「ユニバース」は今年2月、値上げを発表した。', 'ユニバース'],
  ])('%s → %s, an organisation', (text, name) => {
    expect(marks(text)).toContain(`${name}:organization`);
  });
});

describe('an exchange after a place’s name is a body (organization-suffixes.ts: 取引所)', () => {
  it('X証券取引所 is one organisation, whatever role the sentence gives it', () => {
    expect(marks('札幌証券取引所で取引が始まった。')).toEqual(['札幌証券取引所:organization']);
    expect(marks('大阪商品取引所に上場する銘柄が増えた。')).toContain('大阪商品取引所:organization');
    expect(marks('東京証券取引所の5日の発表では、売買は増えた。')).toEqual(['東京証券取引所:organization']);
  });
  it('an exchange with no name before it is a kind of market', () => {
    expect(marks('証券取引所に上場した。')).toEqual([]);
    expect(marks('取引所で売買した。')).toEqual([]);
  });
});
