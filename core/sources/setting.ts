import { AREA_PARTS } from '../lexicon/area-parts';
import { alternation } from '../lexicon/word-table';
import { isCaseParticle, isConjunction, isConjunctiveParticle, isSahenNoun, isVerb } from '../text/pos';
import type { Token } from '../types';
import { isBreakdown } from './breakdown';
import { isReportPhrase } from './chains';
import { depthAt, type SentenceView } from './cue';
import { phraseStartingAt } from './name-phrase';
import { namesABody } from './source-type';

/**
 * True when the setting a sentence opens on has a name (注目の北浜市長選では、, 伊丹空港では、): another scene
 * for certain, where a bare one (歳入では、, 県内では、) may be a part of what was told before.
 */
export function opensWithNamedSetting(tokens: readonly Token[], v: SentenceView): boolean {
  return isSettingAt(tokens, v, afterConnectives(tokens, v), true);
}

/**
 * True when a sentence opens, after any connective (また、, 一方、), on a new setting written with
 * では / でも — a place, a facility, a time (福岡空港では、, また、県内では、, 欧州でも): the news moves
 * on to another scene, which the according-to of an earlier sentence did not report. A body that
 * speaks with では (同社では, 県警では), a report (調査では) and a breakdown (業種別では) are no setting.
 */
export function opensWithSetting(tokens: readonly Token[], v: SentenceView): boolean {
  return isSettingAt(tokens, v, afterConnectives(tokens, v));
}

/** The first token of the sentence after any connective it opens with (また、県内では → 県内). */
function afterConnectives(tokens: readonly Token[], v: SentenceView): number {
  let k = v.first;
  while (k < v.end && isConnective(tokens[k] as Token)) k++;
  return k;
}

/**
 * True when the setting a sentence opens on is a part of an area (九州南部では、, 県北部では、): after an
 * authority's according-to (気象庁によると、…西日本は…。九州南部では…150ミリの雨が予想される) it is the
 * report's own area seen closer, not another party's scene (羽田空港では, 市内では still are). After
 * 一方 it is another matter all the same.
 */
export function opensWithAreaPart(tokens: readonly Token[], v: SentenceView): boolean {
  let k = v.first;
  let contrast = false;
  for (; k < v.end && isConnective(tokens[k] as Token); k++) contrast ||= (tokens[k] as Token).surface === '一方';
  // 気象庁によると、…。一方、都内各地では熱中症で85人が搬送された: 一方 turns to another matter, which
  // the report does not cover however its place is written.
  if (contrast) return false;
  const phrase = phraseStartingAt(tokens, k, v.end);
  return !!phrase && AREA_PART.test(phrase.text) && isSettingAt(tokens, v, k);
}

/**
 * Where a later clause of the sentence opens on a new, named setting, after a clause that ends on a
 * verb (…運休し、伊丹空港では12便が欠航した): the offset of that setting, else null. What follows it is
 * another scene, as after a sentence that opens on one.
 */
export function sceneFrom(tokens: readonly Token[], v: SentenceView): number | null {
  for (let i = v.first + 1; i < v.end - 1; i++) {
    if ((tokens[i] as Token).surface !== '、' || depthAt(v, i) > 0) continue;
    const before = tokens[i - 1];
    const clauseEnd = isVerb(before) || (isConjunctiveParticle(before) && /^[てで]$/.test(before?.surface ?? ''));
    if (clauseEnd && isSettingAt(tokens, v, i + 1, true)) return (tokens[i + 1] as Token).start;
  }
  return null;
}

/**
 * A setting (福岡空港では, 県内でも) starting at token `k`; `named`: only a place with a name (伊丹空港では,
 * not 店内では — inside a sentence a bare place is more often the same scene seen closer).
 */
function isSettingAt(tokens: readonly Token[], v: SentenceView, k: number, named = false): boolean {
  const phrase = phraseStartingAt(tokens, k, v.end);
  if (!phrase || (named && !phrase.hasProper && !phrase.headPlace)) return false;
  const de = tokens[phrase.next];
  const wa = tokens[phrase.next + 1];
  if (de?.surface !== 'で' || !isCaseParticle(de) || (wa?.surface !== 'は' && wa?.surface !== 'も')) return false;
  // 業種別では: a breakdown of the same data, not a new scene; so is an act the data is told of
  // (高齢者の再犯では, 輸出では: a サ変 noun is an act, never a place or a time).
  if (isReportPhrase(phrase) || namesABody(phrase.text) || isBreakdown(tokens, phrase)) return false;
  if (isSahenNoun(tokens[phrase.last] as Token)) return false;
  return !v.bodies.ends.has(phrase.end) && !v.bodies.names.has(phrase.text);
}

// 九州南部, 県北部, 関東地方: a named area and a part of it (not 南部 or 地方 alone).
const AREA_PART = new RegExp(`^.+(?:${alternation(AREA_PARTS)})$`);

/** また / 一方 / さらに and the 、 after them. */
function isConnective(t: Token): boolean {
  return isConjunction(t) || t.surface === '、' || t.surface === '一方' || t.surface === 'ただ';
}
