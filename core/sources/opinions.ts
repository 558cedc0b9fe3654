import { OPINION_NOUNS } from '../lexicon/reporting-cues';
import { isPredicateWord } from '../text/pos';
import type { Token } from '../types';
import type { SentenceView } from './cue';

/**
 * 「との分析もある」, 「との見方が強い」, 「との声が上がっている」: と + の + a noun of opinion + も / が,
 * then the predicate closing the sentence. Returns the cue as written, or null.
 */
export function opinionAt(tokens: readonly Token[], v: SentenceView, i: number): string | null {
  const no = tokens[i + 1];
  const noun = tokens[i + 2];
  const particle = tokens[i + 3];
  if (no?.surface !== 'の' || !noun || !OPINION_NOUNS.has(noun.surface)) return null;
  if (particle?.surface !== 'も' && particle?.surface !== 'が') return null;
  let k = i + 4;
  let cue = `との${noun.surface}${particle.surface}`;
  for (; k < v.end && k < i + 9; k++) {
    const t = tokens[k] as Token;
    if (t.surface === '。') return cue;
    if (!(isPredicateWord(t) || t.surface === 'て' || t.surface === 'で')) {
      return null;
    }
    cue += t.surface;
  }
  return k === v.end ? cue : null;
}
