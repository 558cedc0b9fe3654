import { isGenitive, isNoun, isVerb } from '../text/pos';
import type { Token } from '../types';
import { restAfter } from './carry-over';
import { type Cue, depthAt, type SentenceView } from './cue';
import { findTopic } from './topic';

// What may close the sentence after the verb: 挙げた。 / 挙げている。 / 挙げました。
const CLOSING = /^(?:た|ている|ています|ました|ます|)。?$/;

/**
 * 「…人員が10年間で約2割減っていたことも要因に挙げた」: a fact cited as something (要因, 理由, 課題 —
 * any noun before に挙げる) is the citer's claim, as if quoted. Only a clause closed by こと is a claim;
 * 「A社を候補に挙げた」 names a thing, not a fact. With no subject written, the speaker is the topic in
 * force (報告書は…と指摘した。…ことも要因に挙げた。), resolved by the caller.
 */
export function findCitedFact(tokens: readonly Token[], v: SentenceView): Cue | null {
  for (let k = v.first + 4; k < v.end; k++) {
    const verb = tokens[k] as Token;
    if (!isVerb(verb) || verb.basic !== '挙げる' || depthAt(v, k) > 0) continue;
    const rest = restAfter(tokens, k + 1, v.end);
    if (!CLOSING.test(rest)) continue;
    if (tokens[k - 1]?.surface !== 'に' || !isNoun(tokens[k - 2])) continue;
    // 要因に / 赤字の理由に: a short noun phrase, then を / も after こと.
    let w = k - 2;
    while (w > k - 8 && (isNoun(tokens[w - 1]) || isGenitive(tokens[w - 1]))) w--;
    const wo = tokens[w - 1];
    const koto = tokens[w - 2];
    const as = tokens
      .slice(w, k - 1)
      .map((t) => t.surface)
      .join('');
    if (!wo || !koto || !/^[をも]$/.test(wo.surface) || koto.surface !== 'こと') continue;
    const who = findTopic(tokens, v, v.first, w - 2, false);
    return {
      kind: 'quote',
      speaker: who?.phrase ?? null,
      type: who?.type ?? null,
      cue: `${as}に${verb.surface}${rest.replace(/。$/, '')}`,
      contentStart: who ? who.phrase.end : v.sentence.start,
      contentEnd: wo.start,
      announce: false,
      via: null,
      implicit: !who,
    };
  }
  return null;
}
