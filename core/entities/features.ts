import type { Token } from '../types';

/**
 * Character class of a string, one letter per distinct class in order of first appearance:
 * K kanji, A katakana, H hiragana, L Latin letter, D digit, S symbol/other.
 * 「ロシア軍」 → "AK", 「ＣＮＮ」 → "L", 「1月」 → "DK".
 */
export function charClasses(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = classOf(s.charCodeAt(i));
    if (!out.includes(c)) out += c;
  }
  return out;
}

function classOf(code: number): string {
  if ((code >= 0x4e00 && code <= 0x9fff) || code === 0x3005 || code === 0x3006 || code === 0x30f6) return 'K';
  if (code >= 0x30a0 && code <= 0x30ff) return 'A'; // includes ・ and ー: 「ウラジーミル・プーチン」 stays one class
  if (code >= 0x3040 && code <= 0x309f) return 'H';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'L';
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return 'L';
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 'D';
  if (code >= 0xd800 && code <= 0xdbff) return 'K'; // surrogate pair: almost always a rare kanji in names
  return 'S';
}

/** Per-token view the feature templates read: computed once per token, not once per template. */
interface TokenView {
  w: string;
  pos: string;
  pos1: string;
  cls: string;
}

const BOS: TokenView = { w: '<s>', pos: '<s>', pos1: '<s>', cls: '<s>' };
const EOS: TokenView = { w: '</s>', pos: '</s>', pos1: '</s>', cls: '</s>' };

function view(t: Token): TokenView {
  return {
    w: t.surface,
    pos: `${t.pos},${t.pos1},${t.pos2},${t.pos3}`,
    pos1: `${t.pos},${t.pos1}`,
    cls: charClasses(t.surface),
  };
}

/**
 * Feature strings for every token of one segment (a sentence), for the sequence tagger.
 * `extra[i]` holds features from other evidence (gazetteer hits, suffix cues) for token i.
 * Training and inference both call this, so the model sees exactly what it was trained on.
 */
export function tokenFeatures(tokens: readonly Token[], extra?: readonly (readonly string[])[]): string[][] {
  const v = tokens.map(view);
  const at = (i: number): TokenView => (i < 0 ? BOS : i >= v.length ? EOS : (v[i] as TokenView));
  const out: string[][] = [];
  for (let i = 0; i < v.length; i++) {
    const c = at(i);
    const p1 = at(i - 1);
    const n1 = at(i + 1);
    const p2 = at(i - 2);
    const n2 = at(i + 2);
    const w = c.w;
    const f = [
      'b',
      `w=${w}`,
      `w-1=${p1.w}`,
      `w+1=${n1.w}`,
      `w-2=${p2.w}`,
      `w+2=${n2.w}`,
      `p=${c.pos}`,
      `p-1=${p1.pos}`,
      `p+1=${n1.pos}`,
      `q-2=${p2.pos1}`,
      `q+2=${n2.pos1}`,
      `c=${c.cls}`,
      `c-1=${p1.cls}`,
      `c+1=${n1.cls}`,
      `ww-=${p1.w}|${w}`,
      `ww+=${w}|${n1.w}`,
      `pp=${p1.pos1}|${c.pos1}|${n1.pos1}`,
      `cc=${p1.cls}|${c.cls}|${n1.cls}`,
      `s1=${w.slice(-1)}`,
      `s2=${w.slice(-2)}`,
      `f1=${w.slice(0, 1)}`,
      `f2=${w.slice(0, 2)}`,
      `n=${c.cls}${Math.min(w.length, 6)}`,
      `k=${(tokens[i] as Token).known ? 1 : 0}${c.pos1}`,
      `s1+1=${n1.w.slice(0, 1)}`,
      `s1-1=${p1.w.slice(-1)}`,
    ];
    const e = extra?.[i];
    if (e) for (const x of e) f.push(x);
    out.push(f);
  }
  return out;
}
