import { describe, expect, it } from 'vitest';
import { buildTrie, matchAll, type TrieMatch, trieLabels } from '../../../core/entities/trie';
import { ORGANIZATION_NAMES } from '../../../core/lexicon/gazetteer-orgs';
import { PERSON_NAMES } from '../../../core/lexicon/gazetteer-people';
import { PLACE_NAMES } from '../../../core/lexicon/gazetteer-places';

const GAZETTEERS = [...PLACE_NAMES, ...ORGANIZATION_NAMES, ...PERSON_NAMES].map(([n, l]) => [n, l] as const);

/** The matcher's contract, by brute force: every substring the lists hold, by start then length. */
function reference(text: string, entries: readonly (readonly [string, string])[]): TrieMatch[] {
  const labels = new Map<string, string[]>();
  for (const [surface, label] of entries) {
    const l = labels.get(surface) ?? [];
    if (!l.includes(label)) l.push(label);
    labels.set(surface, l);
  }
  const out: TrieMatch[] = [];
  for (let s = 0; s < text.length; s++)
    for (let e = s + 1; e <= text.length; e++) {
      const l = labels.get(text.slice(s, e));
      if (l) out.push({ start: s, end: e, labels: l });
    }
  return out;
}

describe('trie over the gazetteers', () => {
  const trie = buildTrie(GAZETTEERS);

  it('finds exactly what the lists hold in sentences of ours', () => {
    for (const text of [
      '東京都千代田区で開かれた会合には、大阪府や北海道の担当者も出席した。',
      '国際連合の報告によると、ロシアとウクライナの協議は続いている。',
      '京都から来た観光客は、名古屋市の港で船を待った。',
    ])
      expect(matchAll(text, trie)).toEqual(reference(text, GAZETTEERS));
  });

  it('finds every name of the lists, run together, with every overlap', () => {
    // Names side by side make overlaps the lists never meant (「…市大阪…」): the brute force sees them all too.
    const text = GAZETTEERS.filter((_, i) => i % 7 === 0)
      .map(([name]) => name)
      .join('');
    expect(matchAll(text, trie)).toEqual(reference(text, GAZETTEERS));
  });

  it('looks a whole name up exactly', () => {
    for (const [name] of GAZETTEERS.filter((_, i) => i % 5 === 0))
      expect(trieLabels(trie, name)).toEqual(
        reference(name, GAZETTEERS).find((m) => m.end === name.length && m.start === 0)?.labels,
      );
    expect(trieLabels(trie, '')).toBeNull();
    expect(trieLabels(trie, '東京都千代田区役所前交差点')).toBeNull();
  });
});

describe('trie', () => {
  it('keeps a surface’s labels in the order the entries give them, once each', () => {
    const trie = buildTrie([
      ['山田', 'person'],
      ['山田', 'place'],
      ['山田', 'person'],
      ['山', 'mountain'],
    ]);
    expect(trieLabels(trie, '山田')).toEqual(['person', 'place']);
    expect(matchAll('山田川', trie)).toEqual([
      { start: 0, end: 1, labels: ['mountain'] },
      { start: 0, end: 2, labels: ['person', 'place'] },
    ]);
    expect(trieLabels(trie, '田')).toBeNull();
  });

  it('matches units above the Basic Multilingual Plane and an empty list', () => {
    const trie = buildTrie([['𠮷野家', 'org']]);
    expect(matchAll('新しい𠮷野家', trie)).toEqual([{ start: 3, end: 7, labels: ['org'] }]);
    expect(matchAll('東京', buildTrie([]))).toEqual([]);
  });
});
