import { tokenAt } from '../text/tokens';
import type { SourceType, Token } from '../types';
import { clauseStart } from './clauses';
import type { SentenceView } from './cue';
import { quoteStart } from './quote-shape';
import { findTopic, type Speaker } from './topic';

// Who may take the turn: a person or a body, not a counted group (死者は) nor a document.
const PARTIES: ReadonlySet<SourceType> = new Set(['person', 'organization', 'government', 'media']);

/**
 * The speaker of a quote in brackets who takes the turn after a contrast: 「北原氏は計画の凍結を訴えたが、
 * 大槻氏は「…10億円以上の負担が生じる」と反論した」 → 大槻氏, not the first clause's 北原氏 (also after
 * 一方、 and ものの、). The later clause must name a party of its own before the quote; with none
 * (…を訴えたが、「…」と述べた) the sentence's topic speaks, as before.
 */
export function turnedSpeaker(tokens: readonly Token[], v: SentenceView, clause: number, verb: number): Speaker | null {
  const turn = tokenAt(tokens, clauseStart(tokens, v, verb));
  if (turn <= clause || turn >= verb || quoteStart(tokens, v, verb) === null) return null;
  const later = findTopic(tokens, v, turn, verb, false);
  return later && PARTIES.has(later.type) ? later : null;
}
