/**
 * Turning an input's bytes into text. UTF-8 is the rule; a byte-order mark declares UTF-8 or UTF-16;
 * an HTML page may also declare a legacy Japanese encoding in its <meta charset> (older Japanese sites
 * are often Shift_JIS or EUC-JP). Anything else is refused with a guess at its encoding and the command
 * that converts it, since analysing mis-decoded text would only produce nonsense.
 */

/** Bytes that cannot be read as text; the message is one line for stderr (the caller prefixes the path). */
export class DecodeError extends Error {}

/** Encodings we name in messages, as WHATWG calls them → how people and iconv call them. */
const NAMES: Readonly<Record<string, { shown: string; iconv: string }>> = {
  shift_jis: { shown: 'Shift_JIS', iconv: 'CP932' },
  'euc-jp': { shown: 'EUC-JP', iconv: 'EUC-JP' },
  'iso-2022-jp': { shown: 'ISO-2022-JP', iconv: 'ISO-2022-JP' },
  'utf-16le': { shown: 'UTF-16LE', iconv: 'UTF-16LE' },
  'utf-16be': { shown: 'UTF-16BE', iconv: 'UTF-16BE' },
};

/** How far into a page its <meta charset> is looked for (browsers look at 1,024 bytes; saved pages put it later). */
const HEAD_BYTES = 64 * 1024;
/** How much of an undeclared input is decoded to guess its encoding. */
const SAMPLE_BYTES = 64 * 1024;

// <meta charset="Shift_JIS"> and <meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
// ISO-2022-JP is 7-bit, so it passes as UTF-8: its escape sequences (ESC $ B, ESC $ @, ESC ( J) give it away.
const ISO_2022_JP_ESCAPE = /\x1b(?:\$[@B]|\(J)/;

/** What a file is taken as: an HTML page (its own <meta charset> counts) or plain text. */
export type InputKind = 'html' | 'text';

/** The WHATWG name of an encoding label, or null when the platform does not know it. */
function canonical(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** The encoding a page declares in a <meta> near its start, as a WHATWG name (null when none). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('latin1');
  const end = head.search(/<\/head\s*>/i);
  const m = META_CHARSET.exec(end >= 0 ? head.slice(0, end) : head);
  return m?.[1] ? canonical(m[1]) : null;
}

/** The encoding a byte-order mark declares, with the mark's length. */
function byteOrderMark(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How much a decoding reads like Japanese or English text (0–1): the share of characters from the
 * scripts and punctuation such text uses. Mis-decoded bytes land in half-width katakana, Hangul, rare
 * symbols and control characters, so the right encoding scores near 1 and the wrong ones far lower.
 */
function plausibility(text: string): { score: number; japanese: number } {
  let good = 0;
  let japanese = 0;
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    n++;
    if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e)) good++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      good++;
      japanese++;
    } else if (
      (c >= 0x3000 && c <= 0x303f) || // 、。「」
      (c >= 0xff01 && c <= 0xff5e) || // full-width forms
      (c >= 0x2010 && c <= 0x203b) || // dashes, quotes, ※
      (c >= 0x2460 && c <= 0x24ff) || // ①
      (c >= 0x2500 && c <= 0x257f) || // box drawing
      (c >= 0x3200 && c <= 0x33ff) || // ㈱ ㎡
      c === 0xa0
    )
      good++;
    else if (c >= 0xff61 && c <= 0xff9f) good += 0.5; // half-width katakana: real, but what EUC-JP read as Shift_JIS looks like
  }
  return { score: n ? good / n : 0, japanese };
}

/** The encoding `bytes` most likely are in, among the ones Japanese text comes in; null when none fits. */
export function guessEncoding(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const latin = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1');
  if (ISO_2022_JP_ESCAPE.test(latin) && strictUtf8(sample) !== null) return 'iso-2022-jp';
  // UTF-16 writes every ASCII character, the newline included, with a zero byte; Shift_JIS and EUC-JP never
  // hold one. Without a zero byte, UTF-16 is no candidate: the two-byte characters of a short Shift_JIS line
  // (「売上は３億円」) also read as valid, plausible CJK in UTF-16BE.
  const utf16 = sample.includes(0) ? ['utf-16le', 'utf-16be'] : [];
  let best: string | null = null;
  let bestScore = 0.9;
  for (const encoding of [...utf16, 'shift_jis', 'euc-jp']) {
    let text: string;
    try {
      // stream: a sample cut inside a character is not an error.
      text = new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
    } catch {
      continue;
    }
    const { score, japanese } = plausibility(text);
    // UTF-16 of plain English is text too; Shift_JIS and EUC-JP are only worth naming for Japanese.
    if (score > bestScore && (encoding.startsWith('utf-16') || japanese > 0)) [best, bestScore] = [encoding, score];
  }
  return best;
}

/** A path as a shell word: bare when safe, else single-quoted. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** The command that converts `path` from `encoding` to UTF-8 (for stdin, a pipe). */
export function conversionHint(path: string, encoding: string): string {
  const from = NAMES[encoding]?.iconv ?? encoding;
  if (path === '-') return `iconv -f ${from} -t UTF-8 | shutten analyze -`;
  const target = path.replace(/(\.[^./]*)?$/, (ext) => `.utf8${ext || '.txt'}`);
  return `iconv -f ${from} -t UTF-8 ${shellWord(path)} > ${shellWord(target)}`;
}

/** Why undecodable bytes were refused, naming their likely encoding and how to convert them. */
function refusal(bytes: Uint8Array, path: string, kind: InputKind): DecodeError {
  const guess = guessEncoding(bytes);
  if (!guess) {
    return new DecodeError(
      bytes.includes(0) ? 'binary file, not text' : 'not UTF-8 text, nor Shift_JIS, EUC-JP or UTF-16',
    );
  }
  const shown = NAMES[guess]?.shown ?? guess;
  const fix = conversionHint(path, guess);
  return new DecodeError(
    kind === 'html'
      ? `not UTF-8 and no <meta charset>; it looks like ${shown}: add <meta charset="${shown}"> or convert it (${fix})`
      : `not UTF-8; it looks like ${shown}: convert it (${fix})`,
  );
}

/**
 * Decodes an input: a byte-order mark first, then (for a page) its declared legacy encoding, then
 * strict UTF-8. Throws DecodeError for binaries and for undeclared non-UTF-8 text. `path` only words the hint.
 */
export function decodeInput(bytes: Uint8Array, path: string, kind: InputKind): string {
  const bom = byteOrderMark(bytes);
  if (bom) {
    try {
      return new TextDecoder(bom.encoding, { fatal: true }).decode(bytes);
    } catch {
      throw new DecodeError(
        `starts with a ${NAMES[bom.encoding]?.shown ?? 'UTF-8'} byte-order mark but is not valid in it`,
      );
    }
  }
  const utf8 = strictUtf8(bytes);
  if (kind === 'html') {
    const declared = declaredCharset(bytes);
    // A page declaring UTF-16 without a byte-order mark is read as UTF-8, as browsers do. A page declared
    // legacy whose bytes are valid UTF-8 with non-ASCII in them was re-encoded when saved (a multi-byte
    // Shift_JIS or EUC-JP text is never valid UTF-8), so the bytes win over the stale declaration.
    const legacy = declared && declared !== 'utf-8' && !declared.startsWith('utf-16');
    if (legacy && (utf8 === null || /^[\x00-\x7f]*$/.test(utf8))) {
      // Declared: decoded leniently, as a browser shows such a page (a stray byte becomes U+FFFD).
      return new TextDecoder(declared).decode(bytes);
    }
    if (utf8 !== null && ISO_2022_JP_ESCAPE.test(utf8)) return new TextDecoder('iso-2022-jp').decode(bytes);
  }
  if (utf8 === null || ISO_2022_JP_ESCAPE.test(utf8)) throw refusal(bytes, path, kind);
  if (utf8.includes('\0')) throw new DecodeError('binary file, not text');
  return utf8;
}
