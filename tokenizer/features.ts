import type { DictionaryImage } from './image';
import { FEATURE_BLOCK } from './image';

/**
 * Feature records, decoded on demand. kuromoji keeps every entry's whole feature line
 * (「東京,名詞,固有名詞,地域,一般,*,*,東京,トウキョウ,トーキョー」, 36 MB of them); the image keeps a
 * part-of-speech id per entry (entryPos) and a record of what the surface and that id do not say:
 *
 *   keep (1 byte)   basic form = the surface's first `keep` characters + a suffix
 *                   (書か → 書く: keep 1, suffix く); 255: the basic form is the surface itself
 *   flags (1 byte)  bit 0: the pronunciation is the reading (トウキョウ / トーキョー differ)
 *   [suffix] reading [pronunciation]   strings: a byte length, then per character one byte
 *                   b ≥ 1 (the character featureChars[b − 1], mostly katakana) or 0 and the UTF-16
 *                   unit in two bytes
 *
 * featureIndex holds the offset of every FEATURE_BLOCK-th record; the ones between are skipped by
 * their lengths.
 */
export const KEEP_WHOLE = 255;
export const PRONUNCIATION_IS_READING = 1;

/** What a known entry's record adds to its surface and part of speech. */
export interface KnownFeatures {
  basic: string;
  reading: string;
  pronunciation: string;
}

export class FeatureReader {
  private readonly posLines: (readonly string[] | undefined)[] = [];
  private posText: string[] | null = null;
  private readonly units: number[] = [];

  constructor(private readonly image: DictionaryImage) {}

  /** Part of speech `id`: pos, three details, conjugated type and form (「動詞,自立,*,*,五段・カ行イ音便,基本形」). */
  pos(id: number): readonly string[] {
    let line = this.posLines[id];
    if (!line) {
      this.posText ??= new TextDecoder().decode(this.image.posTable).split('\n');
      line = (this.posText[id] ?? '').split(',');
      this.posLines[id] = line;
    }
    return line;
  }

  /** The basic form, reading and pronunciation of known entry `entry`, whose surface is `surface`. */
  known(entry: number, surface: string): KnownFeatures {
    const f = this.image.features;
    let at = this.image.featureIndex[Math.floor(entry / FEATURE_BLOCK)] as number;
    for (let skip = entry % FEATURE_BLOCK; skip > 0; skip--) {
      const keep = f[at] as number;
      const flags = f[at + 1] as number;
      at += 2;
      if (keep !== KEEP_WHOLE) at += 1 + (f[at] as number); // suffix
      at += 1 + (f[at] as number); // reading
      if (!(flags & PRONUNCIATION_IS_READING)) at += 1 + (f[at] as number);
    }
    const keep = f[at] as number;
    const flags = f[at + 1] as number;
    at += 2;
    let basic = surface;
    if (keep !== KEEP_WHOLE) {
      basic = surface.slice(0, keep) + this.string(at);
      at += 1 + (f[at] as number);
    }
    const reading = this.string(at);
    at += 1 + (f[at] as number);
    const pronunciation = flags & PRONUNCIATION_IS_READING ? reading : this.string(at);
    return { basic, reading, pronunciation };
  }

  /** The length-prefixed string at `at`. */
  private string(at: number): string {
    const f = this.image.features;
    const chars = this.image.featureChars;
    const end = at + 1 + (f[at] as number);
    const units = this.units;
    units.length = 0;
    for (let i = at + 1; i < end; i++) {
      const b = f[i] as number;
      if (b !== 0) units.push(chars[b - 1] as number);
      else {
        units.push((f[i + 1] as number) | ((f[i + 2] as number) << 8));
        i += 2;
      }
    }
    return String.fromCharCode(...units);
  }
}
