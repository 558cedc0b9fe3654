import { lastForwardScores } from './viterbi';

/*
 * How sure the tagger is of a span: the score of its best path against the best path that tags some
 * token of the span otherwise (or runs the span on past its end). Max-marginals, from a forward and a
 * backward Viterbi pass: only additions and comparisons, the forward pass being the decode's own.
 * 「田中氏は」: every other reading of 田中 scores far lower, a wide margin; 「米を炊く」: tagging 米 O
 * costs the path little, a narrow one.
 */

let fwd: Float64Array = new Float64Array(0);
let bwd = new Float64Array(0);

/**
 * Backward max scores of every (token, tag): bwd[i·T + t] is the best continuation after tag t at
 * token i. The forward ones are viterbi()'s own (lastForwardScores), so one more pass is all it costs.
 */
function backward(emit: Float64Array, n: number, T: number, trans: Float64Array): void {
  fwd = lastForwardScores();
  if (bwd.length < n * T) bwd = new Float64Array(n * T * 2);
  for (let t = 0; t < T; t++) bwd[(n - 1) * T + t] = 0;
  // Tag 0 is O, odd tags B, even tags I (viterbi.ts): after t come O, any B, and the I that continues
  // t's own span (B_k → I_k, I_k → I_k).
  for (let i = n - 2; i >= 0; i--) {
    const q = (i + 1) * T;
    for (let t = 0; t < T; t++) {
      const row = (t + 1) * T;
      let best = Number.NEGATIVE_INFINITY;
      for (let u = 0; u < T; u += u === 0 ? 1 : 2) {
        const s = (trans[row + u] as number) + (emit[q + u] as number) + (bwd[q + u] as number);
        if (s > best) best = s;
      }
      if (t > 0) {
        const u = (t & 1) === 1 ? t + 1 : t;
        const s = (trans[row + u] as number) + (emit[q + u] as number) + (bwd[q + u] as number);
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
 * `path` is the path viterbi() just decoded from the same scores (its forward scores are reused).
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
  backward(emit, n, T, trans);
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
