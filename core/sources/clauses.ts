import { isAuxiliary, isConjunctiveParticle, isVerb } from '../text/pos';
import type { Token } from '../types';
import { depthAt, type SentenceView } from './cue';
import type { NamePhrase } from './name-phrase';

// …と見込んでいるが、 / …増えたものの、 / …上回ったけれども、: a contrast joins two clauses.
const CONTRAST = /^(?:が|けれど|けれども|けど|ものの|のに)$/;

/**
 * Where the clause holding token `k` starts: after the last contrasting clause boundary before it
 * (が、 / ものの、 / 一方、 after a predicate), else at the sentence's start. 「政府は成長率を0.7%と
 * 見込んでいるが、民間の予測平均は0.6%にとどまった」: a source named after が、 is not the first clause's.
 */
export function clauseStart(tokens: readonly Token[], v: SentenceView, k: number): number {
  for (let i = Math.min(k, v.end) - 1; i > v.first; i--) {
    const t = tokens[i] as Token;
    if (t.surface !== '、' || depthAt(v, i) > 0) continue;
    const b = tokens[i - 1] as Token;
    const contrast = isContrastParticle(b);
    // 見込む一方、: 一方 after a predicate (not 一方、 opening the sentence).
    const meanwhile = b.surface === '一方' && i - 1 > v.first && isPredicateEnd(tokens[i - 2]);
    if (contrast || meanwhile) return t.end;
  }
  return v.sentence.start;
}

/** が / ものの / けれども joining two clauses in contrast (見込んでいるが、). */
export function isContrastParticle(t: Token | undefined): boolean {
  return !!t && isConjunctiveParticle(t) && CONTRAST.test(t.surface);
}

function isPredicateEnd(t: Token | undefined): boolean {
  return isVerb(t) || isAuxiliary(t);
}

/**
 * Where a cited party's content starts when a clause describes the party: 「関東で約80店を展開する
 * スーパー「マルタカ」によると、…」 — the verb (or its ending) right before the name makes the clause a
 * modifier, the writer's words on who is meant (約80店), not what the party reports. Else `from`.
 */
export function afterDescribingClause(
  tokens: readonly Token[],
  v: SentenceView,
  name: NamePhrase,
  from: number,
): number {
  const before = name.first - 1;
  if (before <= v.first || depthAt(v, before) > 0 || !isPredicateEnd(tokens[before])) return from;
  return Math.max(from, name.start);
}
