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

// Score and back-pointer rows, grown as needed and reused: one decode per sentence, no allocation each.
let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

let incomingBuf = new Float64Array(0);

/**
 * The transition matrix by target tag: row t lists trans[from → t] for every from, read contiguously.
 * Rebuilt per call (nTags² copies, small next to a sentence): training updates `trans` in place.
 */
function incoming(trans: Float64Array, nTags: number): Float64Array {
  if (incomingBuf.length !== nTags * nTags) incomingBuf = new Float64Array(nTags * nTags);
  const m = incomingBuf;
  for (let t = 0; t < nTags; t++)
    for (let f = 0; f < nTags; f++) m[t * nTags + f] = trans[(f + 1) * nTags + t] as number;
  return m;
}

/**
 * Best tag sequence. `emit[i * nTags + t]` is token i's score for tag t; `trans[(from + 1) * nTags + to]`
 * the transition score, row 0 being the sentence start.
 */
export function viterbi(emit: Float64Array, n: number, nTags: number, trans: Float64Array): number[] {
  if (n === 0) return [];
  const pred = predecessorsOf(nTags);
  const into = incoming(trans, nTags);
  if (scoreBuf.length < n * nTags) {
    scoreBuf = new Float64Array(n * nTags * 2);
    backBuf = new Int32Array(n * nTags * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
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
        const r = t * nTags;
        for (let f = 0; f < nTags; f++) {
          const s = (score[prevRow + f] as number) + (into[r + f] as number);
          if (s > best) {
            best = s;
            arg = f;
          }
        }
      } else {
        const froms = pred[t] as Int32Array;
        for (let k = 0; k < froms.length; k++) {
          const f = froms[k] as number;
          const s = (score[prevRow + f] as number) + (into[t * nTags + f] as number);
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

/**
 * The forward scores of the last viterbi() call: [i * nTags + t] is the best score of a path prefix
 * ending in tag t at token i. Valid until the next call (margins.ts reads them right after decoding).
 */
export function lastForwardScores(): Float64Array {
  return scoreBuf;
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
