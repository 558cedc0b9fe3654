/**
 * Build step: the feature records of tokenizer/features.ts (which documents the format), for
 * entries in image order, with their block index and one-byte character table.
 */
import { KEEP_WHOLE, PRONUNCIATION_IS_READING } from '../../tokenizer/features';
import { FEATURE_BLOCK } from '../../tokenizer/image';

/** A known entry's fields beyond its part of speech. */
export interface EntryFeatures {
  surface: string;
  basic: string;
  reading: string;
  pronunciation: string;
}

/** How an entry's record splits its basic form: kept prefix of the surface, and the rest. */
function split(e: EntryFeatures): { keep: number; suffix: string } {
  if (e.basic === e.surface) return { keep: KEEP_WHOLE, suffix: '' };
  let keep = 0;
  while (keep < e.surface.length && keep < e.basic.length && e.surface[keep] === e.basic[keep]) keep++;
  if (keep >= KEEP_WHOLE) throw new Error(`surface too long for a feature record: ${e.surface}`);
  return { keep, suffix: e.basic.slice(keep) };
}

/** The records, the offsets of every FEATURE_BLOCK-th one, and the one-byte characters. */
export function encodeFeatures(entries: readonly EntryFeatures[]): {
  features: Uint8Array;
  featureIndex: Uint32Array;
  featureChars: Uint16Array;
} {
  const parts = entries.map((e) => ({ ...split(e), e }));
  // The 255 most frequent characters of the strings written get one byte each.
  const freq = new Map<number, number>();
  const count = (s: string) => {
    for (let i = 0; i < s.length; i++) freq.set(s.charCodeAt(i), (freq.get(s.charCodeAt(i)) ?? 0) + 1);
  };
  for (const { suffix, e } of parts) {
    count(suffix);
    count(e.reading);
    if (e.pronunciation !== e.reading) count(e.pronunciation);
  }
  const chars = [...freq.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 255)
    .map(([c]) => c);
  const code = new Map(chars.map((c, i) => [c, i + 1]));

  const out = new Bytes();
  const featureIndex = new Uint32Array(Math.ceil(entries.length / FEATURE_BLOCK));
  const string = (s: string) => {
    const at = out.length;
    out.push(0); // the byte length, known once the characters are written
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      const b = code.get(u);
      if (b !== undefined) out.push(b);
      else out.push(0, u & 0xff, u >> 8);
    }
    const bytes = out.length - at - 1;
    if (bytes > 255) throw new Error(`feature string too long: ${s}`);
    out.set(at, bytes);
  };
  parts.forEach(({ keep, suffix, e }, i) => {
    if (i % FEATURE_BLOCK === 0) featureIndex[i / FEATURE_BLOCK] = out.length;
    const same = e.pronunciation === e.reading;
    out.push(keep, same ? PRONUNCIATION_IS_READING : 0);
    if (keep !== KEEP_WHOLE) string(suffix);
    string(e.reading);
    if (!same) string(e.pronunciation);
  });
  return { features: out.bytes(), featureIndex, featureChars: Uint16Array.from(chars) };
}

/** A growable byte array. */
class Bytes {
  private buf = new Uint8Array(1 << 20);
  length = 0;
  push(...bytes: number[]): void {
    if (this.length + bytes.length > this.buf.length) {
      const bigger = new Uint8Array(2 * this.buf.length);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    for (const b of bytes) this.buf[this.length++] = b;
  }
  set(at: number, byte: number): void {
    this.buf[at] = byte;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}
