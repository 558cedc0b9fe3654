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

describe('a university’s short form in 大 before one of its academics', () => {
  it('X大の or X大・ then a name and an academic title: the university is an organisation', () => {
    expect(marks('新薬の治験を率いたボストン大のメアリー・ブラウン教授は語った。')).toContain(
      'ボストン大:organization',
    );
    expect(marks('栄養学が専門の帝都体育大・岡本亮介教授は話す。')).toContain('帝都体育大:organization');
    expect(marks('栄養学が専門の関東体育大・岡本亮介教授は話す。')).toContain('関東体育大:organization');
  });
  it('a faculty after 大 is part of the name', () => {
    expect(marks('新潟大医学部の山本花子准教授（免疫学）は話した。')).toEqual([
      '新潟大医学部:organization',
      '山本花子:person',
    ]);
  });
  it('a plain word in 大, or 大 with no academic after it, is left alone', () => {
    expect(marks('最大・山田太郎教授は話す。')).toEqual(['山田太郎:person']);
    expect(marks('今回の拡大・縮小が話題になった。')).toEqual([]);
    expect(marks('声の大・小を測った。')).toEqual([]);
  });
});
