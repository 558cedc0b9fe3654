/**
 * First-order Viterbi decoding over BIO tags, shared by the runtime tagger and scripts/train-ner.mjs.
 * Tag 0 is O; tag 2k+1 is B of type k and 2k+2 is I of type k. An I may only follow the B or I of its
 * own type, so every decoded path reads as well-formed spans.
 */

/** True when `to` may follow `from` (from = -1 at the sentence start). */
export function allowedTransition(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true;
  return from === to || from === to - 1;
}

const predecessors = new Map<number, Int32Array[]>();

/** For each tag, the tags that may precede it: all for O and B, two for an I (its B and itself). */
function predecessorsOf(nTags: number): Int32Array[] {
  let p = predecessors.get(nTags);
  if (!p) {
    p = [];
    for (let t = 0; t < nTags; t++) {
      const list: number[] = [];
      for (let f = 0; f < nTags; f++) if (allowedTransition(f, t)) list.push(f);
      p.push(Int32Array.from(list));
    }
    predecessors.set(nTags, p);
  }
  return p;
}

/**
 * Best tag sequence. `emit[i * nTags + t]` is token i's score for tag t; `trans[(from + 1) * nTags + to]`
 * the transition score, row 0 being the sentence start.
 */
export function viterbi(emit: Float64Array, n: number, nTags: number, trans: Float64Array): number[] {
  if (n === 0) return [];
  const pred = predecessorsOf(nTags);
  const score = new Float64Array(n * nTags);
  const back = new Int32Array(n * nTags);
  for (let t = 0; t < nTags; t++) {
    score[t] = allowedTransition(-1, t) ? (emit[t] as number) + (trans[t] as number) : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * nTags;
    const row = i * nTags;
    for (let t = 0; t < nTags; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      if (t === 0 || t % 2 === 1) {
        // O and B follow any tag (see allowedTransition): no predecessor list to walk.
        for (let f = 0; f < nTags; f++) {
          const s = (score[prevRow + f] as number) + (trans[(f + 1) * nTags + t] as number);
          if (s > best) {
            best = s;
            arg = f;
          }
        }
      } else {
        const froms = pred[t] as Int32Array;
        for (let k = 0; k < froms.length; k++) {
          const f = froms[k] as number;
          const s = (score[prevRow + f] as number) + (trans[(f + 1) * nTags + t] as number);
          if (s > best) {
            best = s;
            arg = f;
          }
        }
      }
      score[row + t] = best + (emit[row + t] as number);
      back[row + t] = arg;
    }
  }
  let bestT = 0;
  for (let t = 1; t < nTags; t++) {
    if ((score[(n - 1) * nTags + t] as number) > (score[(n - 1) * nTags + bestT] as number)) bestT = t;
  }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = bestT;
    bestT = back[i * nTags + bestT] as number;
  }
  return path;
}

/** Spans [startToken, endToken) and type index from a BIO tag path. */
export function pathSpans(path: readonly number[]): { from: number; to: number; type: number }[] {
  const out: { from: number; to: number; type: number }[] = [];
  for (let i = 0; i < path.length; i++) {
    const t = path[i] as number;
    if (t === 0 || t % 2 === 0) continue;
    let j = i + 1;
    while (j < path.length && path[j] === t + 1) j++;
    out.push({ from: i, to: j, type: (t - 1) >> 1 });
    i = j - 1;
  }
  return out;
}
