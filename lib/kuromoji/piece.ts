import type { CharacterClass, UnknownDictionary } from './internals';

/**
 * One piece of text as the lattice reads it: its UTF-8 bytes (the trie is keyed by them), where each
 * character starts among them, the character at each byte boundary (−1 inside a character), and
 * where each character's run of one class ends (「ウクライナ」 groups as one unknown word).
 * Buffers are reused from piece to piece. BMP text only (see Lattice).
 */
export class Piece {
  bytes = new Uint8Array(4096);
  charAtByte = new Int32Array(4096);
  byteOfChar = new Int32Array(1024);
  runEnd = new Int32Array(1024);
  private readonly classOf = new Map<number, CharacterClass | undefined>();

  constructor(private readonly unknown: UnknownDictionary) {}

  /** Reads `s`: afterwards bytes[0, byteOfChar[s.length]) hold it. */
  read(s: string): void {
    const n = s.length;
    if (this.byteOfChar.length < n + 1) {
      this.byteOfChar = new Int32Array(2 * (n + 1));
      this.runEnd = new Int32Array(2 * (n + 1));
    }
    if (this.bytes.length < 3 * n + 1) {
      this.bytes = new Uint8Array(6 * n + 2);
      this.charAtByte = new Int32Array(6 * n + 2);
    }
    this.encode(s);
    this.classify(s);
  }

  /** UTF-8 bytes of `s` (BMP only), each character's first byte, and the character at each boundary. */
  private encode(s: string): void {
    const bytes = this.bytes;
    let b = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.byteOfChar[i] = b;
      this.charAtByte[b] = i;
      if (c < 0x80) bytes[b++] = c;
      else if (c < 0x800) {
        bytes[b++] = (c >>> 6) | 0xc0;
        this.charAtByte[b] = -1;
        bytes[b++] = (c & 0x3f) | 0x80;
      } else {
        bytes[b++] = (c >>> 12) | 0xe0;
        this.charAtByte[b] = -1;
        bytes[b++] = ((c >> 6) & 0x3f) | 0x80;
        this.charAtByte[b] = -1;
        bytes[b++] = (c & 0x3f) | 0x80;
      }
    }
    this.byteOfChar[s.length] = b;
    this.charAtByte[b] = s.length;
  }

  /** Where each character's run of one character class ends (「ウクライナ」 groups as one unknown word). */
  private classify(s: string): void {
    let nextName: string | undefined;
    for (let i = s.length - 1; i >= 0; i--) {
      const name = this.charClass(s.charCodeAt(i))?.class_name;
      this.runEnd[i] = i + 1 < s.length && name === nextName ? (this.runEnd[i + 1] as number) : i + 1;
      nextName = name;
    }
  }

  /** IPADIC's class of a character (kuromoji's own lookup, remembered per code). */
  charClass(code: number): CharacterClass | undefined {
    if (this.classOf.has(code)) return this.classOf.get(code);
    const cls = this.unknown.lookup(String.fromCharCode(code));
    this.classOf.set(code, cls);
    return cls;
  }
}
