import { isAuxiliary, isDependent, isNoun, isParticle, isSuffix, isVerb } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { AttributedFigure } from './context';
import { depthAt, type SentenceView } from './cue';
import type { Party } from './parties';

/**
 * True when a span of time stands in a clause describing a noun written before the party it would be
 * credited to: 発足から1カ月を迎えた北山内閣の支持率が、各社の世論調査で割れている — how long the cabinet
 * has been in office is the outlet's description of it, not what the polls found. The clause runs from the
 * figure to a verb in its attributive form (迎えた, 続けた, 拘束されていた) with a noun right after it, the
 * party named further on; a clause describing the party itself (約1万人が回答した東和総研の調査) is its own.
 */
export function elapsedBeforeParty(tokens: readonly Token[], v: SentenceView, f: AttributedFigure, p: Party): boolean {
  if (f.kind !== 'duration' || p.phrase.start <= f.end || p.phrase.start >= v.sentence.end) return false;
  if (f.start < v.sentence.start) return false;
  let i = tokenAt(tokens, f.end - 1);
  if (i < v.first) return false;
  i++;
  // The clause's predicate: its first verb, with no comma or topic before it (1カ月を|迎え).
  while (i < v.end && !isVerb(tokens[i])) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0 || t.surface === '、' || t.surface === '。' || t.surface === 'は') return false;
    if (!isParticle(t) && !isNoun(t)) return false;
    i++;
  }
  if (i >= v.end || depthAt(v, i) > 0) return false;
  i++;
  // Its endings: た, ている, されていた.
  while (
    i < v.end &&
    (isAuxiliary(tokens[i]) ||
      (isVerb(tokens[i]) && (isSuffix(tokens[i]) || isDependent(tokens[i]))) ||
      isTe(tokens[i]))
  )
    i++;
  const noun = tokens[i];
  // Attributive: a noun right after the predicate, before the party's name.
  if (!noun || !isNoun(noun) || isDependent(noun) || isSuffix(noun)) return false;
  return noun.start < p.phrase.start;
}

// The て of ている / ていた, between a verb and its auxiliary verb.
const isTe = (t: Token | undefined): boolean => t?.surface === 'て' && isParticle(t);
