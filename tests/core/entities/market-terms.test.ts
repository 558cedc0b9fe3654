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

describe('a market or an index named after a city or a paper', () => {
  it('a city’s market of a trade is no place; the city in it is', () => {
    const names = typed('5日の東京株式市場で日経平均株価は続落した。');
    expect(names).not.toContain('東京株式市場/place');
    expect(names).toContain('東京/place');
    expect(typed('ニューヨーク外国為替市場で円相場は上昇した。')).not.toContain('ニューヨーク外国為替市場/place');
    expect(typed('大阪債券市場の取引は薄かった。')).not.toContain('大阪債券市場/place');
  });
  it('an index named after a paper is not the paper', () => {
    expect(typed('日経平均は3日ぶりに反発した。')).not.toContain('日経/organization');
    expect(typed('5日の日経平均株価の終値は小幅に上がった。')).not.toContain('日経/organization');
  });
  it('but the paper itself and a market that is a facility stay', () => {
    expect(typed('日経によると、同社は新工場を建てる。')).toContain('日経/organization');
    expect(typed('豊洲市場で初競りがあった。')).toContain('豊洲市場/place');
  });
});
