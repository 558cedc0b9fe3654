import type { Cue } from './cue';
import { isTold } from './hearsay';
import type { Party } from './parties';

// と明かす, と話した: a party heard through a quoting と, in its own words.
const QUOTED = /^と/;

/**
 * The party a sentence's hearsay takes from its paragraph, or null when the hearsay is impersonal
 * (…とされる, …とみられる: a received view or an estimate, not a relay of what was told) and the party is
 * a person or an unnamed insider heard in their own words (組合の担当者は「…」と明かす。客室数は約2万室で、
 * 最も少ないとされる): their quote ends with its brackets, the view after it is no one's. A body, a
 * document or an according-to (関係者によると、…。…とみられる) still carries.
 */
export function heardFrom(hearsay: Cue, p: Party | null): Party | null {
  if (!p || isTold(hearsay)) return p;
  const personal = p.type === 'person' || p.type === 'anonymous';
  return personal && QUOTED.test(p.cue) ? null : p;
}
