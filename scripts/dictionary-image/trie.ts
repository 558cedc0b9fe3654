/**
 * Build step: a double-array trie over letters (UTF-16 units renumbered densely, most frequent
 * first) holding each dictionary surface and a 32-bit value. kuromoji's own trie is keyed by UTF-8
 * bytes (1.36 M cells for 326 k surfaces, three steps per kanji); one letter per character needs
 * about half the cells and one step per character, and the lattice need not encode its text.
 *
 * Cell c is a child of node p by letter l when check[c] = p and c = base[p] + l. A node without
 * children keeps its value in its own base, as −value − 1 (so base < 0 means "a word, nothing
 * longer"); a node with children has base ≥ 1, and if it is a word too, its value sits in the cell
 * base + 0 (letter 0 ends a word) the same way. Free cells have check −1. Read in tokenizer/lattice.ts.
 */
export interface Trie {
  base: Int32Array;
  check: Int32Array;
}

/** A key as letters (each ≥ 1) with its value (≥ 0). */
export interface TrieKey {
  letters: Uint16Array;
  value: number;
}

/** Lexicographic order of letter strings (a prefix first), the order `buildTrie` needs. */
export function compareLetters(a: Uint16Array, b: Uint16Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/** Builds the trie of `keys` (sorted by compareLetters, no key twice, none empty). */
export function buildTrie(keys: readonly TrieKey[]): Trie {
  // No keys: a root without children (base 0), in which every lookup fails.
  if (keys.length === 0) return { base: Int32Array.of(0), check: Int32Array.of(-2) };
  const b = new Builder();
  // Depth-first with an explicit stack: a node is the range of keys sharing its first `depth` letters.
  const stack: { cell: number; depth: number; lo: number; hi: number }[] = [
    { cell: 0, depth: 0, lo: 0, hi: keys.length },
  ];
  while (stack.length > 0) {
    const { cell, depth, lo, hi } = stack.pop() as { cell: number; depth: number; lo: number; hi: number };
    let from = lo;
    let word = -1;
    const first = keys[lo] as TrieKey;
    if (first.letters.length === depth) {
      // Sorted, so a key that ends here comes first; a second one would be a duplicate.
      word = first.value;
      from = lo + 1;
    }
    if (from === hi) {
      b.base[cell] = -word - 1;
      continue;
    }
    // Children: the distinct next letters, with their key ranges.
    const labels: number[] = word >= 0 ? [0] : [];
    const ranges: [number, number][] = [];
    for (let i = from; i < hi; ) {
      const letter = (keys[i] as TrieKey).letters[depth] as number;
      let j = i + 1;
      while (j < hi && (keys[j] as TrieKey).letters[depth] === letter) j++;
      labels.push(letter);
      ranges.push([i, j]);
      i = j;
    }
    const base = b.place(labels);
    b.base[cell] = base;
    let k = 0;
    for (const label of labels) {
      b.take(base + label, cell);
      if (label === 0) b.base[base] = -word - 1;
      else {
        const [rlo, rhi] = ranges[k++] as [number, number];
        stack.push({ cell: base + label, depth: depth + 1, lo: rlo, hi: rhi });
      }
    }
  }
  return b.finish();
}

/** The cell arrays and a doubly linked list of free cells (first fit over it). */
class Builder {
  base = new Int32Array(1 << 16);
  check = new Int32Array(1 << 16).fill(-1);
  private next = new Int32Array(1 << 16);
  private prev = new Int32Array(1 << 16);
  /** Head of the free list; the list runs through every free cell below `size`, then on past it. */
  private head = 1;
  private used = 1;

  constructor() {
    this.check[0] = -2; // the root: never a child of anything
    this.link(1, this.base.length);
  }

  /** The smallest base ≥ 1 whose cells for `labels` (sorted) are all free. */
  place(labels: readonly number[]): number {
    const l0 = labels[0] as number;
    for (let cell = this.head; ; cell = this.nextFree(cell)) {
      const base = cell - l0;
      if (base < 1) continue;
      this.ensure(base + (labels[labels.length - 1] as number) + 1);
      let ok = true;
      for (let i = 0; i < labels.length && ok; i++) ok = this.check[base + (labels[i] as number)] === -1;
      if (ok) return base;
    }
  }

  /** Marks `cell` as a child of `parent`, taking it off the free list. */
  take(cell: number, parent: number): void {
    // One past the cell too: its successor's back link is written below.
    this.ensure(cell + 2);
    const p = this.prev[cell] as number;
    const n = this.next[cell] as number;
    if (cell === this.head) this.head = n;
    else this.next[p] = n;
    this.prev[n] = p;
    this.check[cell] = parent;
    this.used = Math.max(this.used, cell + 1);
  }

  finish(): Trie {
    return { base: this.base.slice(0, this.used), check: this.check.slice(0, this.used) };
  }

  private nextFree(cell: number): number {
    this.ensure(cell + 2);
    return this.next[cell] as number;
  }

  /** Grows the arrays to hold at least `size` cells, the new ones free and linked in order. */
  private ensure(size: number): void {
    if (size <= this.base.length) return;
    const old = this.base.length;
    let n = old;
    while (n < size) n *= 2;
    const grow = (a: Int32Array, fill: number) => {
      const b = new Int32Array(n).fill(fill);
      b.set(a);
      return b;
    };
    this.base = grow(this.base, 0);
    this.check = grow(this.check, -1);
    this.next = grow(this.next, 0);
    this.prev = grow(this.prev, 0);
    this.link(old, n);
  }

  /** Links cells [from, to) into the list after the last free cell before them. */
  private link(from: number, to: number): void {
    for (let c = from; c < to; c++) {
      this.next[c] = c + 1;
      this.prev[c] = c - 1;
    }
    // The last free cell below `from` pointed at `from` already (it was "past the end").
    this.next[to - 1] = to;
  }
}

/** The value of `key` in `trie`, or −1 (a test helper, and the build step's self-check). */
export function lookupLetters(trie: Trie, key: Uint16Array): number {
  let node = 0;
  for (const letter of key) {
    const b = trie.base[node] as number;
    if (b < 1) return -1;
    const c = b + letter;
    if (c >= trie.check.length || trie.check[c] !== node) return -1;
    node = c;
  }
  const v = trie.base[node] as number;
  if (v < 0) return -v - 1;
  if (node === 0 || v < 1 || v >= trie.check.length || trie.check[v] !== node) return -1;
  return -(trie.base[v] as number) - 1;
}
