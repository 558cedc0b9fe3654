import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const names = (text: string) => findEntities(text, tokenizeText(text, tokenizer)).map((e) => e.text);

describe('a name never begins with the ケ / ヶ / ノ linking two of its kanji', () => {
  it.each([
    // IPADIC reads 雲|ケ|原村: the tagger found ケ原村 or 原村.
    ['島根県中部の山あいにある雲ケ原村の人口が、1000人を割り込もうとしている。', '雲ケ原村'],
    ['霧ケ原村は、被害額が2億円を超えるとみている。', '霧ケ原村'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('the place before stays a name of its own (島根県の雲ケ原村 → 島根県, 雲ケ原村)', () => {
    expect(names('島根県の雲ケ原村の人口は812人だった。')).toEqual(['島根県', '雲ケ原村']);
  });
});
