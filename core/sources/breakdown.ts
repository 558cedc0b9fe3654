import { BREAKDOWN_HEADS, PER_HEADS } from '../lexicon/breakdowns';
import { isBindingParticle, isCaseParticle, isConjunction, isNoun, isVerb } from '../text/pos';
import type { Token } from '../types';
import type { SentenceView } from './cue';
import type { NamePhrase } from './name-phrase';

/**
 * True when a phrase frames a breakdown of data already given (業種別では, 年齢別でも, 内訳では):
 * its last word is a breakdown head, or a per-head one (1人当たりでは). Such a frame is no new scene (sources/setting.ts).
 */
export function isBreakdown(tokens: readonly Token[], phrase: Pick<NamePhrase, 'last'>): boolean {
  const head = tokens[phrase.last];
  return !!head && (BREAKDOWN_HEADS.has(head.surface) || PER_HEADS.has(head.surface));
}

// How far into its first clause a breakdown frame's head may stand (診療の種類別では: 4 words).
const FRAME_REACH = 6;

/**
 * True when a sentence opens, after any connective (また、, 一方、), on a breakdown of figures already
 * given: 年代別では / 都道府県別でも / 地域別にみると / 男女別で見ると / 1人当たりでは / 内訳は /
 * 内訳をみると / このうち、. What its subjects do (東京都が最も多い792人) is the tally broken down, not
 * another party acting.
 */
export function opensWithBreakdown(tokens: readonly Token[], v: SentenceView): boolean {
  let k = v.first;
  while (k < v.end && isConnective(tokens[k] as Token)) k++;
  // このうち、 / そのうち: the part of the total just given.
  if (/^[こそ]の$/.test(tokens[k]?.surface ?? '') && tokens[k + 1]?.surface === 'うち') return true;
  for (let i = k; i < v.end && i < k + FRAME_REACH; i++) {
    const t = tokens[i] as Token;
    if (t.surface === '、' || !isNoun(t)) continue;
    if (BREAKDOWN_HEADS.has(t.surface) || PER_HEADS.has(t.surface)) return framesAt(tokens, i + 1, t.surface);
  }
  return false;
}

/**
 * では / でも / には / で見ると / にみると / をみると / にすると after a breakdown head at `i` - 1; 内訳は as a
 * topic; の and the noun broken down as a topic (別のシェアは).
 */
function framesAt(tokens: readonly Token[], i: number, head: string): boolean {
  const p = tokens[i];
  const q = tokens[i + 1];
  if (!p || !q) return false;
  if (/^[でに]$/.test(p.surface) && isCaseParticle(p) && /^[はも]$/.test(q.surface) && isBindingParticle(q))
    return true;
  // 年代別にみると / 男女別で見ても / 内訳をみると: looking at the data by its parts.
  const then = /^[とて]$/.test(tokens[i + 2]?.surface ?? '') && isVerb(q);
  if (then && /^[でにを]$/.test(p.surface) && LOOKING.has(q.basic)) return true;
  // 1人当たりにすると: the total put per head.
  if (then && p.surface === 'に' && q.basic === 'する') return true;
  // メーカー別のシェアは / 年代別の利用率は: what is broken down, as the topic after の.
  if (p.surface === 'の' && head === '別') {
    let k = i + 1;
    while (k < i + 4 && isNoun(tokens[k])) k++;
    if (k > i + 1 && tokens[k]?.surface === 'は' && isBindingParticle(tokens[k] as Token)) return true;
  }
  return head === '内訳' && p.surface === 'は' && isBindingParticle(p);
}

// 見ると / みると / 見ても: looking at the data.
const LOOKING: ReadonlySet<string> = new Set(['見る', 'みる']);

/** また / 一方 / さらに and the 、 after them. */
function isConnective(t: Token): boolean {
  return isConjunction(t) || t.surface === '、' || t.surface === '一方';
}
