import { isAuxiliary, isDependent } from '../text/pos';
import type { Token } from '../types';
import { depthAt, type SentenceView } from './cue';
import { phraseEndingAt, phraseStartingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';
import type { Speaker } from './topic';

/**
 * The speaker a cleft names after the reporting verb: 「…」と話すのは、食堂を営む田中良子さん（58）だ,
 * そう語るのは、老舗旅館の女将、川村幸子さんです. `k` is the token after the verb; the name is the
 * phrase right before the closing だ / です / 。.
 */
export function cleftSpeaker(tokens: readonly Token[], v: SentenceView, k: number): Speaker | null {
  let i = k;
  while (isAuxiliary(tokens[i])) i++;
  if (tokens[i]?.surface !== 'の' || !isDependent(tokens[i]) || tokens[i + 1]?.surface !== 'は') return null;
  const lo = tokens[i + 2]?.surface === '、' ? i + 3 : i + 2;
  let end = lo;
  while (end < v.end && depthAt(v, end) > 0) end++;
  for (; end < v.end; end++) {
    const t = tokens[end] as Token;
    if (depthAt(v, end) > 0) continue;
    if (t.surface === '。' || isAuxiliary(t)) break;
  }
  const phrase = end > lo ? phraseEndingAt(tokens, end - 1, lo) : null;
  if (!phrase) return null;
  const type = sourceTypeOf(phrase) ?? (phrase.hasPerson ? 'person' : null);
  return type && type !== 'document' ? { phrase, type } : null;
}

/** A person named at `k` whose name ends the sentence: と山田さん。, と話す(の)店主の山田さん（45）。 */
export function closingSpeaker(tokens: readonly Token[], v: SentenceView, k: number): Speaker | null {
  let i = k;
  while (isAuxiliary(tokens[i])) i++;
  const phrase = phraseStartingAt(tokens, i, v.end);
  const after = phrase ? tokens[phrase.next] : undefined;
  if (!phrase || (after && after.surface !== '。' && after.surface !== '\n' && !isPresent(tokens, phrase.next))) {
    return null;
  }
  const type = sourceTypeOf(phrase);
  return type === 'person' || type === 'anonymous' ? { phrase, type } : null;
}

/** 「…」と話す住民もいた / と話す客がいる: a speaker said to be there, closing the sentence. */
function isPresent(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k];
  const verb = tokens[k + 1];
  if (!p || !verb || (p.surface !== 'も' && p.surface !== 'が') || verb.basic !== 'いる') return false;
  let e = k + 2;
  while (isAuxiliary(tokens[e])) e++;
  const end = tokens[e];
  return !end || end.surface === '。' || end.surface === '\n';
}
