import type { Token } from '../types';
import { writeEmissions } from './emission';
import { FeatureTable } from './feature-table';
import { TAG_COUNT, TAGGER_CLASSES } from './labels';
import { WEIGHTS_JSON } from './model/weights';
import { tokenSegments } from './segments';
import { spanFeatures } from './span-features';
import { pathSpans, viterbi } from './viterbi';

interface Model {
  trans: Float64Array;
  /** Weight of the tagger's own B/I scores for a type, added to the span classifier's logits. */
  vote: number;
  feats: FeatureTable;
  classes: FeatureTable;
}

let model: Model | null = null;

/** Parses the weights once, on first use, so importing core/ stays cheap. */
function loadModel(): Model {
  if (model) return model;
  const raw = JSON.parse(WEIGHTS_JSON) as {
    scale: number;
    classScale: number;
    vote: number;
    trans: number[];
    feats: Record<string, string>;
    classes: Record<string, string>;
  };
  model = {
    trans: Float64Array.from(raw.trans, (x) => x / raw.scale),
    vote: raw.vote,
    feats: new FeatureTable(raw.feats, raw.scale),
    classes: new FeatureTable(raw.classes, raw.classScale),
  };
  return model;
}

/** A name the tagger found: token range and class index into TAGGER_CLASSES. */
export interface TaggedSpan {
  from: number;
  to: number;
  cls: number;
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
  const m = loadModel();
  // Local copies: module bindings read in the hot loop cost a property lookup each in bundled code.
  const K = TAGGER_CLASSES.length;
  const T = TAG_COUNT;
  const out: TaggedSpan[] = [];
  // One score buffer for the whole text: writeEmissions overwrites each sentence's rows.
  let emit = new Float64Array(0);
  for (const [a, b] of tokenSegments(tokens)) {
    const n = b - a;
    if (emit.length < n * T) emit = new Float64Array(n * T * 2);
    writeEmissions(tokens, a, b, m.feats, T, emit);
    for (let i = 0; i < n; i++) {
      const e = extra[a + i];
      if (e && e.length > 0) m.feats.addInto(e, emit, i * T);
    }
    const spans = pathSpans(viterbi(emit, n, T, m.trans));
    if (spans.length === 0) continue;
    // The span classifier sees the sentence alone (<s> and </s> at its edges), as in training.
    const seg = tokens.slice(a, b);
    for (const sp of spans) {
      const scores = new Float64Array(K);
      m.classes.addInto(spanFeatures(text, seg, sp.from, sp.to), scores, 0);
      for (let k = 0; k < K; k++) {
        let t = emit[sp.from * T + 2 * k + 1] as number;
        for (let i = sp.from + 1; i < sp.to; i++) t += emit[i * T + 2 * k + 2] as number;
        scores[k] = (scores[k] as number) + m.vote * t;
      }
      let best = 0;
      for (let k = 1; k < K; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
      out.push({ from: a + sp.from, to: a + sp.to, cls: best });
    }
  }
  return out;
}
