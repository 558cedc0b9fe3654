import type { Token } from '../types';
import type { FeatureTable } from './feature-table';
import {
  BOS,
  CLOSED_CLASS,
  CLS,
  CLS_LEN,
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

/*
 * The tagger's emission scores, computed from per-token-type partial sums instead of 33 hash-table
 * probes per token. Of writeTokenFeatures' 33 templates, 29 depend on one token only (its own word,
 * or the word one or two places before or after it): their weights are summed once per token type and
 * role and cached. Only the bigram/trigram templates (14–17) are looked up per position.
 * Exact, not approximate: every weight is a float32 of (integer ≥ 100 in magnitude) / 100, so a
 * multiple of 2^-23 below 1024, and every partial sum stays a multiple of 2^-23 below 2^16: float64
 * (53 bits) adds them without rounding in any order, so the scores equal writeTokenFeatures + addInto bit for bit.
 */

// Roles a token plays in a window, each a T-wide weight vector in an entry's `vec`.
const SELF = 0;
const PREV = 1;
const NEXT = 2;
const PREV2 = 3;
const NEXT2 = 4;
const ROLES = 5;

/** One token type (surface, POS fields, known): its hashes for the n-gram templates and its role sums. */
interface Entry {
  surface: string;
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  known: boolean;
  w: number;
  p1: number;
  cls: number;
  closed: boolean;
  vec: Float64Array;
  other: Entry | null;
}

/** Bounded: ~20k types of 55 doubles is ~10 MB; a full cache is dropped and refilled. */
const MAX_TYPES = 20000;

/** Cache of token types, per feature table (one model per process in practice). */
const caches = new WeakMap<FeatureTable, Map<string, Entry>>();
const edges = new WeakMap<FeatureTable, [Entry, Entry]>();

const hv = new Int32Array(STRIDE);
const ids = new Int32Array(13);

function fill(e: Entry, v: Int32Array, table: FeatureTable, T: number): void {
  const vec = e.vec;
  let n = 0;
  if (e.closed) {
    ids[n++] = f1(0, 0);
    ids[n++] = f1(1, v[W] as number);
    ids[n++] = f1(6, v[POS] as number);
  } else {
    ids[n++] = f1(0, 0);
    ids[n++] = f1(1, v[W] as number);
    ids[n++] = f1(6, v[POS] as number);
    ids[n++] = f1(11, v[CLS] as number);
    ids[n++] = f1(18, v[LAST1] as number);
    ids[n++] = f1(19, v[LAST2] as number);
    ids[n++] = f1(20, v[FIRST1] as number);
    ids[n++] = f1(21, v[FIRST2] as number);
    ids[n++] = f1(22, v[CLS_LEN] as number);
    ids[n++] = f1(23, v[KNOWN] as number);
    ids[n++] = f1(26, v[WC] as number);
    ids[n++] = f1(27, v[WCC] as number);
    ids[n++] = f1(30, v[SUDACHI] as number);
  }
  table.addInto(ids, vec, SELF * T, 0, n);
  table.addOne(f1(2, v[W] as number), vec, PREV * T);
  table.addOne(f1(7, v[POS] as number), vec, PREV * T);
  table.addOne(f1(12, v[CLS] as number), vec, PREV * T);
  table.addOne(f1(25, v[LAST1] as number), vec, PREV * T);
  table.addOne(f1(28, v[WC] as number), vec, PREV * T);
  table.addOne(f1(31, v[SUDACHI] as number), vec, PREV * T);
  table.addOne(f1(3, v[W] as number), vec, NEXT * T);
  table.addOne(f1(8, v[POS] as number), vec, NEXT * T);
  table.addOne(f1(13, v[CLS] as number), vec, NEXT * T);
  table.addOne(f1(24, v[FIRST1] as number), vec, NEXT * T);
  table.addOne(f1(29, v[WC] as number), vec, NEXT * T);
  table.addOne(f1(32, v[SUDACHI] as number), vec, NEXT * T);
  table.addOne(f1(4, v[W] as number), vec, PREV2 * T);
  table.addOne(f1(9, v[POS1] as number), vec, PREV2 * T);
  table.addOne(f1(5, v[W] as number), vec, NEXT2 * T);
  table.addOne(f1(10, v[POS1] as number), vec, NEXT2 * T);
}

function makeEntry(t: Token | null, edge: number, table: FeatureTable, T: number): Entry {
  if (t) hashToken(t, hv, 0);
  else hv.fill(edge);
  const e: Entry = {
    surface: t?.surface ?? '',
    pos: t?.pos ?? '',
    pos1: t?.pos1 ?? '',
    pos2: t?.pos2 ?? '',
    pos3: t?.pos3 ?? '',
    known: t?.known ?? false,
    w: hv[W] as number,
    p1: hv[POS1] as number,
    cls: hv[CLS] as number,
    closed: t ? CLOSED_CLASS.has(t.pos) : false,
    vec: new Float64Array(ROLES * T),
    other: null,
  };
  fill(e, hv, table, T);
  return e;
}

function entryOf(t: Token, cache: Map<string, Entry>, table: FeatureTable, T: number): Entry {
  const head = cache.get(t.surface);
  for (let e = head ?? null; e; e = e.other) {
    if (e.pos === t.pos && e.pos1 === t.pos1 && e.pos2 === t.pos2 && e.pos3 === t.pos3 && e.known === t.known) return e;
  }
  const e = makeEntry(t, 0, table, T);
  // A long surface may be a view into the whole article (V8 slices strings of 13+ chars): caching it
  // would keep the article alive, and such words (URLs, long katakana runs) rarely repeat anyway.
  if (t.surface.length >= 13) return e;
  if (cache.size >= MAX_TYPES) cache.clear();
  e.other = cache.get(t.surface) ?? null;
  cache.set(t.surface, e);
  return e;
}

/**
 * Emission scores of tokens [a, b) (one sentence) into `emit` ((b - a) × T, overwritten): the same
 * template features as writeTokenFeatures, summed from cached per-type vectors.
 */
export function writeEmissions(
  tokens: readonly Token[],
  a: number,
  b: number,
  table: FeatureTable,
  T: number,
  emit: Float64Array,
): void {
  let cache = caches.get(table);
  if (!cache) {
    cache = new Map();
    caches.set(table, cache);
  }
  let edge = edges.get(table);
  if (!edge) {
    edge = [makeEntry(null, BOS, table, T), makeEntry(null, EOS, table, T)];
    edges.set(table, edge);
  }
  const [bos, eos] = edge;
  const n = b - a;
  // Row padded with two sentence-edge entries each side, so the window needs no bounds checks.
  const row: Entry[] = new Array(n + 4);
  row[0] = bos;
  row[1] = bos;
  for (let i = 0; i < n; i++) row[i + 2] = entryOf(tokens[a + i] as Token, cache, table, T);
  row[n + 2] = eos;
  row[n + 3] = eos;
  for (let i = 0; i < n; i++) {
    const o = i * T;
    const e = row[i + 2] as Entry;
    const p = row[i + 1] as Entry;
    const x = row[i + 3] as Entry;
    const self = e.vec;
    if (e.closed) {
      for (let k = 0; k < T; k++) emit[o + k] = self[k] as number;
    } else {
      const pv = p.vec;
      const xv = x.vec;
      const ppv = (row[i] as Entry).vec;
      const xxv = (row[i + 4] as Entry).vec;
      for (let k = 0; k < T; k++) {
        emit[o + k] =
          (self[k] as number) +
          (pv[PREV * T + k] as number) +
          (xv[NEXT * T + k] as number) +
          (ppv[PREV2 * T + k] as number) +
          (xxv[NEXT2 * T + k] as number);
      }
      table.addOne(f3(16, p.p1, e.p1, x.p1), emit, o);
      table.addOne(f3(17, p.cls, e.cls, x.cls), emit, o);
    }
    table.addOne(f2(14, p.w, e.w), emit, o);
    table.addOne(f2(15, e.w, x.w), emit, o);
  }
}
