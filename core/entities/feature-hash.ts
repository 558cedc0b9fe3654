/**
 * Features are 32-bit FNV-1a hashes of (template, parts), never strings: building ~30 strings per token
 * and hashing them again in a Map cost more than kuromoji itself. With ~60k features in a 2^30 space
 * collisions are rare and harmless to a perceptron.
 */
const PRIME = 16777619;
const BASIS = 2166136261;

/** Hash of `s` (or its slice [from, to)) continued from `h`. */
export function mix(h: number, s: string, from = 0, to = s.length): number {
  let x = h;
  for (let i = Math.max(0, from); i < to && i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), PRIME);
  return x;
}

/** Starts a feature: the template number keeps 「w=東京」 and 「w+1=東京」 apart. */
export function seed(template: number): number {
  return Math.imul(BASIS ^ template, PRIME);
}

/** A separator between parts, so ("ab","c") and ("a","bc") differ. */
export function sep(h: number): number {
  return Math.imul(h ^ 0x1f, PRIME);
}

/** Final feature id: 30 bits, so it stays a small integer (V8 Smi) and Map lookups stay fast. */
export function done(h: number): number {
  return h & 0x3fffffff;
}

/** One-part feature: template + string. */
export function feat(template: number, s: string): number {
  return mix(seed(template), s) & 0x3fffffff;
}
