#!/usr/bin/env node
// Trains the entity tagger: an averaged structured perceptron over kuromoji tokens, on the Stockmark
// Wikipedia NER data (CC BY-SA 3.0) WITHOUT its test split (sentence index % 5 === 0), and writes
// the binary asset public/ner/entities.bin (or $OUT). Deterministic: fixed epoch count and a seeded shuffle.
//   node scripts/train-ner.mjs [--dev]   (--dev also holds out index % 5 === 1 and reports its F1;
//   with WRITE=1 it writes that held-out model too, for `node scripts/eval-ner.mjs --split dev`;
//   OUT=path writes it elsewhere, and SHUTTEN_ENTITY_MODEL=path makes the CLI use it)
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { register } from 'tsx/esm/api';

register();
const { loadNodeTokenizer } = await import('../cli/tokenizer.ts');
const { tokenizeText } = await import('../core/text/tokens.ts');
const { tokenFeatures } = await import('../core/entities/features.ts');
const { evidenceFeatures } = await import('../core/entities/evidence-features.ts');
const { gazetteerTrie } = await import('../core/entities/gazetteer.ts');
const { spanFeatures, spanVector } = await import('../core/entities/span-features.ts');
const { tokenSegments } = await import('../core/entities/segments.ts');
const { viterbi, pathSpans } = await import('../core/entities/viterbi.ts');
const { TAGGER_CLASSES, TAG_COUNT } = await import('../core/entities/labels.ts');
const { FeatureTable } = await import('../core/entities/feature-table.ts');
const { encodeEntityModel } = await import('../core/entities/model.ts');
const { WordClasses, installWordClasses } = await import('../core/entities/word-classes.ts');
const { NameReadings } = await import('../core/entities/name-readings.ts');
const { Sections } = await import('../core/entities/model-format.ts');

const DEV = process.argv.includes('--dev');
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const PRUNE = Number(process.env.PRUNE ?? 1);
// Span classifier: epochs, AdaGrad rate, L2, minimum feature count, stored scale, and the weight of
// the tagger's own B/I scores for each type added to its logits (see tagger.ts).
const CLASS_EPOCHS = Number(process.env.CLASS_EPOCHS ?? 10);
const RATE = Number(process.env.RATE ?? 0.1);
const L2 = Number(process.env.L2 ?? 1e-3);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const CLASS_SCALE = Number(process.env.CLASS_SCALE ?? 10);
const TAGGER_VOTE = Number(process.env.TAGGER_VOTE ?? 0.02);
// Word classes from chiVe vectors (python/word_classes.py → data/ner/word-classes.tsv.gz); WC=0 trains without.
function readWordClasses() {
  const lines = gunzipSync(readFileSync(new URL('../data/ner/word-classes.tsv.gz', import.meta.url)))
    .toString('utf8')
    .split('\n');
  const header = new Map();
  const words = new Map();
  for (const line of lines) {
    const [word, row, sudachi] = line.split('\t');
    if (word?.startsWith('#')) header.set(word, line.split('\t').slice(1));
    else if (word && row !== undefined) words.set(word, [Number(row), Number(sudachi ?? 0)]);
  }
  const list = (name) => header.get(name)[0].split(',').map(Number);
  const vectors = new Int8Array(readFileSync(new URL('../data/ner/word-vectors.i8', import.meta.url)));
  return WordClasses.build(words, list('#fine'), list('#coarse'), vectors);
}
const data = JSON.parse(readFileSync(new URL('../../shared/ner/ner-wikipedia.json', import.meta.url), 'utf8'));
const tokenizer = await loadNodeTokenizer();
const wordClasses = process.env.WC === '0' ? null : readWordClasses();
// After the tokenizer: loading it installs the shipped model's classes, and training uses its own.
installWordClasses(wordClasses);
const classIndex = new Map(TAGGER_CLASSES.flatMap((c, i) => c.codes.map((code) => [code, i])));

/** One training segment: feature lists and gold tags per token. */
function examples(sentence, lists) {
  const tokens = tokenizeText(sentence.text, tokenizer);
  const gold = new Array(tokens.length).fill(0);
  for (const e of sentence.entities) {
    const k = classIndex.get(e.type);
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      // A token overlapping the span joins it (1% of spans end inside a kuromoji token).
      if (tokens[i].end <= e.span[0] || tokens[i].start >= e.span[1]) continue;
      gold[i] = first ? 2 * k + 1 : 2 * k + 2;
      first = false;
    }
  }
  const extra = evidenceFeatures(sentence.text, tokens, lists);
  return tokenSegments(tokens).map(([a, b]) => {
    const g = gold.slice(a, b);
    const seg = tokens.slice(a, b);
    const spans = pathSpans(g).map((sp) => ({
      feats: spanFeatures(sentence.text, seg, sp.from, sp.to),
      dense: spanVector(seg, sp.from, sp.to),
      type: sp.type,
    }));
    return { feats: tokenFeatures(seg, extra.slice(a, b)), gold: g, spans, text: sentence.text, tokens: seg };
  });
}

const trainSentences = [];
const devSentences = [];
data.forEach((s, i) => {
  if (i % 5 === 0) return; // the test split is never read
  if (DEV && i % 5 === 1) devSentences.push(s);
  else trainSentences.push(s);
});
// Evidence features come from the shipped gazetteers, exactly as at run time. (A lexicon of the
// training names, cross-folded, was tried and did not help: Wikipedia sentences rarely repeat names.)
const lists = [gazetteerTrie()];
const train = trainSentences.flatMap((s) => examples(s, lists));
const dev = devSentences.flatMap((s) => examples(s, lists));
console.error(`segments: train ${train.length}, dev ${dev.length}`);
// Tagger features seen only once in training are left out: as accurate on dev, half the weights.
const TAG_MIN = Number(process.env.TAG_MIN ?? 2);
if (TAG_MIN > 1) {
  const n = new Map();
  for (const ex of train) for (const fs of ex.feats) for (const f of fs) n.set(f, (n.get(f) ?? 0) + 1);
  for (const ex of train) ex.feats = ex.feats.map((fs) => fs.filter((f) => n.get(f) >= TAG_MIN));
}

const T = TAG_COUNT;
const W = new Map(); // feature → Float64Array(T) weights
const U = new Map(); // feature → Float64Array(T) timestamp-weighted updates, for averaging
const trans = new Float64Array((T + 1) * T);
const transU = new Float64Array((T + 1) * T);
let c = 1;

function emissions(feats, weights) {
  const emit = new Float64Array(feats.length * T);
  for (let i = 0; i < feats.length; i++) {
    for (const f of feats[i]) {
      const w = weights.get(f);
      if (!w) continue;
      for (let t = 0; t < T; t++) emit[i * T + t] += w[t];
    }
  }
  return emit;
}

function bump(f, t, d) {
  let w = W.get(f);
  if (!w) {
    w = new Float64Array(T);
    W.set(f, w);
    U.set(f, new Float64Array(T));
  }
  w[t] += d;
  U.get(f)[t] += c * d;
}

let seed = 12345;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = train.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [train[i], train[j]] = [train[j], train[i]];
  }
  let errors = 0;
  for (const ex of train) {
    const pred = viterbi(emissions(ex.feats, W), ex.feats.length, T, trans);
    let prev = -1;
    let prevP = -1;
    for (let i = 0; i < pred.length; i++) {
      const g = ex.gold[i];
      const p = pred[i];
      if (g !== p) {
        errors++;
        for (const f of ex.feats[i]) {
          bump(f, g, 1);
          bump(f, p, -1);
        }
      }
      if (g !== p || prev !== prevP) {
        trans[(prev + 1) * T + g] += 1;
        transU[(prev + 1) * T + g] += c;
        trans[(prevP + 1) * T + p] -= 1;
        transU[(prevP + 1) * T + p] -= c;
      }
      prev = g;
      prevP = p;
    }
    c++;
  }
  console.error(`epoch ${epoch + 1}: ${errors} token errors`);
}

// Averaged weights: w − u/c.
const avg = new Map();
for (const [f, w] of W) {
  const u = U.get(f);
  const a = new Float64Array(T);
  let keep = false;
  for (let t = 0; t < T; t++) {
    a[t] = w[t] - u[t] / c;
    if (Math.abs(a[t]) >= PRUNE) keep = true;
  }
  if (keep) avg.set(f, a);
}
const transAvg = trans.map((w, i) => w - transU[i] / c);

// The span type classifier: softmax regression over gold spans (AdaGrad, L2), features seen in fewer
// than two training spans left out. (An averaged perceptron typed 2–3 points fewer dev spans right.)
const K = TAGGER_CLASSES.length;
const spanExamples = train.flatMap((ex) => ex.spans);
// Dense weights of the span vector (word vectors), classes × its length; DENSE=0 leaves them out.
const DENSE = process.env.DENSE !== '0' && wordClasses !== null;
const DD = DENSE ? (spanExamples.find((ex) => ex.dense)?.dense.length ?? 0) : 0;
const CD = new Float64Array(K * DD);
const CDG = new Float64Array(K * DD);
const classScores = (feats, weights, dense = null, dw = CD) => {
  const sc = new Float64Array(K);
  for (const f of feats) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < K; k++) sc[k] += w[k];
  }
  if (dense && DD) {
    for (let k = 0; k < K; k++) for (let j = 0; j < DD; j++) sc[k] += dw[k * DD + j] * dense[j];
  }
  return sc;
};
const argmax = (a) => a.reduce((best, v, i) => (v > a[best] ? i : best), 0);
const seen = new Map();
for (const ex of spanExamples) for (const f of ex.feats) seen.set(f, (seen.get(f) ?? 0) + 1);
for (const ex of spanExamples) ex.feats = ex.feats.filter((f) => seen.get(f) >= MIN_COUNT);
const CW = new Map();
const CG = new Map(); // summed squared gradients (AdaGrad)
const prob = new Float64Array(K);
for (let epoch = 0; epoch < CLASS_EPOCHS; epoch++) {
  for (let i = spanExamples.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [spanExamples[i], spanExamples[j]] = [spanExamples[j], spanExamples[i]];
  }
  for (const ex of spanExamples) {
    const sc = classScores(ex.feats, CW, ex.dense);
    const mx = Math.max(...sc);
    let z = 0;
    for (let k = 0; k < K; k++) z += prob[k] = Math.exp(sc[k] - mx);
    for (const f of ex.feats) {
      if (!CW.has(f)) {
        CW.set(f, new Float64Array(K));
        CG.set(f, new Float64Array(K));
      }
      const w = CW.get(f);
      const g2 = CG.get(f);
      for (let k = 0; k < K; k++) {
        const g = prob[k] / z - (k === ex.type ? 1 : 0) + L2 * w[k];
        g2[k] += g * g;
        w[k] -= (RATE * g) / Math.sqrt(g2[k] + 1e-8);
      }
    }
    if (ex.dense && DD) {
      for (let k = 0; k < K; k++) {
        const err = prob[k] / z - (k === ex.type ? 1 : 0);
        for (let j = 0; j < DD; j++) {
          const o = k * DD + j;
          const g = err * ex.dense[j] + L2 * CD[o];
          CDG[o] += g * g;
          CD[o] -= (RATE * g) / Math.sqrt(CDG[o] + 1e-8);
        }
      }
    }
  }
}
// Stored as float32: the dev score below is the shipped model's.
const classDense = DD ? Float32Array.from(CD) : null;
// Quantised to 1/CLASS_SCALE as stored, so the dev score below is the shipped model's.
const cavg = new Map();
for (const [f, w] of CW) {
  const a = w.map((x) => Math.round(x * CLASS_SCALE) / CLASS_SCALE);
  if (a.some((x) => x !== 0)) cavg.set(f, a);
}

if (DEV) {
  const USE_CLS = process.env.CLS !== '0';
  const predict = (ex) => {
    const em = emissions(ex.feats, avg);
    return pathSpans(viterbi(em, ex.feats.length, T, transAvg)).map((sp) => {
      if (!USE_CLS) return sp;
      const sc = classScores(
        spanFeatures(ex.text, ex.tokens, sp.from, sp.to),
        cavg,
        spanVector(ex.tokens, sp.from, sp.to),
        classDense,
      );
      for (let k = 0; k < K; k++) {
        let t = em[sp.from * T + 2 * k + 1];
        for (let i = sp.from + 1; i < sp.to; i++) t += em[i * T + 2 * k + 2];
        sc[k] += TAGGER_VOTE * t;
      }
      return { ...sp, type: argmax(sc) };
    });
  };
  const preds = dev.map(predict);
  const score = (keyOf) => {
    let tp = 0;
    let np = 0;
    let ng = 0;
    for (const [n, ex] of dev.entries()) {
      const pred = preds[n];
      const gold = pathSpans(ex.gold);
      const g = new Set(gold.map(keyOf));
      np += pred.length;
      ng += gold.length;
      tp += pred.filter((s) => g.has(keyOf(s))).length;
    }
    const p = tp / np;
    const r = tp / ng;
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`;
  };
  console.error(`dev typed (mapped): ${score((s) => `${s.from}:${s.to}:${TAGGER_CLASSES[s.type].type}`)}`);
  console.error(`dev untyped:        ${score((s) => `${s.from}:${s.to}`)}`);
  const goldSpans = dev.flatMap((ex) => ex.spans);
  const right = goldSpans.filter((sp) => argmax(classScores(sp.feats, cavg, sp.dense, classDense)) === sp.type).length;
  console.error(`dev gold-span type accuracy: ${(right / goldSpans.length).toFixed(3)}`);
}

// Weights rounded to 1/100 (the span classifier's to 1/CLASS_SCALE) and stored as float32, so that
// float64 sums of them are exact in any order (see core/entities/emission.ts).
const round = (x) => Math.round(x * 100);
const rows = (weights, width, scale, keep) => {
  const out = new Map();
  for (const [f, a] of [...weights].sort((x, y) => x[0] - y[0])) {
    const row = [];
    for (let t = 0; t < width; t++) if (keep(a[t])) row.push([t, Math.round(a[t] * scale) / scale]);
    if (row.length) out.set(f, row);
  }
  return out;
};
const featRows = rows(avg, T, 100, (w) => Math.abs(w) >= PRUNE);
const classRows = rows(cavg, K, CLASS_SCALE, (w) => w !== 0);
const bytes = encodeEntityModel({
  tags: T,
  trans: Float64Array.from(transAvg, (w) => round(w) / 100),
  vote: TAGGER_VOTE,
  feats: FeatureTable.build(featRows),
  classes: FeatureTable.build(classRows),
  words: wordClasses,
  classDense,
  // Readings of people's names (scripts/build-name-readings.mjs, from ENAMDICT), packed as they are.
  readings: NameReadings.read(
    new Sections(new Uint8Array(readFileSync(new URL('../data/ner/name-readings.bin', import.meta.url))).buffer),
  ),
});
const out = process.env.OUT ?? new URL('../public/ner/entities.bin', import.meta.url).pathname;
if (!DEV || process.env.WRITE === '1') writeFileSync(out, bytes);
console.error(
  `features kept: ${featRows.size} tagger, ${classRows.size} span classifier; model ${(bytes.length / 1e6).toFixed(2)} MB${!DEV || process.env.WRITE === '1' ? ` → ${out}` : ''}`,
);
