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

describe('the noun before a name says what kind it is', () => {
  it('a quoted name after its kind: an organisation, a restaurant, a magazine, a building', () => {
    expect(marks('研究者の団体「みらい会」が声明を出した。')).toContain('みらい会:organization');
    expect(marks('老舗の料亭「松葉亭」で会合が開かれた。')).toContain('松葉亭:place');
    expect(marks('文芸誌「群像」に掲載された。')).toEqual(['群像:organization']);
    expect(marks('本部が入るビル「港南会館」に集まった。')).toEqual(['港南会館:place']);
  });
  it('an alias in brackets inside the quotes is cut off and marked as the same kind', () => {
    expect(marks('事業組合のコンソーシアム「ＸＹＺ（エックスワイゼット）」が主催した。')).toEqual([
      'ＸＹＺ:organization',
      'エックスワイゼット:organization',
    ]);
  });
  it('a katakana name right after a word for a town is a place', () => {
    expect(marks('州北部の町ダンボアで攻撃があった。')).toEqual(['ダンボア:place']);
  });
  it('but a plain word after it is no name, and a listed name keeps its kind', () => {
    expect(marks('町エリアの開発が進む。')).toEqual([]);
    expect(marks('観光都市パリを訪れた。')).toEqual(['パリ:place']);
  });
});

describe('the description before a kind noun names nothing', () => {
  it('「過激派組織「…」」: the description is no organisation; the name before it stays', () => {
    expect(marks('イスラム過激派組織「ボコ・ハラム」の戦闘員が襲撃した。')).toEqual(['ボコ・ハラム:organization']);
    expect(marks('米半導体大手「エヌビディア」が発表した。')[0]).toBe('米:place');
  });
});

describe('a faction or a non-profit before a quoted name, and a body kind with の', () => {
  it('「派閥「…」」 and 「NGO「…」」 name organisations', () => {
    expect(marks('与党の派閥「未来戦略研究会」が勉強会を開いた。')).toContain('未来戦略研究会:organization');
    expect(marks('人権を監視する英NGO「WRX」の報告では、拘束者が増えた。')).toContain('WRX:organization');
  });
  it('a body kind, の, then its quoted name: the name is the body', () => {
    expect(marks('市民団体の「アオゾラ」が声明を出した。')).toEqual(['アオゾラ:organization']);
    expect(marks('県内のスーパーの「マルカネ」が閉店を決めた。')).toContain('マルカネ:organization');
  });
  it('but a plain word quoted after の is what the body wrote, and other kinds with の stay unread', () => {
    expect(marks('業界団体の「ガイドライン」を改めた。')).toEqual([]);
    expect(marks('市民団体の「要望書」を受け取った。')).toEqual([]);
    expect(marks('大会の「目玉」は新しい種目だ。')).toEqual([]);
  });
});

describe('a fund before its name', () => {
  it('「投資ファンドの…・キャピタル」 is the firm, not a person’s full name', () => {
    expect(marks('米投資ファンドのウィンターロック・キャピタルは買収を発表した。')).toContain(
      'ウィンターロック・キャピタル:organization',
    );
  });
  it('but a fund alone names nothing', () => {
    expect(marks('ファンドの運用成績が悪化した。')).toEqual([]);
  });
});

describe('a journal’s or a paper’s title right after its kind', () => {
  it('is its publisher’s name even where the katakana is a plain word', () => {
    expect(marks('独科学誌エクスペリメントに掲載された。')).toContain('エクスペリメント:organization');
    expect(marks('米医学誌ランセットの論文によると、症例が増えた。')).toContain('ランセット:organization');
  });
  it('but after other kinds a plain katakana word is still no name', () => {
    expect(marks('町エリアの開発が進む。')).toEqual([]);
  });
});
