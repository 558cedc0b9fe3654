/**
 * Feature weights in flat typed arrays with open addressing: feature id → its non-zero (tag, weight)
 * pairs. A JS Map with 60k row objects cost the tagger more than the rest of the pipeline; here a
 * lookup is a multiply, a mask and usually one probe into one array, and a hit adds only the few
 * tags the feature has weights for (3 on average, not all 17).
 */
const COLON = 58;
const COMMA = 44;
const MINUS = 45;
const ZERO = 48;

/** Number of "col:weight" pairs in a packed row (commas + 1). */
function countPairs(s: string): number {
  let n = 1;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  return n;
}

export class FeatureTable {
  /** Slot i: keys[3i] feature id (-1 empty), keys[3i+1] first pair, keys[3i+2] end of pairs. */
  private readonly slots: Int32Array;
  private readonly cols: Uint8Array;
  private readonly vals: Float32Array;
  private readonly mask: number;

  /** Builds the table from base-36 feature ids and "col:weight,col:weight" rows (weights × scale). */
  constructor(table: Readonly<Record<string, string>>, scale: number) {
    const entries = Object.entries(table);
    let cap = 1;
    while (cap < entries.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 3).fill(-1);
    let pairs = 0;
    for (const [, packed] of entries) pairs += countPairs(packed);
    this.cols = new Uint8Array(pairs);
    this.vals = new Float32Array(pairs);
    let p = 0;
    for (const [id, packed] of entries) {
      const key = Number.parseInt(id, 36);
      let slot = this.slot(key);
      while (this.slots[slot * 3] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot * 3] = key;
      this.slots[slot * 3 + 1] = p;
      p = this.readPairs(packed, p, scale);
      this.slots[slot * 3 + 2] = p;
    }
  }

  /**
   * Reads "col:weight,col:weight" into cols/vals from pair `p` on; returns the next free pair.
   * Scanned by character code: splitting and slicing 150,000 pairs cost a cold service worker
   * ~0.1 s before the first page could be marked. Anything but plain integers goes to Number().
   */
  private readPairs(s: string, p: number, scale: number): number {
    let i = 0;
    while (i < s.length) {
      let col = 0;
      for (let c = s.charCodeAt(i); c !== COLON; c = s.charCodeAt(++i)) col = col * 10 + c - ZERO;
      const start = ++i;
      const neg = s.charCodeAt(i) === MINUS;
      if (neg) i++;
      let w = 0;
      let plain = true;
      for (let c = s.charCodeAt(i); i < s.length && c !== COMMA; c = s.charCodeAt(++i)) {
        if (c < ZERO || c > ZERO + 9) plain = false;
        w = w * 10 + c - ZERO;
      }
      this.cols[p] = col;
      this.vals[p] = (plain ? (neg ? -w : w) : Number(s.slice(start, i))) / scale;
      p++;
      i++; // the comma
    }
    return p;
  }

  private slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
  }

  /** Adds the weights of one feature `key` (≥ 0) into `out` at `base`. */
  addOne(key: number, out: Float64Array, base: number): void {
    const slots = this.slots;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
    for (;;) {
      const k = slots[slot * 3] as number;
      if (k === key) {
        const end = slots[slot * 3 + 2] as number;
        for (let p = slots[slot * 3 + 1] as number; p < end; p++) {
          const o = base + (this.cols[p] as number);
          out[o] = (out[o] as number) + (this.vals[p] as number);
        }
        return;
      }
      if (k === -1) return;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds the weights of features[from, to) into `out` at `base`: the scores of one token or span. */
  addInto(features: ArrayLike<number>, out: Float64Array, base: number, from = 0, to = features.length): void {
    const slots = this.slots;
    const cols = this.cols;
    const vals = this.vals;
    const mask = this.mask;
    for (let j = from; j < to; j++) {
      const key = features[j] as number;
      if (key < 0) continue; // an unused slot of a short feature row
      let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
      for (;;) {
        const k = slots[slot * 3] as number;
        if (k === key) {
          const end = slots[slot * 3 + 2] as number;
          for (let p = slots[slot * 3 + 1] as number; p < end; p++) {
            const o = base + (cols[p] as number);
            out[o] = (out[o] as number) + (vals[p] as number);
          }
          break;
        }
        if (k === -1) break;
        slot = (slot + 1) & mask;
      }
    }
  }
}
