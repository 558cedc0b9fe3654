import { isAuxiliary, isConjunctiveParticle, isVerb } from '../text/pos';
import type { Token } from '../types';
import type { SentenceView } from './cue';

/**
 * Nouns of an outlook that close a clause with で before a speaker's quote: 見通しで、「…」とみている. The
 * outlook is the speaker's as much as the quote is (予定で is a plan, not a view, and is left out).
 */
const OUTLOOK_NOUNS: ReadonlySet<string> = new Set(['見通し', '見込み']);

/**
 * A clause leading into the quote the verb reports is the speaker's as much as the quote: an outlook
 * (「同社は、年間では2万品目に達する見通しで、「来年も続く」とみている」) or a condition the speaker sets
 * (「教授は、支持率が3割を下回る状態が続けば、「…強まる」とみている」: 続けれ|ば, IPADIC's conjunctive ば).
 * `open` is the quote's opening bracket, `clause` the clause's first token. Returns the offset the
 * content starts at, or null when no such clause stands right before the quote.
 */
export function leadBefore(tokens: readonly Token[], v: SentenceView, open: number, clause: number): number | null {
  let k = open - 1;
  if (tokens[k]?.surface === '、') k--;
  if (k - 1 < Math.max(clause, v.first)) return null;
  const t = tokens[k] as Token;
  const outlook = t.surface === 'で' && OUTLOOK_NOUNS.has(tokens[k - 1]?.surface ?? '');
  return outlook || conditionBefore(tokens, k, Math.max(clause, v.first)) ? (tokens[clause] as Token).start : null;
}

// How many tokens of time or occasion may stand between the condition and the quote: 9月の総裁選を前に.
const CONDITION_REACH = 10;

/**
 * The conjunctive ば of a condition at or before token `k`, with only nouns and particles between them
 * (続けれ|ば|、|9月|の|総裁選|を|前|に): a verb between (…続けば、党は分裂し、「…」) ends the search.
 */
function conditionBefore(tokens: readonly Token[], k: number, lo: number): boolean {
  for (let i = k; i > lo && i > k - CONDITION_REACH; i--) {
    const t = tokens[i] as Token;
    if (t.surface === 'ば' && isConjunctiveParticle(t)) return true;
    if (isVerb(t) || isAuxiliary(t) || t.surface === '」') return false;
  }
  return false;
}
