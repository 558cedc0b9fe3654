import type { Token } from '../types';
import { feat } from './feature-hash';
import { matchAll, type TrieNode } from './trie';

/**
 * Extra tagger features per token from dictionary evidence: a hit on the name lists that starts and
 * ends on token boundaries marks its tokens B/I/E/S with the list's label, so 「東京都千代田区」 gives
 * 東京 "gS=pref"… The tagger learns how far to trust each list.
 */
export function evidenceFeatures(text: string, tokens: readonly Token[], lists: readonly TrieNode[]): number[][] {
  const out: number[][] = tokens.map(() => []);
  if (tokens.length === 0) return out;
  const startIdx = new Map<number, number>();
  const endIdx = new Map<number, number>();
  tokens.forEach((t, i) => {
    startIdx.set(t.start, i);
    endIdx.set(t.end, i);
  });
  for (const list of lists) {
    for (const m of matchAll(text, list)) {
      const a = startIdx.get(m.start);
      const b = endIdx.get(m.end);
      if (a === undefined || b === undefined) continue;
      for (const label of m.labels) {
        if (a === b) {
          out[a]?.push(feat(200, label));
          continue;
        }
        out[a]?.push(feat(201, label));
        for (let i = a + 1; i < b; i++) out[i]?.push(feat(202, label));
        out[b]?.push(feat(203, label));
      }
    }
  }
  return out;
}
