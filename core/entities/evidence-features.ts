import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { feat } from './feature-hash';
import { matchAll, type Trie, type TrieMatch } from './trie';

/** Index of the token starting exactly at `offset` (or ending there, with `end`), else -1. */
function tokenIndex(tokens: readonly Token[], offset: number, end: boolean): number {
  const i = tokenAt(tokens, end ? offset - 1 : offset);
  const t = tokens[i];
  if (!t) return -1;
  return (end ? t.end : t.start) === offset ? i : -1;
}

/**
 * Extra tagger features per token from dictionary evidence: a hit on the name lists that starts and
 * ends on token boundaries marks its tokens B/I/E/S with the list's label, so 「東京都千代田区」 gives
 * 東京 an S feature for prefectures… The tagger learns how far to trust each list. Sparse: most tokens
 * have no entry. A list may come as its trie or as its matches, when the caller already has them.
 */
export function evidenceFeatures(
  text: string,
  tokens: readonly Token[],
  lists: readonly (Trie | readonly TrieMatch[])[],
): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(tokens.length);
  if (tokens.length === 0) return out;
  const push = (i: number, f: number) => {
    let row = out[i];
    if (!row) {
      row = [];
      out[i] = row;
    }
    row.push(f);
  };
  for (const list of lists) {
    for (const m of Array.isArray(list) ? list : matchAll(text, list as Trie)) {
      const a = tokenIndex(tokens, m.start, false);
      const b = a < 0 ? -1 : tokenIndex(tokens, m.end, true);
      if (a < 0 || b < 0) continue;
      for (const label of m.labels) {
        if (a === b) {
          push(a, feat(200, label));
          continue;
        }
        push(a, feat(201, label));
        for (let i = a + 1; i < b; i++) push(i, feat(202, label));
        push(b, feat(203, label));
      }
    }
  }
  return out;
}
