import {
  INVESTIGATING_FORCES,
  INVESTIGATING_UNIT_ENDS,
  PROSECUTING_OFFICES,
  PROSECUTING_UNIT_END,
} from '../lexicon/municipal-organs';
import { INVESTIGATORS } from '../lexicon/source-nouns';
import { isNoun } from '../text/pos';
import type { Token } from '../types';
import type { SentenceView } from './cue';
import { type NamePhrase, phraseEndingAt } from './name-phrase';

const HEADS: ReadonlySet<string> = new Set(INVESTIGATORS);
const PLAIN = { hasPerson: false, hasProper: false, headName: false };

/**
 * The last investigating authority a sentence names (警察, 大阪府警, 練馬署), for a later bare
 * 「調べによりますと」: 「住人から警察に通報があった。…調べによりますと、男性は…」 → 警察.
 */
export function investigatorIn(tokens: readonly Token[], v: SentenceView): NamePhrase | null {
  for (let i = v.end - 1; i >= v.first; i--) {
    const t = tokens[i] as Token;
    if (!isNoun(t) || isNoun(tokens[i + 1])) continue;
    if (HEADS.has(t.surface)) return phraseEndingAt(tokens, i, Math.max(v.first, i - 3));
    // 警察官が駆けつけた: an officer stands for the force, written in the same word.
    const force = t.surface.slice(0, -1);
    if (t.surface.endsWith('官') && HEADS.has(force)) {
      return { text: force, start: t.start, end: t.start + force.length, first: i, last: i, next: i + 1, ...PLAIN };
    }
  }
  return null;
}

/**
 * True when a source is an investigating authority (大阪府警, 練馬署, 警察) or a unit of a police force
 * (石川県警高速隊, 府警捜査1課, 警視庁交通機動隊): its reports identify people.
 */
export function isInvestigator(name: string): boolean {
  for (const h of HEADS) if (name.endsWith(h)) return true;
  return POLICE_UNIT.test(name) || PROSECUTING_UNIT.test(name);
}

// 県警高速隊 / 府警捜査1課 / 警察庁の…室: a force's name, then the unit within it (lexicon/municipal-organs.ts).
const POLICE_UNIT = new RegExp(`(?:${INVESTIGATING_FORCES.join('|')}).{0,8}[${INVESTIGATING_UNIT_ENDS.join('')}]$`);

// 大阪地検特捜部 / 東京地検刑事部: a prosecutors' office, then its department.
const PROSECUTING_UNIT = new RegExp(`(?:${PROSECUTING_OFFICES.join('|')}).{0,4}${PROSECUTING_UNIT_END}$`);

// 大阪府警, 練馬署 name the force; 警察 may be any of them; 消防 and 地検 investigate less often.
const FORCES = /(?:県警|府警|道警|警視庁|警察署|署)$/;

/**
 * How specifically a name says who investigates: a named force (大阪府警, 練馬署) 2, the police 1,
 * another authority (消防, 地検) 0. A bare 調べ belongs to the most specific one named so far.
 */
export function investigatorRank(name: string): number {
  return FORCES.test(name) ? 2 : name.endsWith('警察') ? 1 : 0;
}
