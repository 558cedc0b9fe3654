import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const names = (text: string): string[] => findEntities(text, tokenizeText(text, tokenizer)).map((e) => e.text);

describe('a count of places names none', () => {
  it('a number of municipalities or prefectures, in kanji numerals', () => {
    expect(names('県内六十市町村のうち、半数が導入した。')).toEqual([]);
    expect(names('全国四十七都道府県で実施した。')).toEqual([]);
  });
  it('but names the dictionary knows whole keep their numbers', () => {
    expect(names('七十七銀行は決算を発表した。')).toEqual(['七十七銀行']);
    expect(names('十日町市で会合が開かれた。')).toEqual(['十日町市']);
  });
});
