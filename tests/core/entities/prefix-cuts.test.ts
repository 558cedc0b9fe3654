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

describe('a name never ends in a prefix cut from its noun', () => {
  it('a period word and 純 cut from 純利益 are no person', () => {
    expect(names('23年の今期純利益は増えた。')).toEqual([]);
    expect(names('来期純損益は赤字となる見通しだ。')).toEqual([]);
  });
  it('but a given name starting with the same kanji stays a person', () => {
    expect(names('山田純一郎は話した。')).toEqual(['山田純一郎']);
    // 平 is also IPADIC's prefix (平社員), but here it ends a given name after a name's word.
    expect(names('試合では大谷翔平選手が打った。')).toContain('大谷翔平');
  });
});
