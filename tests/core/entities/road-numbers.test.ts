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

describe('a numbered road is a place', () => {
  it('国道, 県道 and 都道 with their number', () => {
    expect(typed('並行する国道135号も夕方まで渋滞した。')).toContain('国道135号/place');
    expect(typed('県道12号線は倒木で通行止めになった。')).toContain('県道12号線/place');
    expect(typed('都道４１３号の一部区間が封鎖された。')).toContain('都道４１３号/place');
    expect(typed('国道8号で車3台が絡む事故があった。')).toContain('国道8号/place');
  });
  it('a number of other things is no road', () => {
    expect(typed('台風12号は北上を続けている。')).toEqual([]);
    expect(typed('国道沿いの店は12号店まで増えた。')).toEqual([]);
  });
});
