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

describe('a firm named in katakana or Latin letters, then its head office in brackets', () => {
  it('the name is an organisation, whatever the verb or the address’s form', () => {
    for (const [text, name] of [
      ['ソフトウェア開発のソラネット（東京都渋谷区）は6日、新サービスを始めた。', 'ソラネット'],
      ['人材サービスのキャリアブリッジ（東京都港区）は今年2月、調査結果を公表した。', 'キャリアブリッジ'],
      ['宇宙ベンチャーのスカイアーク（北海道大樹町）によると、打ち上げは3回目だ。', 'スカイアーク'],
      ['スタートアップ、マネーリーフ（東京・渋谷）の利用者は１２万人を超えた。', 'マネーリーフ'],
      ['通販のベルネット（本社・大阪市）は23日までに、顧客情報が流出したと明らかにした。', 'ベルネット'],
      ['アパレル大手のミナモトＪＡＰＡＮ（名古屋市）は、売上高が5％増えたとしています。', 'ミナモトＪＡＰＡＮ'],
      ['家具販売のウッドリンク（本社・東京）によりますと、受注は2割増えたということです。', 'ウッドリンク'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('a place with its country, a plain word or a facility is no firm', () => {
    for (const text of [
      'パリ（フランス）で会議が開かれた。',
      'ヤンゴン（旧ラングーン）は最大都市だ。',
      'サンシャインシティ（東京都豊島区）で催しがあった。',
      'スーパー（東京都）の売り場が広がった。',
    ])
      expect(
        typed(text).filter((n) => n.endsWith('/organization')),
        text,
      ).toEqual([]);
  });
});
