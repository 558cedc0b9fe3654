import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import type { Candidate } from '../../../core/entities/candidate';
import { splitNamePrefixes } from '../../../core/entities/name-prefixes';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

const cand = (start: number, end: number, type: Candidate['type'] = 'organization'): Candidate => ({
  start,
  end,
  type,
  source: 'tagger',
  weight: 10,
});
const shown = (text: string, cs: readonly Candidate[]) => cs.map((c) => `${text.slice(c.start, c.end)}/${c.type}`);

describe('splitNamePrefixes', () => {
  it('a country short form before a foreign name is a place of its own: 米オープンＡＩ, 英アーム', () => {
    const text = '米オープンＡＩと英アーム';
    expect(shown(text, splitNamePrefixes(text, [cand(0, 7), cand(8, 12)]))).toEqual([
      '米/place',
      'オープンＡＩ/organization',
      '英/place',
      'アーム/organization',
    ]);
  });
  it('not before kanji, nor when one character would be left: 米国務省, 米Ｘ', () => {
    const text = '米国務省と米Ｘ';
    expect(shown(text, splitNamePrefixes(text, [cand(0, 4), cand(5, 7)]))).toEqual([
      '米国務省/organization',
      '米Ｘ/organization',
    ]);
  });
  it("a player's position is taken off and the rest is a person: ＦＷ興梠慎三", () => {
    const text = 'ＦＷ興梠慎三';
    expect(shown(text, splitNamePrefixes(text, [cand(0, 6)]))).toEqual(['興梠慎三/person']);
  });
  it('a league before a club is taken off: Ｊ１浦和レッズ', () => {
    const text = 'Ｊ１浦和レッズ';
    expect(shown(text, splitNamePrefixes(text, [cand(0, 7)]))).toEqual(['浦和レッズ/organization']);
  });
});

describe('in findEntities', () => {
  let tokenizer: Tokenizer;
  beforeAll(async () => {
    tokenizer = await loadNodeTokenizer();
  });
  const names = (text: string) => findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}/${e.type}`);
  it('米ブルームバーグ通信 is the US and the agency', () => {
    expect(names('米ブルームバーグ通信によると、株価は上がった。')).toEqual([
      '米/place',
      'ブルームバーグ通信/organization',
    ]);
  });
  it('a common acronym is no organisation, whoever proposed it: 自動運転向けＡＩ, ＭＦ', () => {
    const found = names('両社は自動運転向けＡＩを開発する。ＭＦマテウス・サビオが決勝点を挙げた。');
    expect(found.some((n) => n.startsWith('ＡＩ') || n.startsWith('ＭＦ'))).toBe(false);
    expect(found).toContain('マテウス・サビオ/person');
  });
});

describe('a position is glued only before a name in kana or kanji', () => {
  let tokenizer: Tokenizer;
  beforeAll(async () => {
    tokenizer = await loadNodeTokenizer();
  });
  it('ＧＫＩＤＳ keeps its ＧＫ', () => {
    const text = '北米ではＧＫＩＤＳが配給した。';
    expect(findEntities(text, tokenizeText(text, tokenizer)).map((e) => e.text)).not.toContain('ＩＤＳ');
  });
});
