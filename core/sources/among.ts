import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { cueText } from './quote-shape';
import { reportingVerbAt } from './reporting-verbs';
import { speakerBefore } from './topic';

/**
 * 「市場関係者の間では、…9兆円規模と推計されていました」: a view held among a group (Xの間では / 間でも)
 * and reported in the passive is that group's — the passive names no one, the frame does. Only when a
 * reporting verb closes what the frame opens; 「両国の間で3回の協議を重ねた」 reports nothing.
 */
export function findAmongCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  for (let k = v.first + 2; k < v.end - 1; k++) {
    const t = tokens[k] as Token;
    if (t.surface !== '間' || tokens[k - 1]?.surface !== 'の' || depthAt(v, k) > 0) continue;
    if (tokens[k + 1]?.surface !== 'で' || !/^[はも]$/.test(tokens[k + 2]?.surface ?? '')) continue;
    const who = speakerBefore(tokens, k - 1, v.first);
    if (!who) continue;
    for (let i = k + 3; i < v.end; i++) {
      if (depthAt(v, i) > 0) continue;
      const verb = reportingVerbAt(tokens, i, tokens[i - 1]?.surface === 'と');
      if (!verb?.passive) continue;
      return {
        kind: 'according',
        speaker: who.phrase,
        type: who.type,
        cue: `の間では…${cueText(tokens, verb)}`,
        contentStart: (tokens[k + 3] as Token).start,
        contentEnd: v.sentence.end,
        announce: false,
        via: null,
      };
    }
  }
  return null;
}
