import { isAuxiliary, isSahenNoun, isVerb } from '../text/pos';
import type { Token } from '../types';
import { depthAt, type SentenceView } from './cue';

/** Verbs of charging, by IPADIC's basic form, whose passive the accused is the subject of: 罪に問われた. */
const CHARGING_VERBS: ReadonlySet<string> = new Set(['問う', '訴える']);

/** サ変 nouns of charging or arresting: 起訴された, 逮捕された, 書類送検された. */
const CHARGING_NOUNS: ReadonlySet<string> = new Set(['起訴', '逮捕', '送検', '告発', '告訴', '訴追', '再逮捕']);

/**
 * 「被告は、…女性を殺害したほか、…2人に暴行したとして、殺人と傷害の罪に問われた」: the clause closed by
 * として is the charge, which the prosecutors or the police bring — not the accused's own claim. True when
 * the sentence from token `from` on closes on the passive of a verb of charging (問わ|れ, 起訴|さ|れ).
 */
export function isChargedPassive(tokens: readonly Token[], v: SentenceView, from: number): boolean {
  for (let k = from; k < v.end - 1; k++) {
    if (depthAt(v, k) > 0) continue;
    const t = tokens[k] as Token;
    const verb = isVerb(t) && CHARGING_VERBS.has(t.basic);
    const sahen = isSahenNoun(t) && CHARGING_NOUNS.has(t.surface) && tokens[k + 1]?.basic === 'する';
    if (!verb && !sahen) continue;
    const passive = tokens[sahen ? k + 2 : k + 1];
    if (passive && /^(?:れる|られる)$/.test(passive.basic) && (isVerb(passive) || isAuxiliary(passive))) return true;
  }
  return false;
}
