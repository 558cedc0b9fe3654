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
const closing = (credit: string): string[] =>
  typed(`港の再開発、来春着工へ\n桜川市は新しい岸壁の工事を来春に始めると発表した。\n${credit}\n`).filter(
    (n) => !n.startsWith('桜川市'),
  );

describe('the outlet in the credit closing an article is an organisation', () => {
  it('a paper, a wire, a broadcaster closing the article on a line of its own', () => {
    expect(closing('（南海日報）')).toEqual(['南海日報/organization']);
    expect(closing('（東和新報）')).toEqual(['東和新報/organization']);
    expect(closing('（時事）')).toEqual(['時事/organization']);
    expect(closing('（北央放送ニュース）')).toEqual(['北央放送ニュース/organization']);
    expect(closing('（ミライテック・ニュース）')).toEqual(['ミライテック・ニュース/organization']);
  });
  it('a wire credit after the last sentence', () => {
    const text = '見出し\n東和電機は工場の新設を決めた。投資額は約300億円になる。（共同）';
    expect(typed(text)).toContain('共同/organization');
  });
  it('a wire credit in tortoise-shell brackets closing the article', () => {
    expect(closing('〔時事〕')).toEqual(['時事/organization']);
    expect(typed('見出し\n港区は保育所を二つ増やす。定員は計80人になる。〔共同〕')).toContain('共同/organization');
    expect(closing('〔経済部〕')).toEqual([]);
  });
  it('the wire filing a dateline, with or without ＝; a reporter filing it is not marked', () => {
    expect(typed('【カイロ＝共同】エジプト政府は5日、声明を出した。')).toContain('共同/organization');
    expect(typed('【北京時事】中国外務省は5日、声明を出した。')).toContain('時事/organization');
    expect(typed('【ロンドン松井健】英政府は3日、声明を出した。').join()).not.toContain('松井');
    // 共同 in the story is a plain word, not the wire.
    expect(typed('両社は共同で新工場を建てる。').join()).not.toContain('共同');
  });
  it('the outlet beside a desk or a dateline, without the desk', () => {
    expect(closing('（北斗中央新聞　経済部）')).toEqual(['北斗中央新聞/organization']);
    expect(closing('（アジア時報通信　社会部）')).toEqual(['アジア時報通信/organization']);
    expect(closing('（ジュネーブ＝東和通信）')).toContain('東和通信/organization');
  });
  it('an outlet known by its shape: katakana words, or words with a proper noun', () => {
    expect(closing('（スポーツ南海）')).toEqual(['スポーツ南海/organization']);
    expect(closing('（ファイナンス・ワイヤー）')).toEqual(['ファイナンス・ワイヤー/organization']);
  });
  it('but a desk, a bureau, a note or a single word names no outlet', () => {
    for (const credit of [
      '（経済部）',
      '（桜川支局）',
      '（デジタル編集部）',
      '（敬称略）',
      '（おわり）',
      '（続く）',
      '（インタビュー）',
      '（フォトギャラリー）',
      '（ニュース解説）',
      '（随時掲載）',
    ])
      expect(closing(credit), credit).toEqual([]);
  });
  it('a bracket in the body is no credit', () => {
    // Plain words that only the credit's place makes a name (南海日報 is a paper's name wherever it
    // stands: trade-names.ts).
    expect(typed('見出し\n会見は短かった（北央放送ニュース）と記者は書いた。続報を待つ。')).not.toContain(
      '北央放送ニュース/organization',
    );
  });
});
