import { isBindingParticle, isCaseParticle } from '../text/pos';
import type { Token } from '../types';
import { depthAt, type SentenceView } from './cue';

// Who or what a sentence is about: a topic (苦情は, 財政も) or a subject (基金が), outside quotes.
const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['は', 'も']);

/**
 * A topic's binding particle (one of `topics`) or a subject's case particle が: 苦情|は, 基金|が. Callers that
 * want the one who acts rather than what a sentence adds to (財政|も) pass only は.
 */
export function isTopicOrSubject(t: Token, topics: ReadonlySet<string> = TOPIC_PARTICLES): boolean {
  return (topics.has(t.surface) && isBindingParticle(t)) || (t.surface === 'が' && isCaseParticle(t));
}

const ACTOR_TOPIC: ReadonlySet<string> = new Set(['は']);

/** The particle of one who acts — a topic は or a subject が, never も: 環境省|が|…目安とする, 遺族|は|…求めた. */
export function isActorParticle(t: Token): boolean {
  return isTopicOrSubject(t, ACTOR_TOPIC);
}

/**
 * Where the sentence's first topic or subject ends (苦情は|…1021件に上った → after は), or null when it
 * names none of its own (前年度の約1.6倍に増えた。): such a sentence goes on with the one before, as one
 * account (苦情は1021件に上り、最多となった。前年度の約1.6倍に増えた。これは県がまとめたもので).
 */
export function subjectEnd(tokens: readonly Token[], v: SentenceView): number | null {
  for (let i = v.first; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    if (isTopicOrSubject(t)) return t.end;
  }
  return null;
}
