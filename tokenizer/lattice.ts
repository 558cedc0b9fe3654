import { CLASS_WORDS, type DictionaryImage, META, UNKNOWN_WORDS } from './image';

/** A word's value in the trie: its first entry × 32 + its number of entries (see the build step). */
const COUNT_BITS = 5;
const COUNT_MASK = (1 << COUNT_BITS) - 1;

/**
 * kuromoji's best path through one piece of text (a stretch up to 、 or 。), over the dictionary
 * image, with kuromoji's costs, order of candidates and tie-breaking (its ViterbiBuilder and
 * ViterbiSearcher), so the words are the same — without its quadratic work (kuromoji re-encodes
 * the whole rest of the sentence to UTF-8 at every character to look up the words there) and
 * without an object per candidate: nodes are slots in typed arrays.
 *
 * Positions follow kuromoji's, quirks included: a node starts at a code-point position (1-based)
 * but its length counts UTF-16 units, so around a surrogate pair (𠮷, 😀) the lattice is as
 * lopsided as kuromoji's and the best path the same.
 */
export class Lattice {
  private start = new Int32Array(1024); // 1-based code-point position, as kuromoji counts
  private len = new Int32Array(1024); // as kuromoji measures it (see addWordsAt)
  private units = new Int32Array(1024); // UTF-16 units of text the word covers
  private word = new Int32Array(1024); // entry index (known) or −1 − unknown entry index
  private left = new Int32Array(1024);
  private right = new Int32Array(1024);
  private cost = new Int32Array(1024);
  private shortest = new Float64Array(1024);
  private prev = new Int32Array(1024);
  /** Nodes filed under the position they end at, in the order kuromoji appends them (ties go to the first). */
  private nextSameEnd = new Int32Array(1024);
  private headAt = new Int32Array(256);
  private tailAt = new Int32Array(256);
  /** UTF-16 offset of each code point of the piece, and each unit's character class. */
  private unitOf = new Int32Array(256);
  private classOf = new Uint8Array(256);
  private count = 0;
  private lastEnd = 0;
  private readonly backDim: number;

  constructor(private readonly d: DictionaryImage) {
    this.backDim = d.meta[META.backwardDim] as number;
  }

  /**
   * The best path's nodes for `s`, BOS and EOS excluded ([] where kuromoji finds no path); read
   * them with startOf, unitsOf and wordOf. `s` must not hold half a surrogate pair (kuromoji throws).
   */
  bestPath(s: string): number[] {
    const points = this.read(s);
    // Nodes end at most at start + UTF-16 length − 1, and EOS one further.
    this.reset(points + s.length + 2);
    for (let p = 0; p < points; p++) this.addWordsAt(s, p, points);
    // kuromoji's EOS starts one past the furthest end and links to the nodes ending there.
    const eos = this.addNode(this.lastEnd + 1, 0, 0, 0, 0, 0);
    this.forward(this.lastEnd + 1);
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

  /** 1-based code-point position a node starts at. */
  startOf(node: number): number {
    return this.start[node] as number;
  }
  /** The UTF-16 units of text a node covers: its surface's length. */
  unitsOf(node: number): number {
    return this.units[node] as number;
  }
  /** UTF-16 offset in the piece of 0-based code point `point`. */
  unitAt(point: number): number {
    return this.unitOf[point] as number;
  }
  /** A node's word: a known entry index (≥ 0) or −1 − an unknown entry index. */
  wordOf(node: number): number {
    return this.word[node] as number;
  }

  /** Code points of `s`, as kuromoji's SurrogateAwareString counts them (a high surrogate takes the next unit). */
  private read(s: string): number {
    if (this.unitOf.length < s.length + 1) {
      this.unitOf = new Int32Array(2 * s.length + 2);
      this.classOf = new Uint8Array(2 * s.length + 2);
    }
    const cls = this.d.charClass;
    let points = 0;
    for (let u = 0; u < s.length; u++) {
      const c = s.charCodeAt(u);
      this.unitOf[points] = u;
      // A pair's class is its high surrogate's: DEFAULT, as kuromoji's lookup gives it.
      this.classOf[points++] = cls[c] as number;
      if (c >= 0xd800 && c <= 0xdbff) u++;
    }
    this.unitOf[points] = s.length;
    return points;
  }

  private reset(positions: number): void {
    this.count = 0;
    this.lastEnd = 1;
    if (this.headAt.length < positions + 1) {
      this.headAt = new Int32Array(2 * positions);
      this.tailAt = new Int32Array(2 * positions);
    }
    this.headAt.fill(-1, 0, positions + 1);
    // BOS: the only node with a known cost before the forward pass.
    this.addNode(0, 0, 0, 0, 0, 0);
    this.lastEnd = 1;
    this.shortest[0] = 0;
  }

  /** Dictionary words starting at code point `p` (shortest first), then unknown words as kuromoji adds them. */
  private addWordsAt(s: string, p: number, points: number): void {
    const { letters, base, check, entryContext, entryCost } = this.d;
    const from = this.unitOf[p] as number;
    let found = false;
    let node = 0;
    for (let u = from; u < s.length; u++) {
      const letter = letters[s.charCodeAt(u)] as number;
      const b = base[node] as number;
      if (letter === 0 || b < 1) break;
      const child = b + letter;
      if (check[child] !== node) break;
      node = child;
      const v = base[node] as number;
      // A word that nothing longer extends keeps its value in its own cell; otherwise in cell v + 0.
      const value = v < 0 ? -v - 1 : check[v] === node ? -(base[v] as number) - 1 : -1;
      if (value >= 0) {
        found = true;
        const first = value >>> COUNT_BITS;
        const end = first + (value & COUNT_MASK);
        for (let e = first; e < end; e++) {
          const ctx = entryContext[e] as number;
          this.addNode(p + 1, u + 1 - from, u + 1 - from, e, ctx, entryCost[e] as number);
        }
      }
      if (v < 0) break;
    }
    const cls = this.classOf[p] as number;
    const c = CLASS_WORDS * cls;
    const { classes, unknown } = this.d;
    if (found && classes[c] !== 1) return;
    let q = p + 1;
    if (classes[c + 1] === 1) while (q < points && this.classOf[q] === cls) q++;
    // kuromoji measures a lone character in code points (its key is then a SurrogateAwareString)
    // and a grouped run in UTF-16 units (a string): 😀 alone is 1 long, 😀😀 is 4.
    const units = (this.unitOf[q] as number) - from;
    const len = q === p + 1 ? 1 : units;
    const firstUnknown = classes[c + 2] as number;
    for (let i = firstUnknown; i < firstUnknown + (classes[c + 3] as number); i++) {
      const at = UNKNOWN_WORDS * i;
      this.addNode(p + 1, len, units, -1 - i, unknown[at] as number, unknown[at + 1] as number);
    }
  }

  /** Appends a node whose left and right context ids are both `ctx` (so IPADIC's are). */
  private addNode(start: number, len: number, units: number, word: number, ctx: number, cost: number): number {
    const id = this.count++;
    if (id === this.start.length) this.grow();
    this.start[id] = start;
    this.len[id] = len;
    this.units[id] = units;
    this.word[id] = word;
    this.left[id] = ctx;
    this.right[id] = ctx;
    this.cost[id] = cost;
    this.shortest[id] = Number.MAX_VALUE;
    this.prev[id] = -1;
    this.nextSameEnd[id] = -1;
    // kuromoji files a node under its last position (start + length − 1); BOS and EOS under their start.
    const at = len === 0 ? start : start + len - 1;
    if (at > this.lastEnd && len > 0) this.lastEnd = at;
    if (at >= this.headAt.length) this.growPositions(at + 1);
    if (this.headAt[at] === -1) this.headAt[at] = id;
    else this.nextSameEnd[this.tailAt[at] as number] = id;
    this.tailAt[at] = id;
    return id;
  }

  /** kuromoji's forward pass: for each node, the cheapest predecessor (the first one on ties). */
  private forward(last: number): void {
    const { shortest, prev, right, left, cost, start, nextSameEnd, headAt, backDim } = this;
    const costs = this.d.costs;
    for (let i = 1; i <= last; i++) {
      for (let node = headAt[i] as number; node >= 0; node = nextSameEnd[node] as number) {
        const before = (start[node] as number) - 1;
        let p = before < headAt.length ? (headAt[before] as number) : -1;
        if (p < 0) continue;
        const l = left[node] as number;
        const own = cost[node] as number;
        let best = Number.MAX_VALUE;
        let bestPrev = -1;
        for (; p >= 0; p = nextSameEnd[p] as number) {
          const c = (shortest[p] as number) + (costs[(right[p] as number) * backDim + l] as number) + own;
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

  private grow(): void {
    const n = this.start.length * 2;
    const widen = <T extends Int32Array | Float64Array>(a: T, make: (size: number) => T): T => {
      const b = make(n);
      b.set(a as never);
      return b;
    };
    const int = (size: number) => new Int32Array(size);
    this.start = widen(this.start, int);
    this.len = widen(this.len, int);
    this.units = widen(this.units, int);
    this.word = widen(this.word, int);
    this.left = widen(this.left, int);
    this.right = widen(this.right, int);
    this.cost = widen(this.cost, int);
    this.prev = widen(this.prev, int);
    this.nextSameEnd = widen(this.nextSameEnd, int);
    this.shortest = widen(this.shortest, (size) => new Float64Array(size));
  }

  private growPositions(size: number): void {
    const head = new Int32Array(2 * size).fill(-1);
    head.set(this.headAt);
    const tail = new Int32Array(2 * size);
    tail.set(this.tailAt);
    this.headAt = head;
    this.tailAt = tail;
  }
}
