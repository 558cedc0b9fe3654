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

describe('「AとB両政府」: the government after 両 is both countries’', () => {
  it('the last country is the country alone, a place', () => {
    expect(marks('ドイツとオーストラリア両政府は共同声明を出した。')).toEqual(['ドイツ:place', 'オーストラリア:place']);
    expect(marks('米国とフランス両政府が声明を出した。')).toEqual(['米国:place', 'フランス:place']);
  });
  it('but a part before 両 that no list names is left as it was', () => {
    expect(marks('日米両政府は合意した。')).not.toContain('日米:place');
  });
});
