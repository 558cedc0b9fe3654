/**
 * A character trie over name lists (gazetteers and the tagger's name lexicon). Matching walks the
 * trie from each offset of the text, so the cost is the text length times the depth actually
 * matched (a few characters on average), never a scan of the list.
 */
export interface TrieNode {
  next: Map<number, TrieNode>;
  /** Labels of the entries ending here: 「ロシア」 → ['country']. */
  labels: string[] | null;
}

/** One dictionary hit in the text. */
export interface TrieMatch {
  start: number;
  end: number;
  labels: readonly string[];
}

/** Builds a trie from [surface, label] pairs; a surface may carry several labels. */
export function buildTrie(entries: Iterable<readonly [string, string]>): TrieNode {
  const root: TrieNode = { next: new Map(), labels: null };
  for (const [surface, label] of entries) {
    let node = root;
    for (let i = 0; i < surface.length; i++) {
      const c = surface.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) {
        n = { next: new Map(), labels: null };
        node.next.set(c, n);
      }
      node = n;
    }
    node.labels ??= [];
    if (!node.labels.includes(label)) node.labels.push(label);
  }
  return root;
}

/** Every entry occurrence in `text` (overlaps included), in order of start then length. */
export function matchAll(text: string, root: TrieNode): TrieMatch[] {
  const out: TrieMatch[] = [];
  for (let s = 0; s < text.length; s++) {
    let node: TrieNode | undefined = root;
    for (let i = s; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.labels) out.push({ start: s, end: i + 1, labels: node.labels });
    }
  }
  return out;
}
