import { STATE_VERBS } from '../lexicon/reporting-cues';
import {
  isAdverb,
  isAdverbialNoun,
  isAuxiliary,
  isConjunctiveParticle,
  isDependent,
  isIndependent,
  isNoun,
  isNumeral,
  isPassive,
  isSahenNoun,
  isSuffix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { isContrastParticle } from './clauses';
import { depthAt, type SentenceView } from './cue';
import type { VerbMatch } from './reporting-verbs';

/**
 * The shape of a quoting clause, read from its tokens: where the quote before と starts, whether the
 * clause modifies a noun (とされる上限: no claim of its own) or ends (いいます。), and its verb as written.
 */

// と…上, と…後, と…一方: these nouns after a quoting verb open the next clause; they are no relative head.
const NOT_RELATIVE = new Set(['上', 'うえ', '後', 'あと', 'ほか', 'ため', '際', '一方', '上で']);

/** Start of the quote (or run of quotes 「A」「B」など) that ends right before the と at `i`, if any. */
export function quoteStart(tokens: readonly Token[], v: SentenceView, i: number): number | null {
  let k = i - 1;
  if (tokens[k]?.surface === '、') k--;
  if (tokens[k]?.surface === 'など') k--;
  let start: number | null = null;
  while (k >= v.first && /^[」』]$/.test((tokens[k] as Token).surface)) {
    let o = k - 1;
    while (o > v.first && depthAt(v, o) > 0) o--;
    // A closing quote with no opener in the sentence: no quote to take.
    if (o < v.first || !/^[「『]$/.test((tokens[o] as Token).surface)) break;
    start = (tokens[o] as Token).start;
    k = o - 1;
    if (tokens[k]?.surface === '、') k--;
  }
  return start;
}

/** True when the quoting verb at `k` modifies a noun after it (とされる上限): a description, not a claim. */
export function modifiesNoun(tokens: readonly Token[], k: number): boolean {
  let i = k;
  // とされる上限 / と言われる: the passive's れる is a verb suffix to IPADIC.
  while (tokens[i] && (isAuxiliary(tokens[i]) || (isVerb(tokens[i]) && isSuffix(tokens[i])))) i++;
  const t = tokens[i];
  return !!t && isNoun(t) && !isDependent(t) && !NOT_RELATIVE.has(t.surface);
}

/** True at a clause end: 。、」 or the sentence end, after polite/past endings (いいます。, ということです). */
export function isClauseEnd(tokens: readonly Token[], k: number): boolean {
  let i = k;
  while (isAuxiliary(tokens[i])) i++;
  const t = tokens[i];
  if (!t || t.surface === '。' || t.surface === '、' || t.surface === '」' || t.surface === '\n') return true;
  return t.surface === 'こと' && /^(?:だ|です|で|である)$/.test(tokens[i + 1]?.surface ?? '');
}

/** The verb with its endings as written: 推定している, 述べた, 報じたものだ (up to the clause end). */
export function cueText(tokens: readonly Token[], verb: VerbMatch): string {
  let s = '';
  let k = verb.first;
  for (; k <= verb.last; k++) s += (tokens[k] as Token).surface;
  for (let n = 0; n < 4; n++, k++) {
    const t = tokens[k];
    if (!t || !(isAuxiliary(t) || isConjunctiveParticle(t) || isDependent(t) || isSuffix(t))) break;
    // と見込んでいるが、 / と見込む一方、: the contrast opens the next clause, it is no part of the cue.
    if (isContrastParticle(t) || t.surface === '一方') break;
    s += t.surface;
  }
  return s;
}

// なる, ある, いる, できる: verbs of being that take no quote (…と県はなった is no report).
const BEING = new Set(['なる', 'ある', 'いる', 'おる', 'できる']);

/**
 * The verb closing the sentence at token `k`, after only dates, adverbs and commas, with a quote of its
 * own before: 「…4割強を占めた、と県選管は[まとめている]」, 「…と南海ネットは[分析している]」,
 * 「…と協会は今年3月に[集計した]」. Any verb (or サ変 noun with する) stands there as the one that
 * governs the quoting と; one of being, a passive or one with an object of its own does not.
 */
export function closingQuoteVerb(tokens: readonly Token[], v: SentenceView, k: number): VerbMatch | null {
  let i = k;
  while (i < v.end && isTimeOrManner(tokens[i] as Token)) i++;
  const t = tokens[i];
  if (!t || depthAt(v, i) > 0) return null;
  const sahen = isSahenNoun(t) && tokens[i + 1]?.basic === 'する';
  if (STATE_VERBS.has(t.basic)) return null;
  if (!sahen && !(isVerb(t) && isIndependent(t) && !BEING.has(t.basic))) return null;
  const last = sahen ? i + 1 : i;
  let e = last + 1;
  // まとめ|て|いる|。, 分析し|て|い|ます|。, 集計し|た|。, 見込ん|で|いる|。 (て voiced after ん)
  while (e < v.end && (isAuxiliary(tokens[e]) || isTe(tokens[e]) || isDependent(tokens[e]))) {
    if (isPassive(tokens[e])) return null;
    e++;
  }
  const end = tokens[e];
  if (e < v.end && end?.surface !== '。' && end?.surface !== '\n') return null;
  return { first: i, last, passive: false, announce: false, verb: t.surface };
}

/** て, and で after a verb's ん (見込ん|で): the particle joining a verb to いる. */
function isTe(t: Token | undefined): boolean {
  return t?.surface === 'て' || (t?.surface === 'で' && isConjunctiveParticle(t));
}

/** 今年, 3月, に, このほど, 、: a date, adverb or comma between a speaker and its verb. */
function isTimeOrManner(t: Token): boolean {
  return (
    t.surface === '、' ||
    isAdverb(t) ||
    isAdverbialNoun(t) ||
    isNumeral(t) ||
    (isSuffix(t) && !isVerb(t)) ||
    /^(?:に|まで)$/.test(t.surface)
  );
}
