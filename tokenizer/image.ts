/**
 * The dictionary image: kuromoji's IPADIC rewritten at build time (scripts/dictionary-image.ts) as
 * one little-endian file of aligned typed arrays, so the background uses it straight from the
 * fetched ArrayBuffer: views over it, no inflating, no per-entry objects, no parsing at load.
 *
 * Layout: a header of 32-bit words — magic, version, section count, then (offset, byte length) per
 * section in the order of SECTIONS — followed by the sections, each starting on an 8-byte boundary.
 * Dictionary entries are grouped by surface (「東京」's two entries side by side) so a trie word
 * points at a run of entries; within a run they keep kuromoji's order, which breaks cost ties.
 */
export const IMAGE_MAGIC = 0x5348_4449; // "IDHS" read little-endian: Shutten Dictionary Image
/** The image's file name: in the extension's /dict/ and in the build cache. */
export const IMAGE_FILE = 'ipadic.bin';
/** Bumped whenever the layout changes: a cached image of another version is rebuilt, never misread. */
export const IMAGE_VERSION = 1;

/** The sections, in file order, with the typed array each is read as. */
export const SECTIONS = {
  /** [entries, trie cells, forward dim, backward dim, classes, unknown entries, feature char table size] */
  meta: Int32Array,
  /** UTF-16 unit → trie letter (1…); 0: no dictionary word contains it. */
  letters: Uint16Array,
  /** Double-array trie over letters (see tokenizer/trie-walk.ts for how it is read). */
  base: Int32Array,
  check: Int32Array,
  /** Per entry: context id (IPADIC's left and right ids are equal), cost, part-of-speech id. */
  entryContext: Uint16Array,
  entryCost: Int16Array,
  entryPos: Uint16Array,
  /** Connection costs, [right id of the previous word × backward dim + left id of the next]. */
  costs: Int16Array,
  /** UTF-16 unit → IPADIC character class (kuromoji's lookup of that unit). */
  charClass: Uint8Array,
  /** Per class: always invoke (0/1), group (0/1), first unknown entry, unknown entry count. */
  classes: Int32Array,
  /** Per unknown entry: context id, cost, kuromoji word id, part-of-speech id. */
  unknown: Int32Array,
  /** Part-of-speech table: one UTF-8 line per id, 「名詞,固有名詞,地域,国,*,*」 (pos…conjugated form). */
  posTable: Uint8Array,
  /**
   * Per entry: kuromoji's word id (the entry's byte offset in its tid.dat). Only kuromoji's own
   * token objects (`tokenize`, the comparison tests) carry it: the extension's image has it empty.
   */
  wordIds: Int32Array,
  /** Byte offset of every FEATURE_BLOCK-th entry's feature record. */
  featureIndex: Uint32Array,
  /** Feature records: basic form, reading, pronunciation (see tokenizer/features.ts). */
  features: Uint8Array,
  /** The characters a feature record writes as one byte (code 1 = the first). */
  featureChars: Uint16Array,
} as const;

export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];
/** Entries per featureIndex slot: a lookup skips at most FEATURE_BLOCK − 1 records. */
export const FEATURE_BLOCK = 8;
/** Meta word positions. */
export const META = {
  entries: 0,
  cells: 1,
  forwardDim: 2,
  backwardDim: 3,
  classes: 4,
  unknownEntries: 5,
} as const;
export const META_WORDS = 6;
/** Words per class record and per unknown-entry record. */
export const CLASS_WORDS = 4;
export const UNKNOWN_WORDS = 4;

type Views = { [K in SectionName]: InstanceType<(typeof SECTIONS)[K]> };

/** The image as typed-array views over one buffer (nothing is copied). */
export interface DictionaryImage extends Views {
  readonly byteLength: number;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Header words before the section table. */
const HEAD_WORDS = 3;

/** Reads the header and makes the views. Throws on a wrong magic, version or layout. */
export function readImage(buffer: ArrayBuffer): DictionaryImage {
  if (!LITTLE_ENDIAN) throw new Error('dictionary image: a big-endian platform cannot read it');
  if (buffer.byteLength < 4 * HEAD_WORDS) throw new Error('dictionary image: truncated');
  const head = new Uint32Array(buffer, 0, HEAD_WORDS);
  if (head[0] !== IMAGE_MAGIC) throw new Error('dictionary image: not a Shutten dictionary image');
  if (head[1] !== IMAGE_VERSION) throw new Error(`dictionary image: version ${head[1]}, expected ${IMAGE_VERSION}`);
  if (head[2] !== SECTION_NAMES.length) throw new Error('dictionary image: unexpected section count');
  const table = new Uint32Array(buffer, 4 * HEAD_WORDS, 2 * SECTION_NAMES.length);
  const views: Partial<Record<SectionName, unknown>> = {};
  SECTION_NAMES.forEach((name, i) => {
    const offset = table[2 * i] as number;
    const bytes = table[2 * i + 1] as number;
    const Type = SECTIONS[name];
    if (offset % 8 !== 0 || offset + bytes > buffer.byteLength || bytes % Type.BYTES_PER_ELEMENT !== 0)
      throw new Error(`dictionary image: section ${name} is out of place`);
    views[name] = new Type(buffer, offset, bytes / Type.BYTES_PER_ELEMENT);
  });
  const image = views as Views;
  if (image.meta.length < META_WORDS) throw new Error('dictionary image: short meta section');
  return Object.assign(image, { byteLength: buffer.byteLength });
}

/** Lays sections out as an image (the build step's writer; kept beside the reader so they agree). */
export function writeImage(sections: Record<SectionName, ArrayBufferView>): Uint8Array {
  const headBytes = 4 * (HEAD_WORDS + 2 * SECTION_NAMES.length);
  const align = (n: number) => Math.ceil(n / 8) * 8;
  let at = align(headBytes);
  const places = SECTION_NAMES.map((name) => {
    const place = { name, offset: at, bytes: sections[name].byteLength };
    at = align(at + place.bytes);
    return place;
  });
  const out = new Uint8Array(at);
  const head = new Uint32Array(out.buffer, 0, headBytes / 4);
  head.set([IMAGE_MAGIC, IMAGE_VERSION, SECTION_NAMES.length]);
  places.forEach((p, i) => {
    head[HEAD_WORDS + 2 * i] = p.offset;
    head[HEAD_WORDS + 2 * i + 1] = p.bytes;
    const s = sections[p.name];
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), p.offset);
  });
  return out;
}

/**
 * The image the extension ships: the same sections with kuromoji's word ids left out (1.5 MB). The
 * analysis never reads them, and the worker holds every byte it fetches.
 */
export function withoutWordIds(bytes: Uint8Array): Uint8Array {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { byteLength: _, ...sections } = readImage(buffer);
  return writeImage({ ...sections, wordIds: new Int32Array(0) });
}
