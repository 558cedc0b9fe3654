import { toHalfWidth } from '../text/script';
import { mix, seed } from './feature-hash';
import type { SectionInput, Sections } from './model-format';

/**
 * Word classes: each of ~450,000 words has one of 1,024 fine classes (and one of 128 coarse ones),
 * from k-means over the chiVe word vectors, and the part of speech SudachiDict gives it (person,
 * place, other proper noun, common noun; python/word_classes.py). Words used alike share a class,
 * so the tagger learns from 「ガルシア」 in training what to make of 「ロドリゲス」 it never saw, and
 * from 「ボーイング」 about 「エアバス」. Stored as a sorted array of 32-bit word hashes beside their
 * classes (no strings): a lookup is a binary search; a collision between a stranger and a listed word
 * (about one in ten thousand) only lends the stranger a feature.
 */
export class WordClasses {
  /** Length of each word's vector. */
  readonly dims: number;

  /**
   * `hashes` sorted, with each word's vector row and Sudachi code beside it; `rowFine` gives each row's
   * fine class, `coarse` each fine class's coarse one; `vectors` holds rows × dims int8 components.
   */
  constructor(
    private readonly hashes: Uint32Array,
    private readonly rows: Uint16Array,
    private readonly sudachi: Uint8Array,
    private readonly rowFine: Uint16Array,
    private readonly coarse: Uint8Array,
    private readonly vectors: Int8Array,
  ) {
    if (hashes.length !== rows.length || hashes.length !== sudachi.length) {
      throw new Error('word classes: arrays of different lengths');
    }
    this.dims = rowFine.length > 0 ? vectors.length / rowFine.length : 0;
    if (!Number.isInteger(this.dims)) throw new Error('word classes: vectors do not fill whole rows');
  }

  /**
   * Builds the table (the training script) from word → [vector row, Sudachi part-of-speech code],
   * row → fine class, fine → coarse class, and the rows' vectors.
   */
  static build(
    words: ReadonlyMap<string, readonly [number, number]>,
    rowFine: readonly number[],
    coarse: readonly number[],
    vectors: Int8Array,
  ): WordClasses {
    const byHash = new Map<number, readonly [number, number]>();
    for (const [w, c] of words) byHash.set(wordHash(w), c);
    const keys = Uint32Array.from(byHash.keys()).sort();
    const entry = (k: number) => byHash.get(k) as readonly [number, number];
    return new WordClasses(
      keys,
      Uint16Array.from(keys, (k) => entry(k)[0]),
      Uint8Array.from(keys, (k) => entry(k)[1]),
      Uint16Array.from(rowFine),
      Uint8Array.from(coarse),
      vectors,
    );
  }

  /** The table read from the model's sections. */
  static read(s: Sections): WordClasses {
    return new WordClasses(
      s.u32('wc.hash'),
      s.u16('wc.row'),
      s.u8('wc.sudachi'),
      s.u16('wc.fine'),
      s.u8('wc.coarse'),
      s.i8('wc.vectors'),
    );
  }

  /** The sections `read` takes back. */
  sections(): SectionInput[] {
    return [
      { name: 'wc.hash', data: this.hashes },
      { name: 'wc.row', data: this.rows },
      { name: 'wc.sudachi', data: this.sudachi },
      { name: 'wc.fine', data: this.rowFine },
      { name: 'wc.coarse', data: this.coarse },
      { name: 'wc.vectors', data: this.vectors },
    ];
  }

  /** Number of words listed. */
  get size(): number {
    return this.hashes.length;
  }

  /** Recent look-ups: a span's words are looked up by several features in turn. Bounded. */
  private readonly recent = new Map<string, number>();

  /** Row of a word as written (full-width Latin folded: ＣＮＮ as CNN), or -1 when not listed. */
  indexOf(word: string): number {
    const seen = this.recent.get(word);
    if (seen !== undefined) return seen;
    let i = this.lookup(wordHash(word));
    if (i < 0 && /[Ａ-Ｚａ-ｚ０-９]/.test(word)) i = this.lookup(wordHash(toHalfWidth(word)));
    // Long strings may be views into a whole article (see emission.ts): not kept.
    if (word.length < 13) {
      if (this.recent.size >= 4096) this.recent.clear();
      this.recent.set(word, i);
    }
    return i;
  }

  /** Fine class of a word, or -1 when not listed. */
  fineOf(word: string): number {
    return this.fineAt(this.indexOf(word));
  }

  /** Fine class of the word at `i` (from indexOf), -1 for -1. */
  fineAt(i: number): number {
    return i < 0 ? -1 : (this.rowFine[this.rows[i] as number] as number);
  }

  /** Adds the vector of the word at `i` (int8 components) times `scale` into `out` at `base`; nothing for -1. */
  addVector(i: number, out: Float64Array, base: number, scale: number): void {
    if (i < 0) return;
    const d = this.dims;
    const at = (this.rows[i] as number) * d;
    const v = this.vectors;
    for (let k = 0; k < d; k++) out[base + k] = (out[base + k] as number) + (v[at + k] as number) * scale;
  }

  /**
   * Sudachi's part of speech for row `i` when the word is one word there (python/word_classes.py:
   * 1 surname, 2 given name, 3 person, 4 country, 5 place, 6 other proper noun, 7–10 common nouns),
   * 0 otherwise or for -1.
   */
  sudachiAt(i: number): number {
    return i < 0 ? 0 : (this.sudachi[i] as number);
  }

  /** Coarse class of a fine class (-1 stays -1). */
  coarseOf(fine: number): number {
    return fine < 0 ? -1 : (this.coarse[fine] ?? -1);
  }

  private lookup(h: number): number {
    const keys = this.hashes;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid] as number;
      if (k === h) return mid;
      if (k < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** 32-bit hash of a word (FNV-1a over UTF-16 units, its own seed). */
function wordHash(w: string): number {
  return mix(seed(977), w) >>> 0;
}

let current: WordClasses | null = null;

/** Installs the classes the tagger's features read (installEntityModel does; so does training). */
export function installWordClasses(wc: WordClasses | null): void {
  current = wc;
}

/** The installed classes, or null (then every word is unlisted). */
export function wordClasses(): WordClasses | null {
  return current;
}
