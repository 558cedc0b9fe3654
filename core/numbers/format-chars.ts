import type { Token } from '../types';

/**
 * Unicode format characters (category Cf): zero-width space and joiners, word joiner, soft hyphen,
 * byte-order mark, bidi marks and overrides. They are invisible, so a reader sees 「1億2千万円」 where
 * the text holds 「1億\u200B2千万円」; read as written, the number would break in two (20,000,000).
 */
// The format characters of the Basic Multilingual Plane (Unicode's Cf category there), one UTF-16 unit
// each: soft hyphen, Arabic number signs, zero-width and bidi controls, word joiner, BOM, annotations.
// Spelled out rather than \p{Cf}: a plain class is several times faster on every text analysed.
const FORMAT_CHAR =
  /[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/;

/** True for a format character in the Basic Multilingual Plane (the ones news text holds). */
const isFormat = (unit: string): boolean => FORMAT_CHAR.test(unit);

/** `s` without its format characters, unit by unit (astral ones such as emoji tags are kept whole). */
function strip(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isFormat(s[i] as string)) out += s[i];
  return out;
}

/** A text with its format characters taken out, and the way back to the original offsets. */
export interface Stripped {
  /** The text without format characters. */
  text: string;
  /** The tokens re-based on `text` (tokens made only of format characters are dropped). */
  tokens: Token[];
  /** Offset in the original text of each offset in `text` (one more entry than `text` has). */
  toOriginal: Int32Array;
}

/**
 * Removes the format characters from `text`, re-basing its tokens, or returns null when it has none
 * (the usual case: nothing is copied). Readers run on the stripped text and map offsets back with
 * `originalSpan`, so marks still cover the characters the page shows.
 */
export function stripFormatChars(text: string, tokens: readonly Token[]): Stripped | null {
  if (!FORMAT_CHAR.test(text)) return null;
  const toOriginal = new Int32Array(text.length + 1);
  // toClean[i]: the offset in the stripped text of original offset i.
  const toClean = new Int32Array(text.length + 1);
  let clean = 0;
  for (let i = 0; i < text.length; i++) {
    toClean[i] = clean;
    if (isFormat(text[i] as string)) continue;
    toOriginal[clean] = i;
    clean++;
  }
  toClean[text.length] = clean;
  toOriginal[clean] = text.length;
  const out: Token[] = [];
  for (const t of tokens) {
    const surface = strip(t.surface);
    if (!surface) continue;
    const start = toClean[t.start] as number;
    out.push({ ...t, surface, start, end: start + surface.length });
  }
  return { text: strip(text), tokens: out, toOriginal: toOriginal.subarray(0, clean + 1) };
}

/**
 * The original span of [start, end) in the stripped text: from the first character it covers to just
 * after the last, so format characters inside are covered and those at its edges are not.
 */
export function originalSpan(s: Stripped, start: number, end: number): { start: number; end: number } {
  const from = s.toOriginal[start] as number;
  const to = end > start ? (s.toOriginal[end - 1] as number) + 1 : from;
  return { start: from, end: to };
}
