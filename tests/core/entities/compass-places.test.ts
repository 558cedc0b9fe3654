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

describe('a katakana name after a compass part is a place there', () => {
  it('「南東部マリウポリ」: the town, a place, without the compass word', () => {
    expect(marks('撤退した部隊の多くは南東部マリウポリの製鉄所で戦った。')).toContain('マリウポリ:place');
    expect(marks('北部ハルキウの攻防が続く。')).toEqual(['ハルキウ:place']);
  });
  it('but a company named by a compass part and a plain word stays a company', () => {
    expect(marks('西部ガスと中部電力が提携した。')).toEqual(['西部ガス:organization', '中部電力:organization']);
  });
});
