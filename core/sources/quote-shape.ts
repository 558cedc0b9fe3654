import { isAuxiliary, isConjunctiveParticle, isDependent, isNoun, isSuffix, isVerb } from '../text/pos';
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
