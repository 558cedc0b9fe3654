import { DECIDING_VERBS, SETTING_VERBS } from '../lexicon/reporting-cues';
import { COUNTED_BODIES } from '../lexicon/source-nouns';
import { isBindingParticle, isCaseParticle, isNoun, isPassive, isVerb } from '../text/pos';
import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { isNegated } from './reporting-verbs';
import { namesABody } from './source-type';
import { type Speaker, speakerBefore } from './topic';

/**
 * A body setting a value it controls, in any clause of the sentence: 「日銀が24日の会合で政策金利を
 * 0.5%程度に引き上げたことを受けた対応」, 「東和銀行は定期預金を0.275%に引き上げ、北山銀行も…」.
 * The rate or price set is the setter's, whether or not the sentence closes on the verb (plans.ts
 * reads the closing one). One cue per setting verb, from its subject to the verb; the caller keeps
 * only those no other cue of the sentence reports.
 */
export function findSettingCues(tokens: readonly Token[], v: SentenceView): Cue[] {
  const out: Cue[] = [];
  for (let k = v.first + 1; k < v.end; k++) {
    const verb = settingVerbAt(tokens, k);
    if (verb < 0 || depthAt(v, k) > 0) continue;
    const who = setterBefore(tokens, v, k);
    if (!who) continue;
    out.push({
      kind: 'announce',
      speaker: who.phrase,
      type: who.type,
      cue: (tokens[k] as Token).surface,
      contentStart: who.phrase.end,
      contentEnd: (tokens[k] as Token).start,
      announce: false,
      via: null,
      deed: true,
    });
  }
  return out;
}

/**
 * 引き上げ(た) / 上方修正(した) at `k`, active and not negated: the token of the verb's last word (the
 * する after a サ変 noun), or -1. 引き上げられた is the one whose value was set.
 */
function settingVerbAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  const verb = isVerb(t) && SETTING_VERBS.has(t.basic);
  const sahen = isNoun(t) && SETTING_VERBS.has(t.surface) && tokens[k + 1]?.basic === 'する';
  if (!verb && !sahen) return -1;
  const last = sahen ? k + 1 : k;
  if (isPassive(tokens[last + 1]) || isNegated(tokens, last)) return -1;
  // 金利を0.5%に引き上げることを決めた: a deed decided is the writer's account of the decision
  // (announcements.ts), not a value the body vouches for.
  const decided = tokens[last + 3];
  const deciding = decided && (isVerb(decided) ? decided.basic : decided.surface);
  if (tokens[last + 1]?.surface === 'こと' && tokens[last + 2]?.surface === 'を' && DECIDING_VERBS.has(deciding ?? ''))
    return -1;
  return last;
}

/**
 * The body whose subject (Xは / Xが / Xも) stands nearest before the verb at `k`: only a body sets a
 * value (山田選手は打率を3割に引き上げた tells a deed). A person or a thing as nearer subject (物価が
 * 上がり、…) is passed over only when it is no party at all.
 */
function setterBefore(tokens: readonly Token[], v: SentenceView, k: number): Speaker | null {
  for (let i = k - 1; i > v.first; i--) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    const subject = (isBindingParticle(t) && /^[はも]$/.test(t.surface)) || (isCaseParticle(t) && t.surface === 'が');
    if (!subject) continue;
    const who = speakerBefore(tokens, i, v.first);
    if (!who) continue;
    // A name whose words say it is a body (東和銀行, 県), or one the entity tagger found as one (日銀).
    const named = namesABody(who.phrase.text) || v.bodies.names.has(who.phrase.text);
    const body = who.type === 'government' || (who.type !== 'person' && who.type !== 'anonymous' && named);
    // 大手4社は…引き上げる: a count of bodies is what a survey tallies, not one setter.
    return body && !COUNTED_BODIES.test(who.phrase.text) ? who : null;
  }
  return null;
}
