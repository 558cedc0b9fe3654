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

describe('a body, ・, a person: the affiliation and the person', () => {
  it('「…大学・…教授」 is a university and a professor, not one person', () => {
    expect(marks('経済学が専門の早坂大学・岡田真理教授は「消費は戻る」と話す。')).toEqual([
      '早坂大学:organization',
      '岡田真理:person',
    ]);
  });
  it('a foreign name joined by ・ stays one person, and two people are not split', () => {
    expect(marks('ジョン・スミス氏が来日した。')).toEqual(['ジョン・スミス:person']);
    expect(marks('山田太郎・花子夫妻が出席した。')).not.toContain('山田太郎:organization');
  });
});
