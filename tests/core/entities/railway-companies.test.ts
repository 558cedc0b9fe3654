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

describe('a railway company named by the group’s letters and its region is an organisation', () => {
  it('half- or full-width letters before the region it serves', () => {
    expect(typed('ＪＲ九州によりますと、本線は運転を見合わせた。')).toEqual(['ＪＲ九州/organization']);
    expect(typed('JR九州の株価が上がった。')).toEqual(['JR九州/organization']);
  });
  it('but a line or a station after the letters stays a place', () => {
    expect(typed('JR鹿児島本線が止まった。')).toEqual(['JR鹿児島本線/place']);
    expect(typed('JR新宿駅で降りた。')).toEqual(['JR新宿駅/place']);
  });
});
