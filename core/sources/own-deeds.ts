import { type Antecedents, anaphorOf } from './anaphora';
import type { Cue } from './cue';
import { isTold } from './hearsay';
import type { Party } from './parties';
import type { Speaker } from './topic';

/**
 * The body a sentence of hearsay is about, as the teller of its own deeds: 「同社は昨年4月から
 * 初任給を月額24万円に引き上げ、今春は計5人が入社する予定だという。」 → the company (同社 resolved). A
 * feature built on an interview tells what the company did as the company told it; the hearsay
 * (という, とのことだ, そうだ) is the mark of that. The outlet's own description of the same company —
 * 「従業員38人の燕ミラー工業が注目を集めている」, no hearsay — stays the outlet's; an estimate
 * (…とみられる) and a topic known only by its role (男は…という) name no teller.
 */
export function tellerOf(topic: Speaker | null, cues: readonly Cue[], mentions: Antecedents): Party | null {
  if (!topic || !cues.some(isTold)) return null;
  const { phrase, type } = topic;
  // A person's deeds told by hearsay are as often the police's account of a suspect (山田容疑者は…奪った
  // という) or a relative's as the person's own: only a body tells its own.
  if (type !== 'organization' && type !== 'government') return null;
  const ana = anaphorOf(phrase.text);
  const m = ana ? mentions.resolve(ana, phrase.start) : null;
  if (ana && !m) return null;
  return { name: m?.name ?? phrase.text, type: m?.type ?? type, phrase, cue: '', via: null };
}
