import { isCaseParticle, isGenitive, isNoun, isPrefix, isVerb } from '../text/pos';
import type { Token } from '../types';
import { depthAt, type SentenceView } from './cue';
import { objectMarkerBefore } from './nominal-object';

// How many words the object noun may take after its quoting と: 集計, 最新の推計, 新たな報告書.
const OBJECT_MAX = 4;

/**
 * 国際難民機構は、死者は約2400人で、うち女性は495人だったとする集計を公表した: the と-clause before the
 * object of the verb at `verb` (とする / という / との + noun + を) is the published report's own content, so
 * the commas and topics inside it (…2400人で、, 女性は) are the report's words, never the announcer's clause.
 * The index of that quoting と in [lo, verb), or -1 when the object is no report told with と.
 */
export function reportContentTo(tokens: readonly Token[], v: SentenceView, lo: number, verb: number): number {
  // 集計を公表した / 集計を、公表した
  const wo = objectMarkerBefore(tokens, verb);
  if (wo < 0) return -1;
  let k = wo - 1;
  const head = k;
  while (k > lo && head - k < OBJECT_MAX) {
    const t = tokens[k] as Token;
    // 最新の推計: an の between nouns is inside the object; the の of との links the と-clause.
    const inner = isGenitive(t) && isNoun(tokens[k - 1]);
    if (!(isNoun(t) || isPrefix(t) || inner)) break;
    k--;
  }
  if (k === head || depthAt(v, k) > 0) return -1;
  // とする集計 / という報告 / との見解
  const link = tokens[k] as Token;
  const quoting = (isVerb(link) && (link.basic === 'する' || link.basic === 'いう')) || isGenitive(link);
  if (!quoting) return -1;
  const to = tokens[k - 1];
  return k - 1 >= lo && to?.surface === 'と' && isCaseParticle(to) ? k - 1 : -1;
}
