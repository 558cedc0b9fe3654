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

describe('a country’s name as the scope of a clock, a ranking or a first', () => {
  it('日本時間, 日本歴代, 日本初, 日本新記録 name no place', () => {
    expect(marks('日本時間の午前3時に打ち上げた。')).toEqual([]);
    expect(marks('米国時間の正午に始まる。')).toEqual([]);
    expect(marks('日本歴代2位の記録で優勝した。')).toEqual([]);
    expect(marks('日本初公開の作品が並ぶ。')).toEqual([]);
    expect(marks('日本新記録を出した。')).toEqual([]);
  });
  it('a span read past 勢 is no name, the country before 勢 is', () => {
    expect(marks('日本勢トップは5位だった。')).not.toContain('日本勢トップ:organization');
    expect(marks('米国勢との競争が激しい。')).toEqual(['米国:place']);
  });
  it('the country itself is kept: 日本と韓国, 日本国内, 日本側, 日本新党', () => {
    expect(marks('日本と韓国が合意した。')).toEqual(['日本:place', '韓国:place']);
    expect(marks('日本国内の出荷が減った。')).toEqual(['日本:place']);
    expect(marks('日本側は反発した。')).toEqual(['日本:place']);
    expect(marks('日本新党の議員が集まった。')).toEqual(['日本新党:organization']);
  });
});
