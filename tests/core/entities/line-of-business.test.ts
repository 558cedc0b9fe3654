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

describe('a firm named in katakana or Latin letters after its line of business', () => {
  it('the name is an organisation, whatever the verb or the register', () => {
    for (const [text, name] of [
      ['人材サービス大手の「パーソナルリンク」が同日発表した調査では、転職希望者は3割だった。', 'パーソナルリンク'],
      ['旅行予約サイトを運営するトラベリアによりますと、3月の予約は2倍になったということです。', 'トラベリア'],
      ['全国に42施設を展開するミヤビホテルズによると、客室稼働率は8割を超えた。', 'ミヤビホテルズ'],
      ['ゲーム開発のルミナスワークスは今年2月、売上高が１２億円だったとしています。', 'ルミナスワークス'],
      ['物流サービスのハヤテ・ロジスティクスがまとめた調査によると、配送量は5％増えた。', 'ハヤテ・ロジスティクス'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('what the firms make or do is no firm', () => {
    for (const text of [
      'スマートフォンメーカーのシェアは3割だった。',
      '人材サービス大手のサービスが広がった。',
      '動画配信サービスのアプリを使う人が増えた。',
      '通販サイトを運営する会社は多い。',
      '家電メーカーのテレビは売れている。',
    ])
      expect(
        typed(text).filter((n) => n.endsWith('/organization')),
        text,
      ).toEqual([]);
  });
});
