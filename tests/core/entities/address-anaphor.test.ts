import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const entities = (text: string) => findEntities(text, tokenizeText(text, tokenizer));
const typed = (text: string): string[] => entities(text).map((e) => `${e.text}/${e.type}`);

describe('an address under a place named before is no name of its own', () => {
  it('同市, 同町 + a district', () => {
    for (const text of [
      '無職の男（35）＝同市緑町3丁目＝を逮捕した。',
      '会社員の女（28）＝同町本郷1丁目＝が書類送検された。',
      '同県北部で大雨が続いた。',
    ])
      expect(
        typed(text).filter((n) => n.startsWith('同')),
        text,
      ).toEqual([]);
  });
});
