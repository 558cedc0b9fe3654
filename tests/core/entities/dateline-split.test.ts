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

describe('a dateline’s ＝ joins two names: where it was filed and who filed it', () => {
  it('the place before ＝ and the outlet after', () => {
    expect(typed('【ストックホルム＝東和通信】13日に投票が行われた。')).toEqual([
      'ストックホルム/place',
      '東和通信/organization',
    ]);
    expect(typed('【ナイロビ＝北斗通信】3日に会見が開かれた。')).toEqual(['ナイロビ/place', '北斗通信/organization']);
    expect(typed('見出し\n本文は短い。\n（ジュネーブ＝南海新報）')).toEqual([
      'ジュネーブ/place',
      '南海新報/organization',
    ]);
  });
  it('＝ between an abbreviation and its full name is one name’s two spellings', () => {
    expect(typed('JAXA＝宇宙航空研究開発機構は原因を説明した。')).not.toContain('宇宙航空研究開発機構/organization');
  });
});
