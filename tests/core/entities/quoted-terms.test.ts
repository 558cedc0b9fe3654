import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { quotedCommonTerms } from '../../../core/entities/quoted-terms';
import { tokenizeText } from '../../../core/text/tokens';
import type { Entity, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const run = (text: string): Entity[] => findEntities(text, tokenizeText(text, tokenizer));
const typed = (text: string): string[] => run(text).map((e) => `${e.text}:${e.type}`);

describe('a quoted term of plain words names nothing', () => {
  it('「重大事態」, 「経済安全保障」: kanji dictionary words in quotes are no product', () => {
    expect(typed('いじめで心身に被害が出た疑いのある「重大事態」は前年より増えた。')).toEqual([]);
    expect(typed('政府は「経済安全保障」を掲げた。')).toEqual([]);
  });
  it('「ニセ警察詐欺」: ニセ (偽) is a plain word, though IPADIC files it as a proper noun', () => {
    expect(typed('静岡県警は「ニセ警察詐欺」への注意を呼びかけた。')).toEqual(['静岡県警:organization']);
  });
});

describe('quoted names stay names', () => {
  it('a title with a particle, a single word, a katakana loanword: 「鬼滅の刃」, 「富岳」, 「ポケットモンスター」', () => {
    const text = '「鬼滅の刃」や「ポケットモンスター」の展示があり、「富岳」も紹介された。';
    expect(run(text).map((e) => e.text)).toEqual(expect.arrayContaining(['鬼滅の刃', 'ポケットモンスター']));
    // A single word in quotes is never taken for a coined term, whatever the tagger makes of it.
    expect(quotedCommonTerms(tokenizeText(text, tokenizer))).toEqual([]);
  });
  it('a title holding a single kanji, or a name ending in an organisation word: 「経済学批判」, 「東西工商会社」', () => {
    expect(typed('マルクスは「経済学批判」を著した。')).toContain('経済学批判:product');
    expect(typed('1910年に「東西工商会社」を設立した。')).toEqual(['東西工商会社:organization']);
  });
  it('a quoted organisation: 「日本銀行」, 「理財局」', () => {
    expect(typed('「日本銀行」と「理財局」の文書。')).toEqual(['日本銀行:organization', '理財局:organization']);
  });
});
