import { DEFINING_VERBS } from '../lexicon/reporting-cues';
import {
  isAuxiliary,
  isBindingParticle,
  isCaseParticle,
  isDependent,
  isGenitive,
  isNoun,
  isPrefix,
  isSuffix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { depthAt, type SentenceView } from './cue';

/**
 * True when a report cue ending before token `j` (国の指針で…) opens a clause that defines a noun
 * deep inside its sentence: 「国の指針で上限とされる月45時間を超えた教員は61.3%」 — the guideline
 * sets 月45時間, the object of another clause; it reports none of the sentence's figures. A clause
 * that finds (調査で把握された約3千戸を含め) or whose noun is the sentence's topic or subject
 * (指針で定められた上限は月45時間) still reports them.
 */
export function modifiesInnerNoun(tokens: readonly Token[], v: SentenceView, j: number): boolean {
  let i = j;
  // The clause's predicate: its first verb at the top level, before any comma.
  while (i < v.end && !isVerb(tokens[i])) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0 || t.surface === '、' || t.surface === '。') return false;
    i++;
  }
  const verb = tokens[i];
  if (!verb || depthAt(v, i) > 0 || !defines(tokens, i)) return false;
  // Its endings: される, された, している.
  i++;
  while (
    i < v.end &&
    (isAuxiliary(tokens[i]) || (isVerb(tokens[i]) && (isSuffix(tokens[i]) || isDependent(tokens[i]))))
  )
    i++;
  // Attributive: a noun right after the predicate (とされる月45時間).
  if (!isNoun(tokens[i]) || isDependent(tokens[i]) || isSuffix(tokens[i])) return false;
  // The noun phrase it modifies (月45時間, 上限の月45時間), then what the phrase is to the sentence.
  while (i < v.end) {
    const t = tokens[i];
    if (isNoun(t) || isPrefix(t)) i++;
    else if (isGenitive(t) && isNoun(tokens[i + 1])) i++;
    else break;
  }
  const particle = tokens[i];
  if (!particle) return false;
  const topicOrSubject = isBindingParticle(particle) || (isCaseParticle(particle) && particle.surface === 'が');
  return !topicOrSubject && (isCaseParticle(particle) || isGenitive(particle));
}

/**
 * The verb at `i` sets what its noun is: after a quoting と or に (上限とされる, 目安となる, 基準にする),
 * or a verb of setting (定める, 推奨する).
 */
function defines(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i] as Token;
  const before = tokens[i - 1];
  if (DEFINING_VERBS.has(verb.basic)) return true;
  if (verb.basic === 'する' && before && isNoun(before) && DEFINING_VERBS.has(before.surface)) return true;
  const framed = /^(?:する|なる)$/.test(verb.basic);
  return framed && !!before && isCaseParticle(before) && /^[とに]$/.test(before.surface);
}
