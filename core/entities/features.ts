import type { Token } from '../types';
import { mix, seed } from './feature-hash';

/**
 * Character class of a string, one letter per distinct class in order of first appearance:
 * K kanji, A katakana, H hiragana, L Latin letter, D digit, S symbol/other.
 * 「ロシア軍」 → "AK", 「ＣＮＮ」 → "L", 「1月」 → "DK".
 */
export function charClasses(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = classOf(s.charCodeAt(i));
    if (!out.includes(c)) out += c;
  }
  return out;
}

function classOf(code: number): string {
  if ((code >= 0x4e00 && code <= 0x9fff) || code === 0x3005 || code === 0x3006 || code === 0x30f6) return 'K';
  if (code >= 0x30a0 && code <= 0x30ff) return 'A'; // includes ・ and ー: 「ウラジーミル・プーチン」 stays one class
  if (code >= 0x3040 && code <= 0x309f) return 'H';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'L';
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return 'L';
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 'D';
  if (code >= 0xd800 && code <= 0xdbff) return 'K'; // surrogate pair: almost always a rare kanji in names
  return 'S';
}

// Per-token hashes the templates combine, ten per token in one flat array: each string is hashed
// once per token, not once per template, and no object is allocated per token.
const W = 0;
const POS = 1;
const POS1 = 2;
const CLS = 3;
const CLS_LEN = 4;
const KNOWN = 5;
const LAST1 = 6;
const LAST2 = 7;
const FIRST1 = 8;
const FIRST2 = 9;
const STRIDE = 10;

const h = (s: string, from = 0, to = s.length): number => mix(seed(0), s, from, to);
const BOS = h('<s>');
const EOS = h('</s>');

/** Hash of the POS fields without building the joined string. */
function posHash(t: Token, full: boolean): number {
  let x = mix(seed(1), t.pos);
  x = mix(Math.imul(x ^ 0x2c, 16777619), t.pos1);
  if (!full) return x;
  x = mix(Math.imul(x ^ 0x2c, 16777619), t.pos2);
  return mix(Math.imul(x ^ 0x2c, 16777619), t.pos3);
}

/** Class letters of a surface as a number: which classes occur, and which comes first. */
function classCode(s: string): number {
  let mask = 0;
  let first = 0;
  for (let i = 0; i < s.length; i++) {
    const c = CLASS_BITS[classOf(s.charCodeAt(i))] as number;
    if (i === 0) first = c;
    mask |= c;
  }
  return mask * 64 + first;
}
const CLASS_BITS: Readonly<Record<string, number>> = { K: 1, A: 2, H: 4, L: 8, D: 16, S: 32 };

function hashTokens(tokens: readonly Token[], from: number, to: number): Int32Array {
  const v = new Int32Array((to - from) * STRIDE);
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const w = t.surface;
    const n = w.length;
    const cls = classCode(w);
    const pos1 = posHash(t, false);
    const o = (i - from) * STRIDE;
    v[o + W] = h(w);
    v[o + POS] = posHash(t, true);
    v[o + POS1] = pos1;
    v[o + CLS] = cls;
    v[o + CLS_LEN] = cls * 8 + Math.min(n, 6);
    v[o + KNOWN] = Math.imul(pos1, 31) + (t.known ? 1 : 0);
    v[o + LAST1] = h(w, n - 1);
    v[o + LAST2] = h(w, n - 2);
    v[o + FIRST1] = h(w, 0, 1);
    v[o + FIRST2] = h(w, 0, 2);
  }
  return v;
}

/** Feature id from a template number and one to three part hashes (integer mixing, no strings). */
function f1(template: number, a: number): number {
  return fin(Math.imul(seed(template) ^ a, 0x85ebca6b));
}
function f2(template: number, a: number, b: number): number {
  return fin(Math.imul(Math.imul(seed(template) ^ a, 0x85ebca6b) ^ b, 0xc2b2ae35));
}
function f3(template: number, a: number, b: number, c: number): number {
  return fin(Math.imul(Math.imul(Math.imul(seed(template) ^ a, 0x85ebca6b) ^ b, 0xc2b2ae35) ^ c, 0x27d4eb2f));
}
function fin(x: number): number {
  return (x ^ (x >>> 15)) & 0x3fffffff;
}

/** Parts of speech that get the short feature row. */
const CLOSED_CLASS: ReadonlySet<string> = new Set(['助詞', '助動詞', '動詞', '接続詞', '連体詞']);

/** Filler for unused slots of a short row; never a real feature id (those are ≥ 0). */
export const NO_FEATURE = -1;

/** Number of template features per token (evidence features come on top). */
export const TEMPLATE_COUNT = 26;

/**
 * Hashed features for tokens [from, to) of one sentence, for the sequence tagger: the words, parts of
 * speech and character classes in a ±2 window, word bigrams, and the first and last characters
 * (「〜省」, 「〜氏」 show in them). Token i's features are written to `out` at (i - from) * 26.
 * Training and inference both call this, so the model sees exactly what it was trained on.
 */
export function writeTokenFeatures(tokens: readonly Token[], from: number, to: number, out: Int32Array): void {
  const v = hashTokens(tokens, from, to);
  const n = to - from;
  // Hash of field k of token i (relative), with sentence-edge markers outside.
  const g = (i: number, k: number): number => (i < 0 ? BOS : i >= n ? EOS : (v[i * STRIDE + k] as number));
  for (let i = 0; i < n; i++) {
    const o = i * TEMPLATE_COUNT;
    const w = g(i, W);
    const wp = g(i - 1, W);
    const wn = g(i + 1, W);
    if (CLOSED_CLASS.has((tokens[from + i] as Token).pos)) {
      // Particles, verbs and auxiliaries (a third of all tokens) are almost never inside a name:
      // five features decide, the rest of the row is left empty (0 = no feature).
      out[o] = f1(0, 0);
      out[o + 1] = f1(1, w);
      out[o + 2] = f1(6, g(i, POS));
      out[o + 3] = f2(14, wp, w);
      out[o + 4] = f2(15, w, wn);
      out.fill(NO_FEATURE, o + 5, o + TEMPLATE_COUNT);
      continue;
    }
    out[o] = f1(0, 0);
    out[o + 1] = f1(1, w);
    out[o + 2] = f1(2, wp);
    out[o + 3] = f1(3, wn);
    out[o + 4] = f1(4, g(i - 2, W));
    out[o + 5] = f1(5, g(i + 2, W));
    out[o + 6] = f1(6, g(i, POS));
    out[o + 7] = f1(7, g(i - 1, POS));
    out[o + 8] = f1(8, g(i + 1, POS));
    out[o + 9] = f1(9, g(i - 2, POS1));
    out[o + 10] = f1(10, g(i + 2, POS1));
    out[o + 11] = f1(11, g(i, CLS));
    out[o + 12] = f1(12, g(i - 1, CLS));
    out[o + 13] = f1(13, g(i + 1, CLS));
    out[o + 14] = f2(14, wp, w);
    out[o + 15] = f2(15, w, wn);
    out[o + 16] = f3(16, g(i - 1, POS1), g(i, POS1), g(i + 1, POS1));
    out[o + 17] = f3(17, g(i - 1, CLS), g(i, CLS), g(i + 1, CLS));
    out[o + 18] = f1(18, g(i, LAST1));
    out[o + 19] = f1(19, g(i, LAST2));
    out[o + 20] = f1(20, g(i, FIRST1));
    out[o + 21] = f1(21, g(i, FIRST2));
    out[o + 22] = f1(22, g(i, CLS_LEN));
    out[o + 23] = f1(23, g(i, KNOWN));
    out[o + 24] = f1(24, g(i + 1, FIRST1));
    out[o + 25] = f1(25, g(i - 1, LAST1));
  }
}

/** The same features as lists (for training): template features plus `extra[i]` evidence features. */
export function tokenFeatures(tokens: readonly Token[], extra?: readonly (readonly number[])[]): number[][] {
  const flat = new Int32Array(tokens.length * TEMPLATE_COUNT);
  writeTokenFeatures(tokens, 0, tokens.length, flat);
  return tokens.map((_, i) => [
    ...flat.subarray(i * TEMPLATE_COUNT, (i + 1) * TEMPLATE_COUNT).filter((x) => x !== NO_FEATURE),
    ...(extra?.[i] ?? []),
  ]);
}
