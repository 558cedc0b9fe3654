import type { Token } from '../types';
import { tokenFeatures } from './features';
import { TAG_COUNT, TAGGER_CLASSES } from './labels';
import { WEIGHTS_JSON } from './model/weights';
import { tokenSegments } from './segments';
import { spanFeatures } from './span-features';
import { pathSpans, viterbi } from './viterbi';

interface Model {
  trans: Float64Array;
  feats: Map<string, Float64Array>;
  classes: Map<string, Float64Array>;
}

let model: Model | null = null;

function decodeTable(table: Record<string, string>, width: number, scale: number): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const [f, packed] of Object.entries(table)) {
    const w = new Float64Array(width);
    for (const pair of packed.split(',')) {
      const colon = pair.indexOf(':');
      w[Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1)) / scale;
    }
    out.set(f, w);
  }
  return out;
}

/** Parses the weights once, on first use (≈50 ms), so importing core/ stays cheap. */
function loadModel(): Model {
  if (model) return model;
  const raw = JSON.parse(WEIGHTS_JSON) as {
    scale: number;
    trans: number[];
    feats: Record<string, string>;
    classes: Record<string, string>;
  };
  model = {
    trans: Float64Array.from(raw.trans, (x) => x / raw.scale),
    feats: decodeTable(raw.feats, TAG_COUNT, raw.scale),
    classes: decodeTable(raw.classes, TAGGER_CLASSES.length, raw.scale),
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
 * scripts/train-ner.mjs) sentence by sentence, then types each span with the span classifier.
 * `extra` carries the evidence features (gazetteer hits) the model was trained with.
 */
export function tagEntities(text: string, tokens: readonly Token[], extra: readonly string[][]): TaggedSpan[] {
  const m = loadModel();
  const K = TAGGER_CLASSES.length;
  const out: TaggedSpan[] = [];
  for (const [a, b] of tokenSegments(tokens)) {
    const seg = tokens.slice(a, b);
    const feats = tokenFeatures(seg, extra.slice(a, b));
    const emit = new Float64Array(seg.length * TAG_COUNT);
    for (let i = 0; i < feats.length; i++) {
      for (const f of feats[i] as string[]) {
        const w = m.feats.get(f);
        if (w)
          for (let t = 0; t < TAG_COUNT; t++)
            emit[i * TAG_COUNT + t] = (emit[i * TAG_COUNT + t] as number) + (w[t] as number);
      }
    }
    for (const sp of pathSpans(viterbi(emit, seg.length, TAG_COUNT, m.trans))) {
      const scores = new Float64Array(K);
      for (const f of spanFeatures(text, seg, sp.from, sp.to)) {
        const w = m.classes.get(f);
        if (w) for (let k = 0; k < K; k++) scores[k] = (scores[k] as number) + (w[k] as number);
      }
      let best = 0;
      for (let k = 1; k < K; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
      out.push({ from: a + sp.from, to: a + sp.to, cls: best });
    }
  }
  return out;
}
