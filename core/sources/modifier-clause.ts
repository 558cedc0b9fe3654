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

// 判明した / 分かった / 明らかになった: a finding — 調査で判明した不正は… is still the survey's.
const FOUND = /^(?:分かる|わかる)$/;
const FOUND_NOUN = /^(?:判明|明らか|発覚)$/;

/**
 * True when a report cue ending before token `j` (国の指針で…) opens a clause that modifies a noun
 * deep inside its sentence: 「国の指針で上限とされる月45時間を超えた教員は61.3%」 — the guideline
 * defines 月45時間, the object of another clause; it reports none of the sentence's figures. A clause
 * whose noun is the sentence's topic or subject (調査で示された数字は1万人) still reports them.
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
  if (!verb || depthAt(v, i) > 0 || FOUND.test(verb.basic)) return false;
  if (FOUND_NOUN.test(tokens[i - 1]?.surface ?? '') || FOUND_NOUN.test(tokens[i - 2]?.surface ?? '')) return false;
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
