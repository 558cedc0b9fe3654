import { DECIDING_VERBS } from '../lexicon/reporting-cues';
import {
  isAdjective,
  isAdverb,
  isAuxiliary,
  isBindingParticle,
  isCaseParticle,
  isConjunction,
  isNoun,
  isPassive,
  isSahenNoun,
  isSuffix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { findTopic } from './topic';

// The nouns that make a clause a fact held up: …12%減ったことを, …2割多い点を.
const FACT_NOUNS: ReadonlySet<string> = new Set(['こと', '点']);

/**
 * A stance taken on a fact, closing the sentence: 「北浜証券の森田アナリストは、…出荷が15%減ったこと
 * を問題視する」, 「…5%を超えたことに注目している」, 「…在庫が2割多い点を懸念する」. The fact (a clause
 * made a noun by こと or 点, with を or に) is what the party at the head of the sentence holds up, and
 * its figures are as much the party's as a quote's. The stance is a サ変 noun with する (問題|視, 懸念,
 * 警戒, 注目, 評価, 疑問視 — IPADIC's サ変接続) or 見る with how it is seen (重く見る); a deed or a feeling
 * (…ことを喜んだ, …ことを祝った) holds nothing up, and a decision (…ことを決めた) is announcement-verbs.ts's.
 */
export function findStanceCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  for (let k = v.first + 2; k < v.end; k++) {
    const fact = tokens[k] as Token;
    const particle = tokens[k + 1];
    if (!FACT_NOUNS.has(fact.surface) || depthAt(v, k) > 0) continue;
    if (!particle || !/^[をに]$/.test(particle.surface) || !isCaseParticle(particle)) continue;
    const stance = stanceClosing(tokens, v, k + 2);
    if (!stance) continue;
    const who = findTopic(tokens, v, v.first, k, false);
    if (!who || who.type === 'anonymous' || who.type === 'document' || !opensSentence(tokens, v, who.phrase.first))
      continue;
    return {
      kind: 'quote',
      speaker: who.phrase,
      type: who.type,
      cue: `${fact.surface}${particle.surface}${stance}`,
      contentStart: who.phrase.end,
      contentEnd: fact.start,
      announce: false,
      via: null,
    };
  }
  return null;
}

/**
 * The stance closing the sentence from `from` (問題視する, 強く警戒している, 重く見る), as written, or null:
 * adverbs and adjectives of manner, then a サ変 noun with する or 見る, then only endings.
 */
function stanceClosing(tokens: readonly Token[], v: SentenceView, from: number): string | null {
  let k = from;
  while (k < v.end && (isAdverb(tokens[k]) || isAdjective(tokens[k]))) k++;
  // 問題|視|する: a noun and IPADIC's サ変 suffix (視, 化) make one サ変 noun.
  while (isNoun(tokens[k]) && isNoun(tokens[k + 1])) k++;
  const t = tokens[k];
  if (!t || depthAt(v, k) > 0) return null;
  const sahenWord = isSahenNoun(t) || (isSuffix(t) && t.pos2 === 'サ変接続');
  const sahen = sahenWord && tokens[k + 1]?.basic === 'する' && !DECIDING_VERBS.has(t.surface);
  const seen = isVerb(t) && /^(?:見る|みる)$/.test(t.basic) && k > from;
  if (!sahen && !seen) return null;
  let e = sahen ? k + 2 : k + 1;
  while (e < v.end && isEnding(tokens[e] as Token)) e++;
  if (e < v.end && !/^[。．]$/.test((tokens[e] as Token).surface)) return null;
  // 問題視される: what others hold up, not the topic's stance.
  if (tokens.slice(k, e).some((w) => isPassive(w))) return null;
  return tokens
    .slice(from, e)
    .map((w) => w.surface)
    .join('');
}

/** た / ている / ます / ています: what may follow the stance verb before the sentence ends. */
function isEnding(t: Token): boolean {
  return isAuxiliary(t) || (isVerb(t) && t.pos1 === '非自立') || t.surface === 'て' || t.surface === 'で';
}

/**
 * Nothing but connectives, times and commas before token `at` (一方、北浜証券の…は / 23日、…は): the
 * party opens the sentence.
 */
function opensSentence(tokens: readonly Token[], v: SentenceView, at: number): boolean {
  for (let k = v.first; k < at; k++) {
    const t = tokens[k] as Token;
    if (isVerb(t) || isAuxiliary(t) || (isBindingParticle(t) && !isConjunction(t))) return false;
  }
  return true;
}
