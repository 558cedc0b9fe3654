import { isDependent, isNoun, isNumeral } from '../text/pos';
import type { Token } from '../types';
import { done, feat, mix, seed, sep } from './feature-hash';
import { charClasses } from './features';
import { wordClasses } from './word-classes';

const pair = (template: number, a: string, b: string): number => done(mix(sep(mix(seed(template), a)), b));

/**
 * Hashed features of a whole candidate span [from, to) for the type classifier: the tagger finds where
 * a name is from a small window, but its kind shows in the words inside and the word after it:
 * 「第3回東京国際映画祭」 ends in 祭 (an event), 「〇〇株式会社」 in 株式会社 (a company).
 */
export function spanFeatures(text: string, tokens: readonly Token[], from: number, to: number): number[] {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  const name = text.slice(first.start, last.end);
  const n = name.length;
  const before = tokens[from - 1]?.surface ?? '<s>';
  const before2 = tokens[from - 2]?.surface ?? '<s>';
  const after = tokens[to];
  const afterW = after?.surface ?? '</s>';
  const after2 = tokens[to + 1]?.surface ?? '</s>';
  const f = [
    feat(100, ''),
    feat(101, first.surface),
    feat(102, last.surface),
    feat(103, `${last.pos},${last.pos1},${last.pos2},${last.pos3}`),
    feat(104, `${first.pos1},${first.pos2},${first.pos3}`),
    done(mix(seed(105), name, n - 1)),
    done(mix(seed(106), name, n - 2)),
    done(mix(seed(107), name, n - 3)),
    done(mix(seed(108), name, 0, 1)),
    done(mix(seed(109), name, 0, 2)),
    feat(110, charClasses(name)),
    feat(111, String(Math.min(to - from, 5))),
    feat(112, before),
    pair(113, before2, before),
    feat(114, afterW),
    pair(115, afterW, after2),
    feat(116, after ? `${after.pos},${after.pos1}` : '</s>'),
  ];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    f.push(feat(117, t.surface));
    if (t.pos2 !== '*') f.push(pair(118, t.pos2, t.pos3));
  }
  // Word classes of the name's edges, its words and its neighbours: what kind of words these are.
  const wc = wordClasses();
  if (wc) {
    const fine = (t: Token | undefined) => (t ? wc.fineOf(t.surface) : -2);
    f.push(
      feat(123, String(fine(first))),
      feat(124, String(fine(last))),
      feat(126, String(fine(after))),
      feat(127, String(fine(tokens[from - 1]))),
    );
    for (let i = from; i < to; i++) {
      const row = wc.indexOf((tokens[i] as Token).surface);
      f.push(feat(125, String(wc.coarseOf(wc.fineAt(row)))), feat(128, String(wc.sudachiAt(row))));
    }
    const edge = (t: Token) => String(wc.sudachiAt(wc.indexOf(t.surface)));
    f.push(feat(129, edge(first)), feat(130, edge(last)));
  }
  // The sentence's last noun: 「…は、日本の野球選手。」 says what the topic is.
  for (let i = tokens.length - 1; i >= to; i--) {
    const t = tokens[i] as Token;
    if (isNoun(t) && !isDependent(t) && !isNumeral(t)) {
      f.push(feat(121, t.surface), pair(122, t.surface, afterW));
      break;
    }
  }
  return f;
}

/** Parts of the span vector: the mean of the name's words, its last word, the word after it. */
export const SPAN_VECTOR_PARTS = 3;

/**
 * Dense features of a span for the type classifier, from the word vectors (word-classes.ts): the mean
 * of the name's listed words, the last word's, and the next word's (each `dims` long, zero where not
 * listed). 「フィオレンティーナ」 lies near other football clubs, 「ヴィンデックス」 near other products.
 * Null when no word classes are installed.
 */
export function spanVector(tokens: readonly Token[], from: number, to: number): Float64Array | null {
  const wc = wordClasses();
  if (!wc || wc.dims === 0) return null;
  const d = wc.dims;
  const out = new Float64Array(SPAN_VECTOR_PARTS * d);
  let n = 0;
  for (let i = from; i < to; i++) {
    const row = wc.indexOf((tokens[i] as Token).surface);
    if (row >= 0) n++;
    wc.addVector(row, out, 0, 1 / 127);
  }
  if (n > 1) for (let k = 0; k < d; k++) out[k] = (out[k] as number) / n;
  wc.addVector(wc.indexOf((tokens[to - 1] as Token).surface), out, d, 1 / 127);
  const after = tokens[to];
  if (after) wc.addVector(wc.indexOf(after.surface), out, 2 * d, 1 / 127);
  return out;
}
