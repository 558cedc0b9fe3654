import type { KuromojiTokenizer } from './internals';
import { Piece } from './piece';
import type { TargetMap } from './target-map';

/**
 * kuromoji's best path through one piece of text (a stretch up to 、 or 。), computed over the same
 * dictionary, costs and tie-breaking as its own ViterbiBuilder + ViterbiSearcher, so the words are
 * the same — but without their quadratic work: kuromoji re-encodes the whole rest of the sentence
 * to UTF-8 (and copies it twice) at every character to look up the words starting there; here the
 * piece is encoded once and the trie is walked from each character's byte offset.
 *
 * Only for text without surrogate pairs: kuromoji mixes code-point positions and UTF-16 lengths
 * there, and the caller hands such pieces to kuromoji itself.
 */
export class Lattice {
  // One node per array slot (struct of arrays: no object per candidate word).
  private start = new Int32Array(1024); // 1-based start position, as kuromoji counts
  private len = new Int32Array(1024);
  private name = new Int32Array(1024); // entry id (known) or unknown-entry id
  private unknown = new Uint8Array(1024);
  private left = new Int32Array(1024);
  private right = new Int32Array(1024);
  private cost = new Int32Array(1024);
  private shortest = new Float64Array(1024);
  private prev = new Int32Array(1024);
  private count = 0;
  /** Node ids ending at each position, in the order kuromoji appends them (ties go to the first). */
  private endsAt: number[][] = [];
  private readonly piece: Piece;
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly costs: Int16Array;
  private readonly backDim: number;
  /** The entry tables as 16-bit words (entries are 10 bytes from an even offset), or null if unaligned. */
  private readonly knownWords: Int16Array | null;
  private readonly unknownWords: Int16Array | null;

  constructor(
    private readonly k: KuromojiTokenizer,
    /** Which dictionary entries each trie word id stands for. */
    private readonly targets: TargetMap,
  ) {
    const bc = k.viterbi_builder.trie.bc;
    this.base = bc.getBaseBuffer();
    this.check = bc.getCheckBuffer();
    this.costs = k.viterbi_searcher.connection_costs.buffer;
    this.backDim = k.viterbi_searcher.connection_costs.backward_dimension;
    this.knownWords = wordsOf(k.token_info_dictionary.dictionary.buffer);
    this.unknownWords = wordsOf(k.unknown_dictionary.dictionary.buffer);
    this.piece = new Piece(k.unknown_dictionary);
  }

  /**
   * The best path's nodes for `s`, BOS and EOS excluded; [] where kuromoji finds no path.
   * Read each node with `nodeAt`.
   */
  bestPath(s: string): number[] {
    const n = s.length;
    this.reset();
    this.piece.read(s);
    for (let pos = 0; pos < n; pos++) this.addWordsAt(s, pos);
    const eos = this.addNode(n + 1, 0, -1, 0, 0, 0, 0);
    this.forward(n + 1);
    const path: number[] = [];
    let node = this.prev[eos] as number;
    if (node < 0) return path;
    while (node !== 0) {
      path.push(node);
      node = this.prev[node] as number;
      if (node < 0) return [];
    }
    return path.reverse();
  }

  /** One node of the last path: 1-based start, length in characters, entry id, whether unknown. */
  nodeAt(id: number): { start: number; len: number; name: number; unknown: boolean } {
    return {
      start: this.start[id] as number,
      len: this.len[id] as number,
      name: this.name[id] as number,
      unknown: this.unknown[id] === 1,
    };
  }

  private reset(): void {
    this.count = 0;
    this.endsAt = [];
    // BOS: the only node with a known cost before the forward pass.
    this.addNode(0, 0, -1, 0, 0, 0, 0);
    this.shortest[0] = 0;
  }

  /** Dictionary words starting at `pos` (shortest first), then unknown words as kuromoji adds them. */
  private addWordsAt(s: string, pos: number): void {
    const info = this.k.token_info_dictionary;
    const end = this.piece.byteOfChar[s.length] as number;
    let found = false;
    let parent = 0;
    for (let b = this.piece.byteOfChar[pos] as number; b < end; b++) {
      const child = this.child(parent, this.piece.bytes[b] as number);
      if (child < 0) break;
      parent = child;
      // Words end on whole characters: no need to look for one inside a character's UTF-8 bytes.
      const after = this.piece.charAtByte[b + 1] as number;
      if (after < 0) continue;
      const term = this.child(child, 0);
      if (term < 0) continue;
      found = true;
      const chars = after - pos;
      const word = -this.baseAt(term) - 1;
      const from = this.targets.first[word] ?? -1;
      // kuromoji fails on a word without entries too; the caller then hands the piece to it.
      if (from < 0) throw new Error(`trie word ${word} has no dictionary entries`);
      const to = from + (this.targets.count[word] as number);
      for (let e = from; e < to; e++)
        this.addEntry(info.dictionary.buffer, this.knownWords, this.targets.ints[e] as number, pos + 1, chars, 0);
    }
    const head = this.piece.charClass(s.charCodeAt(pos));
    if (!head) throw new Error(`Unknown character: ${s[pos]}`);
    if (found && head.is_always_invoke !== 1) return;
    const chars = head.is_grouping === 1 ? (this.piece.runEnd[pos] as number) - pos : 1;
    const unk = this.k.unknown_dictionary;
    for (const id of unk.target_map[head.class_id] as number[])
      this.addEntry(unk.dictionary.buffer, this.unknownWords, id, pos + 1, chars, 1);
  }

  /** Adds entry `id`: its left id, right id and cost are the three 16-bit words at its offset. */
  private addEntry(
    dict: Uint8Array,
    words: Int16Array | null,
    id: number,
    start: number,
    len: number,
    unknown: number,
  ): void {
    const w = id >> 1;
    if (words && (id & 1) === 0 && w + 2 < words.length)
      this.addNode(start, len, id, unknown, words[w] as number, words[w + 1] as number, words[w + 2] as number);
    else this.addNode(start, len, id, unknown, short(dict, id), short(dict, id + 2), short(dict, id + 4));
  }

  private addNode(
    start: number,
    len: number,
    name: number,
    unknown: number,
    left: number,
    right: number,
    cost: number,
  ): number {
    const id = this.count++;
    if (id === this.start.length) this.grow();
    this.start[id] = start;
    this.len[id] = len;
    this.name[id] = name;
    this.unknown[id] = unknown;
    this.left[id] = left;
    this.right[id] = right;
    this.cost[id] = cost;
    this.shortest[id] = Number.MAX_VALUE;
    this.prev[id] = -1;
    // kuromoji files a node under its last character (start + len - 1); EOS sits one past the end.
    const at = len === 0 ? start : start + len - 1;
    const list = this.endsAt[at];
    if (list) list.push(id);
    else this.endsAt[at] = [id];
    return id;
  }

  /** kuromoji's forward pass: for each node, the cheapest predecessor (first one on ties). */
  private forward(last: number): void {
    const { costs, backDim, shortest, prev, right } = this;
    for (let i = 1; i <= last; i++) {
      const nodes = this.endsAt[i];
      if (!nodes) continue;
      for (const node of nodes) {
        const prevs = this.endsAt[(this.start[node] as number) - 1];
        if (!prevs) continue;
        const left = this.left[node] as number;
        const own = this.cost[node] as number;
        let best = Number.MAX_VALUE;
        let bestPrev = -1;
        for (const p of prevs) {
          const c = (shortest[p] as number) + (costs[(right[p] as number) * backDim + left + 2] as number) + own;
          if (c < best) {
            best = c;
            bestPrev = p;
          }
        }
        prev[node] = bestPrev;
        shortest[node] = best;
      }
    }
  }

  /** The double-array trie's transition, with kuromoji's out-of-range defaults. */
  private child(parent: number, code: number): number {
    const c = this.baseAt(parent) + code;
    const chk = c < 0 ? undefined : c < this.check.length ? this.check[c] : -c - 1;
    return chk === parent ? c : -1;
  }

  private baseAt(i: number): number {
    return i < this.base.length ? (this.base[i] as number) : -i + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const widen = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a as never);
      return b;
    };
    this.start = widen(this.start, (n) => new Int32Array(n));
    this.len = widen(this.len, (n) => new Int32Array(n));
    this.name = widen(this.name, (n) => new Int32Array(n));
    this.unknown = widen(this.unknown, (n) => new Uint8Array(n));
    this.left = widen(this.left, (n) => new Int32Array(n));
    this.right = widen(this.right, (n) => new Int32Array(n));
    this.cost = widen(this.cost, (n) => new Int32Array(n));
    this.shortest = widen(this.shortest, (n) => new Float64Array(n));
    this.prev = widen(this.prev, (n) => new Int32Array(n));
  }
}

/**
 * A 16-bit view of an entry table, when it can share its memory (an even byte offset) and the
 * platform is little-endian like the files; null otherwise (entries are then read byte by byte).
 */
function wordsOf(buf: Uint8Array): Int16Array | null {
  if (buf.byteOffset % 2 !== 0 || new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) return null;
  return new Int16Array(buf.buffer, buf.byteOffset, buf.byteLength >> 1);
}

/** kuromoji's ByteBuffer.getShort: little-endian signed 16 bits, 0 past the end. */
function short(buf: Uint8Array, i: number): number {
  if (buf.length < i + 2) return 0;
  const v = (buf[i] as number) | ((buf[i + 1] as number) << 8);
  return v & 0x8000 ? v - 0x10000 : v;
}
