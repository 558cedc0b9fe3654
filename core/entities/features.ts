import type { Token } from '../types';
import {
  BOS,
  CLOSED_CLASS,
  CLS,
  CLS_LEN,
  classOf,
  EOS,
  FIRST1,
  FIRST2,
  f1,
  f2,
  f3,
  hashToken,
  KNOWN,
  LAST1,
  LAST2,
  POS,
  POS1,
  STRIDE,
  SUDACHI,
  W,
  WC,
  WCC,
} from './token-hashes';

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

function hashTokens(tokens: readonly Token[], from: number, to: number): Int32Array {
  const v = new Int32Array((to - from) * STRIDE);
  for (let i = from; i < to; i++) hashToken(tokens[i] as Token, v, (i - from) * STRIDE);
  return v;
}

/** Filler for unused slots of a short row; never a real feature id (those are ≥ 0). */
const NO_FEATURE = -1;

/** Number of template features per token (evidence features come on top). */
export const TEMPLATE_COUNT = 33;

/**
 * Hashed features for tokens [from, to) of one sentence, for the sequence tagger: the words, parts of
 * speech and character classes in a ±2 window, word bigrams, and the first and last characters
 * (「〜省」, 「〜氏」 show in them), and the word classes of the token and its neighbours. Token i's
 * features are written to `out` at (i - from) * TEMPLATE_COUNT.
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
    // Word classes: what kind of word this and its neighbours are, for words training never showed.
    out[o + 26] = f1(26, g(i, WC));
    out[o + 27] = f1(27, g(i, WCC));
    out[o + 28] = f1(28, g(i - 1, WC));
    out[o + 29] = f1(29, g(i + 1, WC));
    // What a dictionary says the word is (a surname, a place, a common noun), here and beside it.
    out[o + 30] = f1(30, g(i, SUDACHI));
    out[o + 31] = f1(31, g(i - 1, SUDACHI));
    out[o + 32] = f1(32, g(i + 1, SUDACHI));
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
