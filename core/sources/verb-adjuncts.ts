import {
  isAdjectivalNoun,
  isAdverb,
  isAdverbialNoun,
  isConjunctiveParticle,
  isNumeral,
  isSuffix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';

// What stands between a subject and its verb: dates (23日までに, 同日, 昨年) and manners (独自に, 併せて).

/**
 * 独自に / 新たに / 改めて: how the subject did it, between the subject and its verb; so is a verb's
 * bare て-form (同省が併せて発表した, 両社がそろって公表した), whose subject is the verb's own.
 */
export function isManner(tokens: readonly Token[], g: number): boolean {
  const t = tokens[g] as Token;
  if (isAdverb(t)) return true;
  if (isVerb(t) && t.pos1 === '自立' && isTe(tokens[g + 1])) return true;
  if (isTe(t) && isVerb(tokens[g - 1])) return true;
  if (t.surface === 'に') return isAdjectivalNoun(tokens[g - 1]);
  return isAdjectivalNoun(t) && tokens[g + 1]?.surface === 'に';
}

const isTe = (t: Token | undefined) => !!t && t.surface === 'て' && isConjunctiveParticle(t);

/**
 * The token before the dates, manners and commas that end at `k` (23|日|まで|に|、, 先月, このほど), or `k`
 * when there are none: what stands between a subject and its verb.
 */
export function beforeTimeOrManner(tokens: readonly Token[], k: number): number {
  let g = k;
  const dated = (j: number) => isDateWord(tokens[j] as Token) || tokens[j]?.surface === 'まで';
  for (; g > 0; g--) {
    const t = tokens[g] as Token;
    if (t.surface === '、' || isDateWord(t) || isManner(tokens, g)) continue;
    if ((t.surface === 'に' || t.surface === 'まで') && dated(g - 1)) continue;
    break;
  }
  return g;
}

/** 15日 / 同日 / 昨年: a date between a subject and its verb (内閣府が同日公表した). */
export function isDateWord(t: Token): boolean {
  return isNumeral(t) || isSuffix(t) || isAdverbialNoun(t) || /^同(?:日|月|年|夜|朝)$/.test(t.surface);
}
