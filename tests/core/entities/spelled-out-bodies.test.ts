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

describe('a body spelled out in plain words is named by the initials in brackets after it', () => {
  it('an association, an agency, a bank: the name and its initials', () => {
    expect(typed('業界団体の国際食品包装機械協会（IFPA）によると、出荷額が増えた。')).toEqual([
      '国際食品包装機械協会/organization',
      'IFPA/organization',
    ]);
    expect(typed('送配電広域調整運営機関（ＳＨＯＣ）が需要の見通しを公表した。')).toEqual([
      '送配電広域調整運営機関/organization',
      'ＳＨＯＣ/organization',
    ]);
    expect(typed('これは国際エネルギー機関（IEA）が春にまとめた報告だ。')).toContain('国際エネルギー機関/organization');
  });
  it('full-width initials after a body take its kind', () => {
    expect(typed('人権団体「政治犯救援会（ＰＲＡ）」の集計では増えた。')).toContain('ＰＲＡ/organization');
  });
  it('but the initials of a common noun, or a body pointed at, name nothing new', () => {
    expect(typed('電気自動車（ＥＶ）の販売が伸びた。')).toEqual([]);
    expect(typed('非政府組織（NGO）が支援に入った。')).toEqual([]);
    expect(typed('国内総生産（ＧＤＰ）は増えた。')).toEqual([]);
    // 機関 after one plain word is a kind of body: 金融機関.
    expect(typed('全国の金融機関（FI）が対象になる。').join()).not.toContain('金融機関');
    // Without initials, plain words before 機関 name no body.
    expect(typed('送配電広域調整運営機関が需要の見通しを公表した。').join()).not.toContain('機関');
  });
  it('a name the tagger read as a person is a body when capitals in brackets stand for it', () => {
    expect(typed('中国の比亜迪（ＢＹＤ）などの攻勢が続く。')).toContain('比亜迪/organization');
    expect(typed('台湾の半導体大手、華晶光電（CSOT）は決算を発表した。')).toContain('CSOT/organization');
    // An athlete's country code follows a name spelled all of person-name words; a person's spelling mixes cases.
    expect(typed('山田太郎（JPN）が優勝した。')).toContain('山田太郎/person');
    expect(typed('習近平（Xi Jinping）国家主席は述べた。')).toContain('習近平/person');
  });
  it('an inquiry council spelled out in plain words is a body; a research firm is not', () => {
    expect(typed('建築資材価格調査会によると、工事費は上がった。')).toEqual(['建築資材価格調査会/organization']);
    expect(typed('民間の調査会社が調べた。')).toEqual([]);
    expect(typed('調査会が設置された。')).toEqual([]);
  });
});
