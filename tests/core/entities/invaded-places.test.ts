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

describe('a place with an act done to it is the place, not an event', () => {
  it('an invasion or an annexation named by the place it befell', () => {
    expect(typed('ウクライナ侵攻から3年がたった。')).toEqual(['ウクライナ/place']);
    expect(typed('クリミア併合を非難する声明を出した。')).toEqual(['クリミア/place']);
  });
  it('but an event named otherwise keeps its kind, and the act alone names nothing', () => {
    expect(typed('パリ五輪が開幕した。')).toEqual(['パリ五輪/event']);
    expect(typed('国境を越えた侵攻が続く。')).toEqual([]);
  });
});
