import { QUOTE_NON_SPEECH_VERBS } from '../lexicon/reporting-cues';
import {
  isAuxiliary,
  isConjunctiveParticle,
  isIndependent,
  isNoun,
  isParticle,
  isPassive,
  isPrefix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import type { SentenceView } from './cue';
import { isNegated, type VerbMatch } from './reporting-verbs';

const MAX_SPAN = 6; // tokens from と to the verb: と青果店の男性は顔を曇らせた counts from 顔
// What ends the clause after the verb's endings: 笑う。 / 目を細めた、 / 漏らすのは / 話すが
const CLAUSE_END = new Set(['。', '、', '」', 'が', 'の', 'と']);

/**
 * After a direct quote and its と, the verb that says how it was said: 「…」と笑う, 「…」と目を細めた,
 * 「…」とため息をつく. `k` is the first token after と (and after the speaker, when written there).
 * Naming and becoming are not speech (「…」と呼ばれる, 「…」となった); a verb that modifies a noun
 * describes someone (「…」と書かれた看板); a passive is no one's words.
 */
export function mannerVerbAt(tokens: readonly Token[], v: SentenceView, k: number): VerbMatch | null {
  for (let i = k; i < v.end && i < k + MAX_SPAN; i++) {
    const t = tokens[i] as Token;
    if (isVerb(t) && isIndependent(t)) {
      if (QUOTE_NON_SPEECH_VERBS.has(t.basic) || isNegated(tokens, i)) return null;
      let e = i + 1;
      if (isPassive(tokens[e]) || tokens[e]?.basic === 'せる') {
        // 曇らせた is a verb of its own (曇ら|せ); 呼ばれる is a passive.
        if (tokens[e]?.basic !== 'せる') return null;
      }
      while (tokens[e] && isEnding(tokens[e] as Token)) e++;
      const next = tokens[e];
      if (next && !CLAUSE_END.has(next.surface) && !joinsClauses(next)) return null;
      if (next?.surface === 'の' && tokens[e + 1]?.surface !== 'は') return null;
      return { first: k, last: i, passive: false, announce: false, verb: t.surface };
    }
    // Between と and the verb: an object or a manner (顔を, ため息を, 目を), never another clause.
    const filler = isNoun(t) || isPrefix(t) || (isParticle(t) && /^(?:を|が|に|も)$/.test(t.surface));
    if (!filler) return null;
  }
  return null;
}

/**
 * A word that closes the clause and joins the next: 「…」と容疑を認めている一方、… / 認めているものの、…
 * (a conjunctive particle, or 一方 read as "while").
 */
function joinsClauses(t: Token): boolean {
  return (isConjunctiveParticle(t) && t.surface !== 'て') || (t.surface === '一方' && isNoun(t));
}

function isEnding(t: Token): boolean {
  // た, て, いる / しまう: endings; の of のは is not (漏らすのは、…女性だ).
  return isAuxiliary(t) || (isParticle(t) && t.surface === 'て') || (isVerb(t) && !isIndependent(t));
}
