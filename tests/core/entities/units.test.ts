import { describe, expect, it } from 'vitest';
import { assignIds } from '../../../core/entities/coreference';
import { mergeCandidates } from '../../../core/entities/merge';
import { buildTrie, matchAll } from '../../../core/entities/trie';
import { allowedTransition, pathSpans } from '../../../core/entities/viterbi';
import type { Entity } from '../../../core/types';

describe('trie matcher', () => {
  it('finds every entry, overlaps included, in one pass', () => {
    const trie = buildTrie([
      ['東京', 'pref'],
      ['東京都', 'pref'],
      ['京都', 'pref'],
    ]);
    const hits = matchAll('東京都と京都', trie).map((m) => `${m.start}-${m.end}`);
    expect(hits).toEqual(['0-2', '0-3', '1-3', '4-6']);
  });
});

describe('merge', () => {
  it('heavier evidence wins an overlap, then the longer span', () => {
    const out = mergeCandidates(
      [
        { start: 0, end: 4, type: 'place', source: 'tagger', weight: 3 },
        { start: 0, end: 2, type: 'person', source: 'title', weight: 5 },
        { start: 5, end: 7, type: 'place', source: 'gazetteer', weight: 4 },
        { start: 5, end: 9, type: 'organization', source: 'gazetteer', weight: 4 },
      ],
      10,
    );
    expect(out.map((c) => `${c.start}-${c.end}:${c.type}`)).toEqual(['0-2:person', '5-9:organization']);
  });
});

describe('BIO decoding', () => {
  it('an I tag may only continue its own type', () => {
    expect(allowedTransition(-1, 2)).toBe(false);
    expect(allowedTransition(1, 2)).toBe(true);
    expect(allowedTransition(3, 2)).toBe(false);
    expect(pathSpans([0, 1, 2, 0, 3])).toEqual([
      { from: 1, to: 3, type: 0 },
      { from: 4, to: 5, type: 1 },
    ]);
  });
});

describe('coreference ids', () => {
  const e = (text: string, start: number, type: Entity['type'] = 'person'): Entity => ({
    text,
    start,
    end: start + text.length,
    type,
  });
  it('short forms join full names; one name is one entity, of the kind of its fullest name', () => {
    const es = [
      e('セルゲイ・ショイグ', 0),
      e('ロシア', 20, 'place'),
      e('ショイグ', 30),
      e('ショイグ', 40, 'organization'),
    ];
    assignIds('', es);
    expect(es.map((x) => x.id)).toEqual([1, 2, 1, 1]);
    expect(es.map((x) => x.type)).toEqual(['person', 'place', 'person', 'person']);
  });
  it('a bracketed short form takes the kind of the name it abbreviates: アラブ首長国連邦（ＵＡＥ）', () => {
    const text = 'アラブ首長国連邦（ＵＡＥ）';
    const es = [e('アラブ首長国連邦', 0, 'place'), e('ＵＡＥ', 9, 'organization')];
    assignIds(text, es);
    expect(es.map((x) => `${x.id}/${x.type}`)).toEqual(['1/place', '1/place']);
  });
  it('a place inside a longer one is another place: 中国 ≠ 中国広東省; サウジ = サウジアラビア, 東京 = 東京都', () => {
    const es = [
      e('中国広東省', 0, 'place'),
      e('中国', 10, 'place'),
      e('広東省', 20, 'place'),
      e('サウジアラビア', 30, 'place'),
      e('サウジ', 40, 'place'),
      e('東京都', 50, 'place'),
      e('東京', 60, 'place'),
    ];
    assignIds('', es);
    expect(es.map((x) => x.id)).toEqual([1, 2, 1, 3, 3, 4, 4]);
  });
  it('a kanji family name joins the full name: 山本 ↔ 山本一太', () => {
    const es = [e('山本一太', 0), e('山本', 10), e('佐藤', 20)];
    assignIds('', es);
    expect(es.map((x) => x.id)).toEqual([1, 1, 2]);
  });
});
