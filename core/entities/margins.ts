import { allowedTransition } from './viterbi';

/*
 * How sure the tagger is of a span: the score of its best path against the best path that tags some
 * token of the span otherwise (or runs the span on past its end). Max-marginals, from a forward and a
 * backward Viterbi pass: only additions and comparisons, so the cost is that of one more decode.
 * 「田中氏は」: every other reading of 田中 scores far lower, a wide margin; 「米を炊く」: tagging 米 O
 * costs the path little, a narrow one.
 */

let fwd = new Float64Array(0);
let bwd = new Float64Array(0);

/**
 * Forward and backward max scores of every (token, tag): fwd[i·T + t] is the best path prefix ending
 * in tag t at token i (its emission included), bwd[i·T + t] the best continuation after it.
 * The same scores as viterbi() (transitions from row 0 at the start, no end transition).
 */
function maxMarginals(emit: Float64Array, n: number, T: number, trans: Float64Array): void {
  if (fwd.length < n * T) {
    fwd = new Float64Array(n * T * 2);
    bwd = new Float64Array(n * T * 2);
  }
  for (let t = 0; t < T; t++) {
    fwd[t] = allowedTransition(-1, t) ? (emit[t] as number) + (trans[t] as number) : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let f = 0; f < T; f++) {
        if (!allowedTransition(f, t)) continue;
        const s = (fwd[(i - 1) * T + f] as number) + (trans[(f + 1) * T + t] as number);
        if (s > best) best = s;
      }
      fwd[i * T + t] = best + (emit[i * T + t] as number);
    }
  }
  for (let t = 0; t < T; t++) bwd[(n - 1) * T + t] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let u = 0; u < T; u++) {
        if (!allowedTransition(t, u)) continue;
        const s =
          (trans[(t + 1) * T + u] as number) + (emit[(i + 1) * T + u] as number) + (bwd[(i + 1) * T + u] as number);
        if (s > best) best = s;
      }
      bwd[i * T + t] = best;
    }
  }
}

/** Best path score through tag t at token i. */
const through = (i: number, t: number, T: number): number => (fwd[i * T + t] as number) + (bwd[i * T + t] as number);

/**
 * Margin of each span [from, to) of BIO type k on the best path: best score minus the best score of a
 * path that differs inside the span or extends it (token `to` tagged I of the same type). ≥ 0.
 * `path` is the decoded best path.
 */
export function spanMargins(
  emit: Float64Array,
  n: number,
  T: number,
  trans: Float64Array,
  path: readonly number[],
  spans: readonly { from: number; to: number; type: number }[],
): number[] {
  if (spans.length === 0) return [];
  maxMarginals(emit, n, T, trans);
  const best = through(0, path[0] as number, T);
  return spans.map(({ from, to, type }) => {
    let rival = Number.NEGATIVE_INFINITY;
    for (let i = from; i < to; i++) {
      const own = path[i] as number;
      for (let t = 0; t < T; t++) {
        if (t === own) continue;
        const s = through(i, t, T);
        if (s > rival) rival = s;
      }
    }
    if (to < n) {
      const s = through(to, 2 * type + 2, T);
      if (s > rival) rival = s;
    }
    return Math.max(0, best - rival);
  });
}
