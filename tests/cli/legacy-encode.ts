/**
 * Encoders for Shift_JIS, EUC-JP and ISO-2022-JP, built by inverting the platform's own decoders
 * (Node can decode these but not encode them), for tests that need files in legacy encodings.
 */
type Legacy = 'shift_jis' | 'euc-jp';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const tables = new Map<Legacy, Map<string, number[]>>();

function table(encoding: Legacy): Map<string, number[]> {
  const known = tables.get(encoding);
  if (known) return known;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const leads = encoding === 'shift_jis' ? [...range(0x81, 0x9f), ...range(0xe0, 0xfc)] : range(0xa1, 0xfe);
  const trails = encoding === 'shift_jis' ? range(0x40, 0xfc).filter((b) => b !== 0x7f) : range(0xa1, 0xfe);
  for (const lead of leads) {
    for (const trail of trails) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  tables.set(encoding, map);
  return map;
}

/**
 * `text` in Shift_JIS or EUC-JP. A character the encoding lacks throws, or in HTML becomes a numeric
 * character reference (© → &#169;), as such pages write it.
 */
export function encodeLegacy(text: string, encoding: Legacy, html = false): Buffer {
  const map = table(encoding);
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) bytes.push(c);
    else {
      const pair = map.get(ch);
      if (pair) bytes.push(...pair);
      else if (html) bytes.push(...Buffer.from(`&#${c};`));
      else throw new Error(`${encoding} has no ${ch}`);
    }
  }
  return Buffer.from(bytes);
}

/** `text` in ISO-2022-JP (JIS X 0208 between ESC $ B and ESC ( B), via its EUC-JP bytes. */
export function encodeIso2022jp(text: string, html = false): Buffer {
  const euc = encodeLegacy(text, 'euc-jp', html);
  const out: number[] = [];
  let kanji = false;
  for (let i = 0; i < euc.length; i++) {
    const b = euc[i] as number;
    if (b >= 0x80 !== kanji) {
      out.push(...(b >= 0x80 ? [0x1b, 0x24, 0x42] : [0x1b, 0x28, 0x42]));
      kanji = b >= 0x80;
    }
    out.push(b >= 0x80 ? b - 0x80 : b);
  }
  if (kanji) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}
