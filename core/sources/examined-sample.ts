import { EXAMINING_WORDS } from '../lexicon/reporting-cues';
import { isBindingParticle, isCaseParticle, isGenitive, isNoun, isNumeral, isSahenNoun, isVerb } from '../text/pos';
import type { Token } from '../types';
import type { Cue, SentenceView } from './cue';
import { speakerBefore } from './topic';

// How many tokens the counted sample may take between the verb and のうち: 市内の公立小中学校42校.
const MAX_SAMPLE = 8;
// How far back the examiner's が may stand: 県が今月、杉の花粉の量を|調べた.
const MAX_CLAUSE = 14;

/**
 * 「南海県が今月調べた36地点のうち、12地点で基準値を超えた」: a sample a body examined, inside the clause
 * before のうち, makes the body the source of the sentence's counts (the 36 and the 12 of them). A person who
 * visited the places (山田さんが訪れた36地点のうち) or a sample no one examined (市内の42校のうち) names no one.
 */
export function findExaminedSampleCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  for (let i = v.first + 2; i < v.end; i++) {
    if (tokens[i]?.surface !== 'うち' || !isGenitive(tokens[i - 1])) continue;
    const verb = examinerVerbBefore(tokens, i - 2, v.first);
    if (verb < 0) continue;
    const g = examinerParticle(tokens, verb, v.first);
    if (g < 0) continue;
    const sp = speakerBefore(tokens, g, v.first);
    if (!sp || sp.type === 'person' || sp.type === 'anonymous') continue;
    return {
      kind: 'according',
      speaker: sp.phrase,
      type: sp.type,
      cue: `${(tokens[verb] as Token).surface}…のうち`,
      contentStart: v.sentence.start,
      contentEnd: v.sentence.end,
      announce: false,
      via: null,
      frame: true,
    };
  }
  return null;
}

/** The examining verb whose clause ends on a counted sample at `last` (調べた|36|地点), or -1. */
function examinerVerbBefore(tokens: readonly Token[], last: number, lo: number): number {
  let counted = false;
  for (let k = last; k >= lo && k > last - MAX_SAMPLE; k--) {
    const t = tokens[k] as Token;
    if (isNumeral(t)) counted = true;
    if (t.surface === 'た' && counted) {
      const w = tokens[k - 1] as Token;
      // 調べた (a verb) / 検査した (a サ変 noun with する)
      if (isVerb(w) && EXAMINING_WORDS.has(w.basic) && w.basic !== 'する') return k - 1;
      const n = tokens[k - 2] as Token;
      if (w.basic === 'する' && isSahenNoun(n) && EXAMINING_WORDS.has(n.surface)) return k - 2;
      return -1;
    }
    if (isVerb(t) || t.surface === '、' || t.surface === 'は') return -1;
  }
  return -1;
}

/**
 * The が that marks the examiner of the verb at `verb`, with what was examined (杉の花粉の量を), a date
 * (今月, 14日に) or a comma between them: 県が今月、杉の花粉の量を|調べた. A verb or a topic between ends
 * the clause (県は…と話し、調べた); a verb stem compounded into a noun (なり|具合) does not.
 */
function examinerParticle(tokens: readonly Token[], verb: number, lo: number): number {
  for (let g = verb - 1; g > lo && g > verb - MAX_CLAUSE; g--) {
    const t = tokens[g] as Token;
    if (t.surface === 'が' && isCaseParticle(t)) return g;
    if ((t.surface === 'は' && isBindingParticle(t)) || t.surface === '。') return -1;
    if (isVerb(t) && !isNoun(tokens[g + 1])) return -1;
  }
  return -1;
}
