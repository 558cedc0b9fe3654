/**
 * The container of the entity model's binary asset (public/ner/entities.bin): named sections of
 * typed arrays, each 8-byte aligned, read as views straight from the fetched ArrayBuffer, with no
 * parsing and no per-entry objects. Layout (little-endian):
 *   "SHNE" | version u32 | section count u32 | pad u32 |
 *   per section: name (16 bytes ASCII, zero-padded) | offset u32 | byte length u32 |
 *   section bytes …
 */
const MAGIC = 0x454e4853; // "SHNE" read as a little-endian u32
export const FORMAT_VERSION = 1;
const NAME_BYTES = 16;
const ENTRY_BYTES = NAME_BYTES + 8;
const HEADER_BYTES = 16;

/** One section to write: its name (≤ 16 ASCII characters) and its bytes. */
export interface SectionInput {
  name: string;
  data: ArrayBufferView;
}

const align8 = (n: number): number => (n + 7) & ~7;

/** Packs sections into one buffer (for the training script). */
export function writeSections(sections: readonly SectionInput[]): Uint8Array {
  let offset = align8(HEADER_BYTES + sections.length * ENTRY_BYTES);
  const placed = sections.map((s) => {
    if (!/^[\x21-\x7e]{1,16}$/.test(s.name)) throw new Error(`bad section name ${s.name}`);
    const at = offset;
    offset = align8(offset + s.data.byteLength);
    return { ...s, at };
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, sections.length, true);
  placed.forEach((s, i) => {
    const e = HEADER_BYTES + i * ENTRY_BYTES;
    for (let c = 0; c < s.name.length; c++) out[e + c] = s.name.charCodeAt(c);
    view.setUint32(e + NAME_BYTES, s.at, true);
    view.setUint32(e + NAME_BYTES + 4, s.data.byteLength, true);
    out.set(new Uint8Array(s.data.buffer, s.data.byteOffset, s.data.byteLength), s.at);
  });
  return out;
}

/** The sections of a buffer, by name: byte offset and length into it. */
export class Sections {
  private readonly index = new Map<string, [number, number]>();

  /** Reads the directory only; throws on a buffer that is not a model of this format version. */
  constructor(readonly buffer: ArrayBuffer) {
    const view = new DataView(buffer);
    if (buffer.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) {
      throw new Error('entity model: not a Shutten entity model');
    }
    const version = view.getUint32(4, true);
    if (version !== FORMAT_VERSION) throw new Error(`entity model: format ${version}, expected ${FORMAT_VERSION}`);
    const count = view.getUint32(8, true);
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < count; i++) {
      const e = HEADER_BYTES + i * ENTRY_BYTES;
      let name = '';
      for (let c = 0; c < NAME_BYTES && bytes[e + c]; c++) name += String.fromCharCode(bytes[e + c] as number);
      const at = view.getUint32(e + NAME_BYTES, true);
      const length = view.getUint32(e + NAME_BYTES + 4, true);
      if (at + length > buffer.byteLength) throw new Error(`entity model: section ${name} is cut off`);
      this.index.set(name, [at, length]);
    }
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  private range(name: string, unit: number): [number, number] {
    const r = this.index.get(name);
    if (!r) throw new Error(`entity model: no section ${name}`);
    if (r[1] % unit !== 0) throw new Error(`entity model: section ${name} is not a whole number of elements`);
    return [r[0], r[1] / unit];
  }

  u8(name: string): Uint8Array {
    const [at, n] = this.range(name, 1);
    return new Uint8Array(this.buffer, at, n);
  }

  i8(name: string): Int8Array {
    const [at, n] = this.range(name, 1);
    return new Int8Array(this.buffer, at, n);
  }

  u16(name: string): Uint16Array {
    const [at, n] = this.range(name, 2);
    return new Uint16Array(this.buffer, at, n);
  }

  u32(name: string): Uint32Array {
    const [at, n] = this.range(name, 4);
    return new Uint32Array(this.buffer, at, n);
  }

  i32(name: string): Int32Array {
    const [at, n] = this.range(name, 4);
    return new Int32Array(this.buffer, at, n);
  }

  f32(name: string): Float32Array {
    const [at, n] = this.range(name, 4);
    return new Float32Array(this.buffer, at, n);
  }

  f64(name: string): Float64Array {
    const [at, n] = this.range(name, 8);
    return new Float64Array(this.buffer, at, n);
  }
}
