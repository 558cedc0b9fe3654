import { isNoun, isVerb } from '../text/pos';
import { sentenceStartBefore } from '../text/sentences';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { AttributedFigure } from './context';
import { creditEach, type Party } from './parties';
import { isActorParticle } from './subjectless';
import { speakerBefore } from './topic';

/** What a body sets a value as: 目安, 基準, 上限, 下限, 基準値 (…の目安とする31). */
const STANDARD_NOUNS: ReadonlySet<string> = new Set(['目安', '基準', '上限', '下限', '基準値', '目標']);

// How far back the setter's が / は may stand before と: 環境省|が|「|運動|は|原則|中止|」|の|目安.
const SETTER_REACH = 16;

/**
 * 「環境省が「運動は原則中止」の目安とする31を超えていた」: a value a body sets as a standard, in the clause
 * that describes the figure right after it (…の目安とする / 上限としている + the figure), is the setter's.
 * Only a body (a government or organisation) marked by が or は before the standard noun sets one; a
 * person's own yardstick (山田さんが目安とする1日1万歩) or a standard no one is named for is left alone.
 */
export function standardValues<F extends AttributedFigure>(
  text: string,
  tokens: readonly Token[],
  figures: readonly F[],
): Map<F, Party> {
  return creditEach(figures, (f) => {
    const to = standardBefore(tokens, tokenAt(tokens, f.start));
    return to < 0 ? null : setterBefore(tokens, to, tokenAt(tokens, sentenceStartBefore(text, f.start)));
  });
}

/** The と of 目安|と|する right before the figure at `first` (the noun before it a standard), or -1. */
function standardBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  // とする / としている / とした
  while (k > 0 && !(tokens[k]?.basic === 'する' && isVerb(tokens[k])) && k > first - 4) k--;
  if (tokens[k]?.basic !== 'する' || tokens[k - 1]?.surface !== 'と') return -1;
  for (let j = k + 1; j < first; j++) if (!/^(?:て|い|いる|た)$/.test(tokens[j]?.surface ?? '')) return -1;
  return STANDARD_NOUNS.has(tokens[k - 2]?.surface ?? '') ? k - 1 : -1;
}

/** The body marked by が or は before token `to`, outside quotes, from token `lo` on; null when none. */
function setterBefore(tokens: readonly Token[], to: number, lo: number): Party | null {
  let depth = 0;
  for (let k = to - 1; k > lo && k > to - SETTER_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.surface === '」') depth++;
    else if (t.surface === '「') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (t.surface === '、' || t.surface === '。' || isVerb(t)) return null;
    const marks = isActorParticle(t);
    if (!marks || !isNoun(tokens[k - 1])) continue;
    const sp = speakerBefore(tokens, k, Math.max(lo, k - 8));
    if (!sp || (sp.type !== 'government' && sp.type !== 'organization')) return null;
    return { name: sp.phrase.text, type: sp.type, phrase: sp.phrase, cue: 'とする', via: null };
  }
  return null;
}
