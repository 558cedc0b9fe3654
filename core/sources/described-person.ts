import { isBindingParticle, isPredicateWord } from '../text/pos';
import type { Token } from '../types';

// 人 / 方 / 人たち: a person no word of whom says who they are.
const BARE_PERSON = new Set(['人', '方', '人たち', '人々']);

/** A bare 人 / 方 right after a predicate: the head of a clause that describes someone (目撃した人). */
export function describedHead(tokens: readonly Token[], k: number): boolean {
  return BARE_PERSON.has((tokens[k] as Token).surface) && isPredicateWord(tokens[k - 1]);
}

const MAX_CLAUSE = 8;

/**
 * 目撃した人 / 近くに住む方: where the relative clause before a bare 人 at `k` starts, or -1. The
 * clause is what names them; it runs back to a comma, a quote or a topic (は), at most a few words.
 */
export function describingClause(tokens: readonly Token[], k: number, lo: number): number {
  if (!describedHead(tokens, k) || k - 1 < lo) return -1;
  let i = k - 1;
  while (i - 1 >= lo && k - i < MAX_CLAUSE) {
    const p = tokens[i - 1] as Token;
    if (/^[、。「」『』（）()]$/.test(p.surface) || (p.surface === 'は' && isBindingParticle(p))) break;
    i--;
  }
  return i;
}
