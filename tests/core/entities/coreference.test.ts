import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { assignIds } from '../../../core/entities/coreference';
import { tokenizeText } from '../../../core/text/tokens';
import type { Entity, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const run = (text: string): Entity[] => findEntities(text, tokenizeText(text, tokenizer));
const find = (es: readonly Entity[], name: string) => es.find((e) => e.text === name);

describe('one entity whatever its mentions were typed', () => {
  it('a surname alone is the person named in full, even where it reads as a place', () => {
    const es = run('宮崎駿監督の新作が選ばれた。宮崎は次の作品に取りかかっている。');
    expect(find(es, '宮崎')?.type).toBe('person');
    expect(find(es, '宮崎')?.id).toBe(find(es, '宮崎駿')?.id);
    expect(find(es, '宮崎')?.reading).toBe('ミヤザキ');
  });
  it('but a place that only shares characters with the name stays a place', () => {
    const es = run('宮崎駿監督の新作が選ばれた。宮崎県でも上映される。');
    expect(find(es, '宮崎県')?.type).toBe('place');
  });
  it('a city named after its prefecture, then alone, is that city (a place), however the tagger read it', () => {
    const es = run('警察は19日、奈良県高田野市の職員を逮捕した。高田野市の発表では、今年の契約は80件だった。');
    expect(find(es, '高田野市')?.type).toBe('place');
    expect(find(es, '高田野市')?.id).toBe(find(es, '奈良県高田野市')?.id);
  });
  it('but a person whose name ends like the place is not the place', () => {
    const es = run('奈良県高田野市で会見した土屋圭市さんは話した。');
    expect(find(es, '土屋圭市')?.type).toBe('person');
  });
  it('a company with and without its legal form is one organisation', () => {
    const es = run('沖縄クロス・ヘッド株式会社は新製品を発表した。沖縄クロス・ヘッドでは販売を広げる。');
    expect(find(es, '沖縄クロス・ヘッド')?.type).toBe('organization');
    expect(find(es, '沖縄クロス・ヘッド')?.id).toBe(find(es, '沖縄クロス・ヘッド株式会社')?.id);
  });
  it('a place in brackets after a company is where it is, not another name for it', () => {
    const es = run('医療新興企業ＫＴＸメディカル・ラボ（東京）が臨床試験を始めた。');
    expect(find(es, '東京')?.type).toBe('place');
    expect(find(es, 'ＫＴＸメディカル・ラボ')?.type).toBe('organization');
    expect(find(es, '東京')?.id).not.toBe(find(es, 'ＫＴＸメディカル・ラボ')?.id);
  });
});

describe('a firm by the first part of its ・-joined name', () => {
  const mention = (text: string, start: number, type: Entity['type']): Entity => ({
    text,
    start,
    end: start + text.length,
    type,
    confidence: 0.9,
  });
  it('「ノースゲート」 after 「ノースゲート・キャピタル」 is that firm, though typed a person', () => {
    const text = 'ノースゲート・キャピタルが株を買った。ノースゲートは刷新を求めた。';
    const es = [mention('ノースゲート・キャピタル', 0, 'organization'), mention('ノースゲート', 19, 'person')];
    assignIds(text, es);
    expect(es[1]?.type).toBe('organization');
    expect(es[1]?.id).toBe(es[0]?.id);
  });
  it('but a person is not a firm whose name only starts with the same letters', () => {
    const text = 'ノースゲート・キャピタルが株を買った。ノースは刷新を求めた。';
    const es = [mention('ノースゲート・キャピタル', 0, 'organization'), mention('ノース', 19, 'person')];
    assignIds(text, es);
    expect(es[1]?.type).toBe('person');
  });
});
