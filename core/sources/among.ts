import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { opinionAt } from './opinions';
import { cueText } from './quote-shape';
import { reportingVerbAt } from './reporting-verbs';
import { speakerBefore } from './topic';

/**
 * 「市場関係者の間では、…9兆円規模と推計されていました」: a view held among a group (Xの間では / 間でも)
 * and reported in the passive is that group's — the passive names no one, the frame does. So is a view
 * the sentence closes on, among a group or voiced from one (専門家の間では…との見方が強い, 地元の商店主
 * からは「…」との声が上がった). Only when such a verb or view closes what the frame opens; 「両国の間で
 * 3回の協議を重ねた」 and 「東京からは3時間かかる」 report nothing.
 */
export function findAmongCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  for (let k = v.first + 1; k < v.end - 1; k++) {
    const frame = frameAt(tokens, v, k);
    if (!frame) continue;
    const who = speakerBefore(tokens, frame.owner, v.first);
    if (!who) continue;
    for (let i = frame.next; i < v.end; i++) {
      if (depthAt(v, i) > 0) continue;
      const t = tokens[i] as Token;
      // 専門家の間では、…との見方が強い / …という見方も出ている
      const opinion = t.surface === 'と' || t.surface === 'という' ? opinionAt(tokens, v, i) : null;
      const verb = opinion || !frame.among ? null : reportingVerbAt(tokens, i, tokens[i - 1]?.surface === 'と');
      if (!opinion?.cue && !verb?.passive) continue;
      if (opinion?.holder) return null;
      return {
        kind: 'according',
        speaker: who.phrase,
        type: who.type,
        cue: `${frame.written}…${opinion ? opinion.cue : cueText(tokens, verb as NonNullable<typeof verb>)}`,
        contentStart: (tokens[frame.next] as Token).start,
        contentEnd: v.sentence.end,
        announce: false,
        via: null,
      };
    }
  }
  return null;
}

/**
 * A frame at token `k` naming who holds what follows: の間では / の間でも (`owner` is the の, the
 * phrase ends before it), or からは / からも.
 */
function frameAt(
  tokens: readonly Token[],
  v: SentenceView,
  k: number,
): { owner: number; next: number; among: boolean; written: string } | null {
  const t = tokens[k] as Token;
  if (depthAt(v, k) > 0) return null;
  const topic = tokens[k + 1]?.surface ?? '';
  if (t.surface === '間' && tokens[k - 1]?.surface === 'の' && tokens[k + 1]?.surface === 'で') {
    const p = tokens[k + 2]?.surface ?? '';
    return /^[はも]$/.test(p) ? { owner: k - 1, next: k + 3, among: true, written: `の間で${p}` } : null;
  }
  if (t.surface === 'から' && /^[はも]$/.test(topic)) {
    return { owner: k, next: k + 2, among: false, written: `から${topic}` };
  }
  return null;
}
