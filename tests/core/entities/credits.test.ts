import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { creditSpans } from '../../../core/entities/credits';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const names = (text: string): string[] => findEntities(text, tokenizeText(text, tokenizer)).map((e) => e.text);
const credited = (text: string): string[] => creditSpans(text).map((s) => text.slice(s.start, s.end));

describe('credits name who made the article, not who is in it', () => {
  it('a photographer in a caption’s credit is not marked; the caption’s subject is', () => {
    const text = '会見する鈴木一郎社長＝3日、東京都港区、山本花子撮影';
    expect(credited(text)).toEqual(['＝3日、東京都港区、山本花子撮影']);
    expect(names(text)).toEqual(['鈴木一郎']);
    expect(names('式典であいさつする佐藤知事（中村健撮影）')).toEqual(['佐藤']);
  });
  it('credits in brackets: a picture’s source, an agency, a copyright line', () => {
    expect(credited('新しい駅舎の完成予想図（大和鉄道提供）')).toEqual(['（大和鉄道提供）']);
    expect(credited('会談に臨む両首脳（ＡＰ＝共同）')).toEqual(['（ＡＰ＝共同）']);
    expect(credited('港に停泊する船[Mika Tanaka/AFP]')).toEqual(['[Mika Tanaka/AFP]']);
    expect(credited('（写真・北日本新聞社）')).toEqual(['（写真・北日本新聞社）']);
    expect(credited('記事の本文。\n（ｃ）北日本新聞社')).toEqual(['（ｃ）北日本新聞社']);
    expect(names('（ｃ）北日本新聞社')).toEqual([]);
  });
  it('a line of reporters ending in the time it was filed is a byline', () => {
    const text = '見出し\n高田誠、井上真理2025年3月10日 12時30分\n本文は森山市長の発言から始まる。';
    expect(credited(text)).toEqual(['高田誠、井上真理2025年3月10日 12時30分']);
    expect(names(text)).toEqual(['森山']);
  });
  it('a reporter’s signature closing a paragraph is not marked', () => {
    expect(credited('市は来年度に結論を出す。【松田彩花】')).toEqual(['【松田彩花】']);
    expect(credited('本文の終わり。\n（経済部　川村優子）')).toEqual(['（経済部　川村優子）']);
  });
  it('but who spoke after a quote, a dateline and a place in brackets stay', () => {
    expect(credited('「音が聞こえた」（近所の住民）')).toEqual([]);
    expect(credited('【ワシントン＝共同】米政府は3日、声明を出した。')).toEqual(['＝共同']);
    expect(credited('【ロンドン松井健】英政府は3日、声明を出した。')).toEqual(['松井健']);
    expect(credited('ＶＬＰジャパン（東京）が開発を進める。')).toEqual([]);
    expect(names('【ワシントン＝共同】米政府は3日、声明を出した。')).toContain('ワシントン');
  });
});
