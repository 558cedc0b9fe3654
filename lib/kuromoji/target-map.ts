/**
 * kuromoji's "target map" (trie word id → dictionary entry ids, 「東京」 → its two entries) kept as
 * flat typed arrays over the file's own integers. kuromoji builds it as a JS object of 325,871
 * small arrays at every start: up to 0.2 s of a cold service worker's load and tens of MB of heap.
 * Here one pass over tid_map.dat records where each word's ids sit.
 */
export class TargetMap {
  private constructor(
    /** The file's 32-bit integers: [count] then records [word id, n, entry id × n]. */
    readonly ints: Int32Array,
    /** Per word id: index of its first entry id in `ints` (−1: none). */
    readonly first: Int32Array,
    /** Per word id: number of entry ids. */
    readonly count: Int32Array,
  ) {}

  /**
   * Indexes tid_map.dat. Returns null when a word id occurs twice (kuromoji would merge them; its
   * own map is then used), which the IPADIC build never writes.
   */
  static parse(bytes: ArrayBuffer): TargetMap | null {
    const ints = new Int32Array(bytes, 0, bytes.byteLength >> 2);
    let max = -1;
    for (let i = 1; i + 1 < ints.length; i += 2 + Math.max(0, ints[i + 1] as number))
      if ((ints[i + 1] as number) > 0) max = Math.max(max, ints[i] as number);
    const first = new Int32Array(max + 1).fill(-1);
    const count = new Int32Array(max + 1);
    for (let i = 1; i + 1 < ints.length; i += 2 + Math.max(0, ints[i + 1] as number)) {
      const n = ints[i + 1] as number;
      // Zero records are the file's padding: they add nothing in kuromoji either.
      if (n <= 0) continue;
      const key = ints[i] as number;
      if (key < 0 || (first[key] as number) >= 0 || i + 2 + n > ints.length) return null;
      first[key] = i + 2;
      count[key] = n;
    }
    return new TargetMap(ints, first, count);
  }

  /** Builds the same index from kuromoji's own object map (tests, and tokenizers built elsewhere). */
  static fromObject(map: Record<number, number[]>): TargetMap {
    const keys = Object.keys(map).map(Number);
    const total = keys.reduce((n, k) => n + (map[k]?.length ?? 0), 0);
    const ints = new Int32Array(total);
    const max = keys.reduce((m, k) => Math.max(m, k), -1);
    const first = new Int32Array(max + 1).fill(-1);
    const count = new Int32Array(max + 1);
    let at = 0;
    for (const k of keys) {
      const ids = map[k] ?? [];
      first[k] = at;
      count[k] = ids.length;
      ints.set(ids, at);
      at += ids.length;
    }
    return new TargetMap(ints, first, count);
  }

  /** The entry ids of word `key` as a new array (undefined when it has none), as kuromoji's map gives them. */
  ids(key: number): number[] | undefined {
    const f = key >= 0 && key < this.first.length ? (this.first[key] as number) : -1;
    return f < 0 ? undefined : Array.from(this.ints.subarray(f, f + (this.count[key] as number)));
  }

  /**
   * A stand-in for kuromoji's object map, read on demand, so kuromoji's own tokenizer (which the
   * fast path hands pieces with surrogate pairs to) works over this index.
   */
  asObject(): Record<number, number[]> {
    return new Proxy({} as Record<number, number[]>, {
      get: (_, prop) => (typeof prop === 'string' ? this.ids(Number(prop)) : undefined),
    });
  }
}
