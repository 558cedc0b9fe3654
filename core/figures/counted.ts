import { AGENT_HEADS, NOT_COUNTED, NUMBER_OF } from '../lexicon/counted-heads';
import { tokenAt } from '../text/tokens';
import type { Figure, Token } from '../types';

/**
 * What a figure counts, when the article says so: 「最大3万人の北朝鮮兵士」 → 北朝鮮兵士,
 * 「病床使用率は43.5%」 → 病床使用率, 「兵士のうち約4千人」 → 兵士. Null when the text does not say.
 * Works on tokens around each figure only (a bounded look each way), so it is linear in the figures.
 */

/** Longest phrase kept: a longer compound keeps its head (the last words). */
const MAX_CHARS = 12;
/** How far back (in tokens) a topic 「Xは」 may stand from its figure: 「死者は全国で計30人」. */
const MAX_BACK = 14;

/** Characters that end a clause for the backward look: 。！？ quotes and line breaks. */
const HARD_STOP = /[。！？!?「」『』（）()\n]/;
/** A phrase with digits or symbols is no noun phrase (「%増」 left of 「の5000億円」). */
const NOT_WORDS = /[0-9０-９%％.,，．・]/;

/** What countedNoun reads of a figure: where it is written, its kind and unit. */
export type CountedFigure = Pick<Figure, 'start' | 'end' | 'kind' | 'unit'>;

/**
 * The noun phrase a figure counts, or null. Rules in order: (a) 「N人の兵士」 / 「N人を超える兵士」
 * → the phrase after; (b) 「兵士N人」 or 「兵士のうちN人」 → the phrase just before; (c) a topic or subject
 * 「XはN」, 「XがN件」, 「XもN」 in the same clause → X. Durations, ages, ranks and scores take (a) only.
 */
export function countedNoun(text: string, tokens: readonly Token[], f: CountedFigure): string | null {
  return (
    after(tokens, f) ??
    (f.kind === 'duration' || f.kind === 'age' || f.kind === 'rank' || f.kind === 'score'
      ? null
      : before(text, tokens, f))
  );
}

/** Invisible format characters (zero-width space, soft hyphen) that kuromoji tags as nouns. */
const INVISIBLE = /^\p{Cf}+$/u;
// 有機EL, LED: IPADIC may tag Latin letters 記号,アルファベット one by one inside a compound noun.
const isNoun = (t: Token | undefined): t is Token =>
  !!t &&
  (t.pos === '名詞' || t.pos === '接頭詞' || (t.pos === '記号' && t.pos1 === 'アルファベット')) &&
  !INVISIBLE.test(t.surface);
const isParticle = (t: Token | undefined, ...s: string[]) => !!t && t.pos === '助詞' && s.includes(t.surface);

// (a) 「5,000人の兵士と」 → 兵士; 「95万人を超える兵士」 (the figure ends in a verb) → 兵士.
function after(tokens: readonly Token[], f: CountedFigure): string | null {
  const i = tokenAt(tokens, f.end);
  const next = tokens[i];
  if (!next || next.start !== f.end) return null;
  const last = tokens[i - 1];
  if (next.pos === '助詞' && next.pos1 === '連体化') return phraseFrom(tokens, i + 1);
  if (last && (last.pos === '動詞' || last.pos === '助動詞') && isNoun(next)) return phraseFrom(tokens, i);
  return null;
}

/** The compound noun starting at token i: 「北朝鮮兵士を」 → 北朝鮮兵士. */
function phraseFrom(tokens: readonly Token[], i: number): string | null {
  let j = i;
  while (j < tokens.length && j - i < 8 && isNoun(tokens[j]) && (j === i || tokens[j - 1]?.end === tokens[j]?.start))
    j++;
  return accept(tokens.slice(i, j));
}

/** The compound noun ending just before token i (exclusive): 「病床使用率は」 → 病床使用率. */
function phraseBefore(tokens: readonly Token[], i: number): Token[] {
  let j = i;
  while (j > 0 && i - j < 8 && isNoun(tokens[j - 1]) && tokens[j - 1]?.pos1 !== '数') j--;
  return tokens.slice(j, i);
}

/** A phrase that names a thing: not a pronoun, time word, suffix alone, scope word or number; capped. */
function accept(ts: Token[]): string | null {
  let words = ts;
  while (words.length && (words.at(-1)?.pos === '接頭詞' || words.at(-1)?.pos1 === '非自立'))
    words = words.slice(0, -1);
  const head = words.at(-1);
  if (!head || head.pos1 === '代名詞' || head.pos1 === '副詞可能' || head.pos1 === '非自立') return null;
  if (words[0]?.pos1 === '接尾' || words.some((t) => t.pos1 === '数' || NOT_WORDS.test(t.surface))) return null;
  while (words.length > 1 && words.reduce((n, t) => n + t.surface.length, 0) > MAX_CHARS) words = words.slice(1);
  const s = words.map((t) => t.surface).join('');
  if (s.length > MAX_CHARS || NOT_COUNTED.has(s) || NOT_COUNTED.has(head.surface)) return null;
  return s;
}

// (b) and (c): look back from the figure over nouns and particles until a topic, a verb or a clause end.
function before(text: string, tokens: readonly Token[], f: CountedFigure): string | null {
  const start = tokenAt(tokens, f.start);
  const near = adjacent(tokens, start, f);
  if (near) return near;
  // 「政府は3万人を派遣」: a figure that is the object does not count the topic (the topic acts).
  if (isParticle(tokens[tokenAt(tokens, f.end)], 'を') && text[f.end] === 'を') return null;
  for (let i = start; i > 0 && start - i < MAX_BACK; i--) {
    const t = tokens[i - 1] as Token;
    if (HARD_STOP.test(t.surface) || t.pos === '動詞' || t.pos === '助動詞' || t.pos === '形容詞') return null;
    if (!isParticle(t, 'は', 'が', 'も')) continue;
    // 「ウクライナでは30人が」: a topic after a particle (では) names a place, not the thing counted.
    if (!isNoun(tokens[i - 2])) return null;
    let ts = phraseBefore(tokens, i - 1);
    // 「北朝鮮兵士の数は3倍に」: 数 alone names no thing; the phrase before its の does.
    const k = i - 1 - ts.length;
    if (ts.length === 1 && NUMBER_OF.has(ts[0]?.surface ?? '') && isParticle(tokens[k - 1], 'の'))
      ts = phraseBefore(tokens, k - 1);
    const s = accept(ts);
    const pos2 = ts.at(-1)?.pos2;
    if (!s || pos2 === '人名' || pos2 === '組織' || pos2 === '地域') return null;
    return AGENT_HEADS.some((h) => s.endsWith(h)) ? null : s;
  }
  return null;
}

// (b) 「死者30人」 → 死者, 「兵士のうち約4千人」 → 兵士, 「有権者の過半数」 → 有権者.
// Not 「前年の2倍」: the phrase before 倍 is the base, not what is counted.
function adjacent(tokens: readonly Token[], start: number, f: CountedFigure): string | null {
  const t = tokens[start - 1];
  if (!t || t.end !== f.start || f.unit === '倍') return null;
  let end = -1;
  if (isNoun(t) && t.pos1 !== '非自立') end = start;
  else if (isParticle(t, 'の')) end = start - 1;
  else if ((t.surface === 'うち' || t.surface === '中') && isParticle(tokens[start - 2], 'の')) end = start - 2;
  if (end < 0) return null;
  const ts = phraseBefore(tokens, end);
  return ts.at(-1)?.pos1 === '固有名詞' ? null : accept(ts);
}
