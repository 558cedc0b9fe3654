import { SPEECH_SETTINGS } from '../lexicon/reporting-cues';
import { isCaseParticle } from '../text/pos';
import type { SourceType, Token } from '../types';
import { depthAt, type SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import type { VerbMatch } from './reporting-verbs';
import { sourceTypeOf } from './source-type';
import type { Speaker } from './topic';

// Who speaks a quoting clause other than a typed topic before it (core/sources/quoted-speech.ts):
// the agent of a passive, a topic that speaks somewhere.

/**
 * The agent of a passive reporting verb, written with によって / により in its clause [lo, hi):
 * 県によって…と推計されている → 県. A cause (地震により) is no party; という and とのこと name no one.
 */
export function passiveAgent(
  tokens: readonly Token[],
  v: SentenceView,
  lo: number,
  hi: number,
  verb: VerbMatch,
): Speaker | null {
  const said = tokens[verb.first] as Token;
  if (said.basic === 'いう' || said.basic === '言う' || verb.verb === 'のこと') return null;
  return partyBefore(tokens, v, lo, hi, /^(?:によって|により)$/, () => true);
}

/**
 * 中銀は声明で、…とし: the clause [lo, hi) sets its words in a place of speech (声明で, 会見で), so
 * its plain topic speaks them even with a weak verb (とし, としている).
 */
export function speaksIn(tokens: readonly Token[], v: SentenceView, lo: number, hi: number): boolean {
  for (let k = lo + 1; k + 1 < hi; k++) {
    const next = tokens[k + 1] as Token;
    if (depthAt(v, k) > 0 || !SPEECH_SETTINGS.has((tokens[k] as Token).surface)) continue;
    if (next.surface === 'で' && isCaseParticle(next)) return true;
  }
  return false;
}

/**
 * The party a received report came from, written with から in its clause [lo, hi): 北辰町からは、
 * …との報告が寄せられた → 北辰町. A place a thing came from (海外から) is no party unless typed so.
 */
export function senderIn(tokens: readonly Token[], v: SentenceView, lo: number, hi: number): Speaker | null {
  return partyBefore(tokens, v, lo, hi, /^から$/, (type) => type !== 'document');
}

/**
 * The first typed party (of a type `accepts`) before a case particle `particle` matches, outside
 * brackets in the clause [lo, hi).
 */
function partyBefore(
  tokens: readonly Token[],
  v: SentenceView,
  lo: number,
  hi: number,
  particle: RegExp,
  accepts: (type: SourceType) => boolean,
): Speaker | null {
  for (let k = lo + 1; k < hi; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0 || !isCaseParticle(t) || !particle.test(t.surface)) continue;
    const phrase = phraseEndingAt(tokens, k - 1, lo);
    const type = phrase && sourceTypeOf(phrase);
    if (phrase && type && accepts(type)) return { phrase, type };
  }
  return null;
}
