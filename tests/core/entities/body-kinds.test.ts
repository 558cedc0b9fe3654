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

describe('media named after what they are (紙, 誌, テレビ局, 通信社, サイト)', () => {
  it('a paper, a journal, a station, an agency, a site are organisations', () => {
    for (const [text, name] of [
      ['英紙ロンドン・ポストは、首相が辞任を検討していると報じた。', 'ロンドン・ポスト'],
      ['独スポーツ紙「フースバル・ブラット」が報じたもので、移籍金は推定500万ユーロ。', 'フースバル・ブラット'],
      [
        '論文は国際医学誌「ジャーナル・オブ・スリープ・ヘルス」の電子版に掲載された。',
        'ジャーナル・オブ・スリープ・ヘルス',
      ],
      ['地元テレビ局カナル・スール・ノティシアスは、5人が死亡したと伝えた。', 'カナル・スール・ノティシアス'],
      ['通信社アンデス・プレスによると、避難者は1000人を超えた。', 'アンデス・プレス'],
      [
        '英移籍情報サイト「トランスファー・ウォッチ」は、別の2クラブも獲得に動いていると伝えた。',
        'トランスファー・ウォッチ',
      ],
      ['資格予備校「キャリアゲート」の講師、森田一郎さん（45）は話した。', 'キャリアゲート'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('同紙 and a paper’s kind alone are not names', () => {
    expect(typed('同紙によると、首相は辞任を否定した。')).toEqual([]);
    expect(typed('スポーツ紙の記者は話した。')).toEqual([]);
  });
  it('紙 or 誌 opening a compound is the material, no paper: 紙オムツ, 紙パック', () => {
    for (const text of ['紙オムツの出荷が3割増えた。', '紙パックの回収量は2割減った。', '紙カップの需要が伸びた。'])
      expect(typed(text), text).toEqual([]);
    expect(typed('地元紙ノース・ポストによると、被害は3件だった。')).toContain('ノース・ポスト/organization');
  });
});

describe('a body’s name after its kind and の or ・', () => {
  it('a company, a group of members, a foundation are organisations', () => {
    for (const [text, name] of [
      ['民間調査会社の東邦リサーチがまとめた予想では、利益は3割増える。', '東邦リサーチ'],
      ['格付け会社のアジア・クレジット・スコア（ACS）は報告書をまとめた。', 'アジア・クレジット・スコア'],
      ['最大会派・県政クラブの幹事長は反対を表明した。', '県政クラブ'],
      ['一般社団法人・資格試験振興センター（東京都港区）は1日、出願者数を発表した。', '資格試験振興センター'],
      ['人材サービス大手のキャリアリンク（東京都渋谷区）は10日、調査結果を発表した。', 'キャリアリンク'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('a plain word after the kind, or two kinds in a list, name nothing', () => {
    for (const text of [
      '調査会社のアナリストは慎重だ。',
      '調査機関の研究チームが発表した。',
      '企業・団体の寄付は禁止されている。',
      '調査会社のデータセンターが稼働した。',
    ])
      expect(typed(text), text).toEqual([]);
  });
});

describe('bodies named by their last word', () => {
  it('a maker, a union, a commission’s short form, a staff office', () => {
    for (const [text, name] of [
      ['精密機器大手の東洋精機は、純利益が最高になったと発表した。', '東洋精機'],
      ['海浜交通労組は13日、24時間ストライキを通告した。', '海浜交通労組'],
      ['国の運輸安全委は調査官2人を派遣した。', '運輸安全委'],
      ['国の運輸安全委員会は同日、調査官3人を現地に派遣した。', '運輸安全委員会'],
      ['防衛省統合幕僚監部は、艦艇3隻が津軽海峡を通過したと発表した。', '防衛省統合幕僚監部'],
    ] as const)
      expect(typed(text), text).toContain(`${name}/organization`);
  });
  it('a festival’s 実行委 and a party by its rank name nothing', () => {
    expect(typed('まつりの実行委によると、来場者は最多だった。')).toEqual([]);
    expect(typed('一方、野党第1党の改革未来党は合意を批判した。')).not.toContain('野党第1党/organization');
  });
  it('what a thing is for and a kind of thing is no name (生成AI向けデータセンター)', () => {
    expect(typed('生成AI向けデータセンターへの投資が拡大した。')).toEqual([]);
  });
});

describe('a club: its home place and a katakana nickname, in a sentence about a game', () => {
  it('is an organisation', () => {
    expect(typed('最も観客を集めたのは男子の神戸グリフォンズで、ホーム30試合の平均は5,210人。')).toContain(
      '神戸グリフォンズ/organization',
    );
    const game = typed('◇仙台ファルコンズ5―3大阪ストライカーズ（2日・仙台ドーム）');
    expect(game).toContain('大阪ストライカーズ/organization');
    expect(game).toContain('仙台ドーム/place');
  });
  it('a city’s own museum with 市 stays what it was', () => {
    expect(typed('多治見市モザイクミュージアムは、同市笠原町2082-5にある。')).not.toContain(
      '多治見市モザイクミュージアム/organization',
    );
  });
});
