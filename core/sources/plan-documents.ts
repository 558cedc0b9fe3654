import { LAYING_OUT_VERBS, PLAN_DOCUMENTS } from '../lexicon/reporting-cues';
import { isBindingParticle, isVerb } from '../text/pos';
import type { Token } from '../types';
import { ownerOf } from './chains';
import { type Cue, depthAt, type SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import { cueFrom, isNonPastEnding, isPast } from './plans';
import { NOT_TOPIC_BEFORE } from './topic';

// 。．！!: the marks closing a sentence, passed over to reach its last word.
const SENTENCE_END = /^[。．！!]$/;

// Who may make a plan document: 政府の, 県の, 東和電機の; not 山田さんの (a person's plan is told of).
const MAKERS: ReadonlySet<string> = new Set(['government', 'organization', 'media']);

/**
 * 政府の宇宙基本計画は、…年間20機程度に増やす目標を掲げる: a plan document named with its maker, as the
 * sentence's topic, laying out figures (掲げる / 示している / 盛り込んだ / 明記した) speaks for its maker —
 * the figures are the document's, in either tense. A plan with no maker written (計画は…) or a person's
 * is left to the other cues.
 */
export function findPlanDocumentCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  const verb = layingOutAt(tokens, v);
  if (verb < 0) return null;
  for (let i = v.first + 1; i < verb; i++) {
    const t = tokens[i] as Token;
    if (t.surface !== 'は' || !isBindingParticle(t) || depthAt(v, i) > 0) continue;
    if (NOT_TOPIC_BEFORE.has((tokens[i - 1] as Token).surface)) return null;
    const phrase = phraseEndingAt(tokens, i - 1, v.first);
    if (!phrase || !PLAN_DOCUMENTS.some((d) => phrase.text.endsWith(d))) return null;
    const owner = ownerOf(tokens, phrase, v.first);
    if (!owner || owner.phrase === phrase || !MAKERS.has(owner.type)) return null;
    return {
      kind: 'announce',
      speaker: phrase,
      type: 'document',
      cue: cueFrom(tokens, verb, v.end),
      contentStart: (tokens[i + 1] as Token).start,
      contentEnd: (tokens[verb] as Token).start,
      announce: false,
      via: null,
    };
  }
  return null;
}

/** The laying-out verb closing the sentence (掲げる, 示している, 盛り込んだ, 明記した), or -1. */
function layingOutAt(tokens: readonly Token[], v: SentenceView): number {
  let k = v.end - 1;
  if (k <= v.first || !tokens[k]) return -1;
  while (k > v.first && SENTENCE_END.test((tokens[k] as Token).surface)) k--;
  if (depthAt(v, k) > 0) return -1;
  while (k > v.first && (isNonPastEnding(tokens[k] as Token) || isPast(tokens, k))) k--;
  const t = tokens[k];
  if (!t) return -1;
  if (isVerb(t) && LAYING_OUT_VERBS.has(t.basic)) return k;
  const noun = tokens[k - 1];
  return t.basic === 'する' && noun && LAYING_OUT_VERBS.has(noun.surface) ? k - 1 : -1;
}
