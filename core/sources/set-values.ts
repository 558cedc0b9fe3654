import { SETTING_VERBS } from '../lexicon/reporting-cues';
import { COUNTED_BODIES } from '../lexicon/source-nouns';
import {
  isAuxiliary,
  isBindingParticle,
  isCaseParticle,
  isNoun,
  isNumeral,
  isParticle,
  isPassive,
  isVerb,
} from '../text/pos';
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
  // 金利を0.75%に引き上げることを決めた sets the value as much as 引き上げた does: the rate is the decider's,
  // as 上限を50万円とすることを決めた is (announcement-verbs.ts).
  if (isPassive(tokens[last + 1]) || isNegated(tokens, last)) return -1;
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

// How far before its verb the value set from may stand: 従来の410万台から395万台に引き下げた.
const FROM_REACH = 10;

/**
 * A value revised from A to B by a setting verb closing the sentence in the past, its subject left out:
 * 「…と述べた。通期の見通しも従来の410万台から395万台に引き下げた」. The body the story is about revised it
 * (resolved as a plan's planner is: the paragraph's body, else the story's); a topic that is no party
 * (見通しも, 運賃は) is what was revised.
 */
export function findRevisionCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  let k = v.end - 1;
  while (k > v.first && /^[。．]$/.test((tokens[k] as Token).surface)) k--;
  // …に引き下げたということです / …に引き下げたという: the NHK register's hearsay tail on the same revision.
  k = beforeHearsay(tokens, v, k);
  if (!isAuxiliary(tokens[k]) || tokens[k]?.basic !== 'た') return null;
  while (k > v.first && isAuxiliary(tokens[k])) k--;
  // 修正した: the サ変 noun before する is the setting word (settingVerbAt reads it from the noun).
  const sahen = isVerb(tokens[k]) && tokens[k]?.basic === 'する';
  if (settingVerbAt(tokens, sahen ? k - 1 : k) !== k) return null;
  let first = sahen ? k - 1 : k;
  // 上方修正した / 下方修正した: the noun the revision's サ変 noun is compounded with.
  while (first - 1 > v.first && isNoun(tokens[first - 1]) && isNoun(tokens[first]) && !isNumeral(tokens[first - 1]))
    first--;
  if (!fromTo(tokens, v, first)) return null;
  for (let i = v.first + 1; i < first; i++) {
    const t = tokens[i] as Token;
    const subject = (isBindingParticle(t) && /^[はも]$/.test(t.surface)) || (isCaseParticle(t) && t.surface === 'が');
    if (depthAt(v, i) > 0 || (subject && speakerBefore(tokens, i, v.first))) return null;
  }
  return {
    kind: 'announce',
    speaker: null,
    type: null,
    cue: tokens
      .slice(first, v.end)
      .map((t) => t.surface)
      .join('')
      .replace(/[。．]$/, ''),
    contentStart: v.sentence.start,
    contentEnd: (tokens[first] as Token).start,
    announce: false,
    via: null,
    plan: true,
    deed: true,
  };
}

/** …AからBに before the verb at `verb`: に right before it, から within reach in the same clause. */
function fromTo(tokens: readonly Token[], v: SentenceView, verb: number): boolean {
  if (tokens[verb - 1]?.surface !== 'に' || !isParticle(tokens[verb - 1])) return false;
  let reach = FROM_REACH;
  for (let j = verb - 2; j > v.first && j >= verb - reach; j--) {
    const w = tokens[j] as Token;
    // 3500億円（前期比29%減）に: a note in brackets after the new value is passed over whole.
    if (w.surface === '）' || w.surface === ')') {
      const open = bracketOpen(tokens, j, v.first);
      if (open < 0) return false;
      reach += j - open + 1;
      j = open;
      continue;
    }
    if (w.surface === '、' || isVerb(w)) return false;
    if (w.surface === 'から' && isParticle(w)) return true;
  }
  return false;
}

/** The （ that the ） at `close` closes, searching back to `lo`, or -1. */
function bracketOpen(tokens: readonly Token[], close: number, lo: number): number {
  for (let j = close - 1; j > lo; j--) {
    const t = (tokens[j] as Token).surface;
    if (t === '（' || t === '(') return j;
    if (t === '）' || t === ')' || t === '。') return -1;
  }
  return -1;
}

/**
 * The token before a closing という / ということです / ということだ at `k` (the sentence's last word),
 * else `k`: 純利益を…3500億円に引き下げたということです reads as …引き下げた.
 */
function beforeHearsay(tokens: readonly Token[], v: SentenceView, k: number): number {
  let j = k;
  while (j > v.first && j > k - 4 && tokens[j]?.surface !== 'という') j--;
  if (tokens[j]?.surface !== 'という' || j === k - 4) return k;
  const tail = tokens
    .slice(j, k + 1)
    .map((t) => t.surface)
    .join('');
  return /^という(?:ことです|ことだ|ことである)?$/.test(tail) ? j - 1 : k;
}
