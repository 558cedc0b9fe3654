import { isPredicateWord } from '../text/pos';
import type { Token } from '../types';
import { isChargedPassive } from './charges';
import { type Cue, depthAt, type SentenceView } from './cue';
import { findTopic } from './topic';

/**
 * 「厚労省は、65歳以上は重症化しやすいとして、注意を促している」: a clause closed by として and a comma is
 * the reason the subject gives for what it does — its claim, as if quoted. A noun before として (代表として)
 * is a role, and として with no comma (安いとして人気だ) a reputation: neither reports. With no subject
 * written, the speaker is the topic in force, resolved by the caller.
 */
export function findStatedReason(tokens: readonly Token[], v: SentenceView): Cue | null {
  for (let k = v.first + 1; k < v.end - 1; k++) {
    const to = tokens[k] as Token;
    if (depthAt(v, k) > 0 || !isPredicateWord(tokens[k - 1])) continue;
    // IPADIC writes として as one particle; a rarer split is と + し + て.
    const split = to.surface === 'と' && tokens[k + 1]?.surface === 'し' && tokens[k + 2]?.surface === 'て';
    if (!(to.surface === 'として' || split)) continue;
    if (tokens[k + (split ? 3 : 1)]?.surface !== '、') continue;
    // 県は、…として: a topic set apart by a comma speaks; 高齢者は重症化しやすいとして is the reason's own
    // subject, and the speaker is left unwritten.
    const topic = findTopic(tokens, v, v.first, k, false);
    const who = topic && tokens[topic.phrase.next + 1]?.surface === '、' ? topic : null;
    // 被告は、…2人に暴行したとして、傷害の罪に問われた: the charge the accusers bring, no claim of the
    // accused; the sentence is read as told (北山署によりますと、… holds for it).
    if (isChargedPassive(tokens, v, k + 1)) return null;
    return {
      kind: 'quote',
      speaker: who?.phrase ?? null,
      type: who?.type ?? null,
      cue: 'として',
      contentStart: who ? who.phrase.end : v.sentence.start,
      contentEnd: to.start,
      announce: false,
      via: null,
      implicit: !who,
    };
  }
  return null;
}
