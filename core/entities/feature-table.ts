/**
 * Feature weights in flat typed arrays with open addressing: feature id → its non-zero (tag, weight)
 * pairs. A JS Map with 60k row objects cost the tagger more than the rest of the pipeline; here a
 * lookup is a multiply, a mask and usually one probe into one array, and a hit adds only the few
 * tags the feature has weights for (3 on average, not all 17).
 */
import type { SectionInput, Sections } from './model-format';

/** One feature's row: its non-zero (column, weight) pairs. */
export type FeatureRow = readonly (readonly [col: number, weight: number])[];

export class FeatureTable {
  /** Slot i: slots[3i] feature id (-1 empty), slots[3i+1] first pair, slots[3i+2] end of pairs. */
  private readonly slots: Int32Array;
  private readonly cols: Uint8Array;
  private readonly vals: Float32Array;
  private readonly mask: number;

  /** Wraps the arrays as they are (views into the model's buffer: nothing is copied or parsed). */
  constructor(slots: Int32Array, cols: Uint8Array, vals: Float32Array) {
    const cap = slots.length / 3;
    if (!Number.isInteger(cap) || (cap & (cap - 1)) !== 0 || cols.length !== vals.length) {
      throw new Error('feature table: malformed arrays');
    }
    this.slots = slots;
    this.cols = cols;
    this.vals = vals;
    this.mask = cap - 1;
  }

  /** Builds the hash table from feature id (≥ 0) → row (training, tests); weights are stored as float32. */
  static build(rows: ReadonlyMap<number, FeatureRow>): FeatureTable {
    // Load factor at most 0.7: short probe runs, and half the slots of doubling past the size.
    let cap = 1;
    while (cap * 0.7 < rows.size) cap <<= 1;
    const slots = new Int32Array(cap * 3).fill(-1);
    let pairs = 0;
    for (const row of rows.values()) pairs += row.length;
    const cols = new Uint8Array(pairs);
    const vals = new Float32Array(pairs);
    let p = 0;
    for (const [key, row] of rows) {
      let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & (cap - 1);
      while (slots[slot * 3] !== -1) slot = (slot + 1) & (cap - 1);
      slots[slot * 3] = key;
      slots[slot * 3 + 1] = p;
      for (const [col, w] of row) {
        cols[p] = col;
        vals[p++] = w;
      }
      slots[slot * 3 + 2] = p;
    }
    return new FeatureTable(slots, cols, vals);
  }

  /** The table read from the model's sections `<prefix>.slots`, `.cols`, `.vals`. */
  static read(sections: Sections, prefix: string): FeatureTable {
    return new FeatureTable(
      sections.i32(`${prefix}.slots`),
      sections.u8(`${prefix}.cols`),
      sections.f32(`${prefix}.vals`),
    );
  }

  /** The sections that `read` takes back. */
  sections(prefix: string): SectionInput[] {
    return [
      { name: `${prefix}.slots`, data: this.slots },
      { name: `${prefix}.cols`, data: this.cols },
      { name: `${prefix}.vals`, data: this.vals },
    ];
  }

  /** Every stored weight (tests check they sum exactly). */
  get weights(): Float32Array {
    return this.vals;
  }

  /** Number of features held. */
  get size(): number {
    let n = 0;
    for (let i = 0; i < this.slots.length; i += 3) if (this.slots[i] !== -1) n++;
    return n;
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
