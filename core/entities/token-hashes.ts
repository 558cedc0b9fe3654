import type { Token } from '../types';
import { mix, seed } from './feature-hash';
import { wordClasses } from './word-classes';

// Per-token hashes the feature templates combine, thirteen per token: each string is hashed once per
// token, not once per template. Shared by writeTokenFeatures (training) and the emission cache.
export const W = 0;
export const POS = 1;
export const POS1 = 2;
export const CLS = 3;
export const CLS_LEN = 4;
export const KNOWN = 5;
export const LAST1 = 6;
export const LAST2 = 7;
export const FIRST1 = 8;
export const FIRST2 = 9;
/** The word's class (see word-classes.ts), fine and coarse; 0 when the word is not listed. */
export const WC = 10;
export const WCC = 11;
/** Sudachi's part of speech for the word (word-classes.ts), 0 when it has none. */
export const SUDACHI = 12;
/** Number of hashes per token. */
export const STRIDE = 13;

const h = (s: string, from = 0, to = s.length): number => mix(seed(0), s, from, to);
/** The hash every field takes before the sentence start (「<s>」) and after its end. */
export const BOS = h('<s>');
export const EOS = h('</s>');

/** Parts of speech that get the short feature row (particles, verbs: almost never inside a name). */
export const CLOSED_CLASS: ReadonlySet<string> = new Set(['助詞', '助動詞', '動詞', '接続詞', '連体詞']);

/** Character class letter of one UTF-16 unit: K kanji, A katakana, H hiragana, L Latin, D digit, S other. */
export function classOf(code: number): string {
  if ((code >= 0x4e00 && code <= 0x9fff) || code === 0x3005 || code === 0x3006 || code === 0x30f6) return 'K';
  if (code >= 0x30a0 && code <= 0x30ff) return 'A'; // includes ・ and ー: 「ウラジーミル・プーチン」 stays one class
  if (code >= 0x3040 && code <= 0x309f) return 'H';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'L';
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return 'L';
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 'D';
  if (code >= 0xd800 && code <= 0xdbff) return 'K'; // surrogate pair: almost always a rare kanji in names
  return 'S';
}

/** Hash of the POS fields without building the joined string. */
function posHash(t: Token, full: boolean): number {
  let x = mix(seed(1), t.pos);
  x = mix(Math.imul(x ^ 0x2c, 16777619), t.pos1);
  if (!full) return x;
  x = mix(Math.imul(x ^ 0x2c, 16777619), t.pos2);
  return mix(Math.imul(x ^ 0x2c, 16777619), t.pos3);
}

const CLASS_BITS: Readonly<Record<string, number>> = { K: 1, A: 2, H: 4, L: 8, D: 16, S: 32 };

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

/**
 * Writes token `t`'s thirteen hashes to `v` at offset `o` (a function of surface, POS, `known` and the
 * installed word classes only).
 */
export function hashToken(t: Token, v: Int32Array, o: number): void {
  const w = t.surface;
  const n = w.length;
  const cls = classCode(w);
  const pos1 = posHash(t, false);
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
  const wc = wordClasses();
  const row = wc ? wc.indexOf(w) : -1;
  const fine = wc ? wc.fineAt(row) : -1;
  v[o + WC] = fine + 1;
  v[o + WCC] = wc ? wc.coarseOf(fine) + 1 : 0;
  v[o + SUDACHI] = wc ? wc.sudachiAt(row) : 0;
}

/** Feature id from a template number and one to three part hashes (integer mixing, no strings). */
export function f1(template: number, a: number): number {
  return fin(Math.imul(seed(template) ^ a, 0x85ebca6b));
}
/** Two-part feature id (word bigrams). */
export function f2(template: number, a: number, b: number): number {
  return fin(Math.imul(Math.imul(seed(template) ^ a, 0x85ebca6b) ^ b, 0xc2b2ae35));
}
/** Three-part feature id (POS and class trigrams). */
export function f3(template: number, a: number, b: number, c: number): number {
  return fin(Math.imul(Math.imul(Math.imul(seed(template) ^ a, 0x85ebca6b) ^ b, 0xc2b2ae35) ^ c, 0x27d4eb2f));
}
function fin(x: number): number {
  return (x ^ (x >>> 15)) & 0x3fffffff;
}
