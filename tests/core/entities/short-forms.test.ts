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

describe('a body named in full, then by the openings of its words', () => {
  it('the short form is the body’s name, after it or before it in the headline', () => {
    for (const [text, short] of [
      ['中央選挙管理委員会は23日、投票率を発表した。選管によると、投票率は52％だった。', '選管'],
      ['得票率52％、選管発表。中央選挙管理委員会が28日発表した開票結果によると、与党が勝った。', '選管'],
      ['日本商工経営者協会の会長は述べた。経営協によりますと、加盟社は３００社だということです。', '経営協'],
      ['国家公安委員会は会合を開いた。公安委は、警察官の増員を求めた。', '公安委'],
    ] as const)
      expect(typed(text), text).toContain(`${short}/organization`);
  });
  it('a piece of the name as it stands, or characters that open no word of it, shorten nothing', () => {
    for (const [text, word] of [
      ['中央選挙管理委員会は23日、投票率を発表した。選挙は平穏だった。', '選挙'],
      ['国際協力機構は支援を始めた。国力の差は大きい。', '国力'],
      ['中央選挙管理委員会の委員が交代した。管理の徹底を求めた。', '管理'],
      // Without the name's own word, a kind of body; 同会 points back; whole words shorten nothing.
      ['宮古湾漁業協同組合の集計では、水揚げは3割減った。漁協は支援を求めた。', '漁協'],
      ['北浜市立中央病院は23日、謝罪した。市立病院では患者が増えている。', '市立病院'],
      ['東和文化協会は声明を出した。同会によると、会員は200人だ。', '同会'],
    ] as const)
      expect(typed(text), text).not.toContain(`${word}/organization`);
  });
});
