import type { Token } from '../types';
import { writeEmissions } from './emission';
import { TAG_COUNT, TAGGER_CLASSES } from './labels';
import { spanMargins } from './margins';
import { entityModel } from './model';
import { tokenSegments } from './segments';
import { spanFeatures, spanVector } from './span-features';
import { pathSpans, viterbi } from './viterbi';

/** A name the tagger found: token range and class index into TAGGER_CLASSES. */
export interface TaggedSpan {
  from: number;
  to: number;
  cls: number;
  /** How far the best path outscores any path without this span (see margins.ts). */
  margin: number;
  /** The span classifier's probability for `cls`. */
  typeProb: number;
}

/**
 * Runs the learned tagger (averaged perceptron + Viterbi over kuromoji tokens, trained by
 * scripts/train-ner.mjs) sentence by sentence, then types each span with the span classifier (a softmax
 * regression) helped by the tagger's own vote: its B/I scores for each type along the span.
 * `extra` carries the evidence features (gazetteer hits) the model was trained with.
 */
export function tagEntities(
  text: string,
  tokens: readonly Token[],
  extra: readonly (readonly number[] | undefined)[],
): TaggedSpan[] {
  // Local copies: module bindings read in the hot loop cost a property lookup each in bundled code.
  const K = TAGGER_CLASSES.length;
  const T = TAG_COUNT;
  const out: TaggedSpan[] = [];
  // One score buffer for the whole text: writeEmissions overwrites each sentence's rows.
  let emit = new Float64Array(0);
  const segments = tokenSegments(tokens);
  if (segments.length === 0) return out;
  const m = entityModel();
  for (const [a, b] of segments) {
    const n = b - a;
    if (emit.length < n * T) emit = new Float64Array(n * T * 2);
    writeEmissions(tokens, a, b, m.feats, T, emit);
    for (let i = 0; i < n; i++) {
      const e = extra[a + i];
      if (e && e.length > 0) m.feats.addInto(e, emit, i * T);
    }
    const path = viterbi(emit, n, T, m.trans);
    const spans = pathSpans(path);
    if (spans.length === 0) continue;
    const margins = spanMargins(emit, n, T, m.trans, path, spans);
    // The span classifier sees the sentence alone (<s> and </s> at its edges), as in training.
    const seg = tokens.slice(a, b);
    for (const [si, sp] of spans.entries()) {
      const scores = new Float64Array(K);
      m.classes.addInto(spanFeatures(text, seg, sp.from, sp.to), scores, 0);
      const dense = m.classDense ? spanVector(seg, sp.from, sp.to) : null;
      if (dense && m.classDense) addDense(m.classDense, dense, scores);
      for (let k = 0; k < K; k++) {
        let t = emit[sp.from * T + 2 * k + 1] as number;
        for (let i = sp.from + 1; i < sp.to; i++) t += emit[i * T + 2 * k + 2] as number;
        scores[k] = (scores[k] as number) + m.vote * t;
      }
      let best = 0;
      for (let k = 1; k < K; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
      let z = 0;
      for (let k = 0; k < K; k++) z += Math.exp((scores[k] as number) - (scores[best] as number));
      out.push({ from: a + sp.from, to: a + sp.to, cls: best, margin: margins[si] as number, typeProb: 1 / z });
    }
  }
  return out;
}

/** Adds weights · x for each class: `weights` holds one row of x's length per class. */
function addDense(weights: Float32Array, x: Float64Array, scores: Float64Array): void {
  const d = x.length;
  for (let k = 0; k < scores.length; k++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += (weights[k * d + j] as number) * (x[j] as number);
    scores[k] = (scores[k] as number) + s;
  }
}
