import { isNoun, isSuffix } from '../text/pos';
import type { Token } from '../types';
import type { SentenceView } from './cue';
import type { VerbMatch } from './reporting-verbs';

/**
 * Words that end a sentence on how someone looked as they spoke, with no verb: 興奮|気味, 満足|げ,
 * 得意|顔 (IPADIC's 名詞,接尾). 「…」と興奮気味。 reads as 「…」と興奮気味に話した.
 */
export const MANNER_NOUN_SUFFIXES: ReadonlySet<string> = new Set(['気味', 'げ', '顔']);

// Nouns from と to the suffix: 興奮|気味, 感慨|深|げ is an adjective's stem and stays out.
const MAX_SPAN = 3;

/**
 * After a direct quote and its と, a noun of manner closing the sentence (体言止め): 「…」と興奮気味。,
 * 「…」と満足げ。 `k` is the first token after と. Only nouns up to the suffix, and the sentence's end
 * right after it: 「…」と興奮気味に話す goes to the verb, and 「A」と「B」 or と同じ are no manner.
 */
export function mannerNounAt(tokens: readonly Token[], v: SentenceView, k: number): VerbMatch | null {
  for (let i = k; i < v.end && i < k + MAX_SPAN; i++) {
    const t = tokens[i] as Token;
    if (!isNoun(t)) return null;
    if (i > k && isSuffix(t) && MANNER_NOUN_SUFFIXES.has(t.surface)) {
      return tokens[i + 1]?.surface === '。'
        ? { first: k, last: i, passive: false, announce: false, verb: t.surface }
        : null;
    }
  }
  return null;
}
