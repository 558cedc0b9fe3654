import { anaphorOf, bareHead } from './anaphora';
import type { Cue } from './cue';
import type { Party } from './parties';

// How many cues back from the body's own the insiders' may stand.
const NEAR_CUES = 3;

/**
 * 党関係者によると、党が独自に実施した情勢調査でも…: a body written bare (党, 会社, 県, 同社) inside what its
 * own people tell (党関係者, 市幹部, 会社関係者) reaches the reader through them — they are the source the
 * article names, where the bare word places no one. Returns the cue of those people, or null: a body named
 * in full (民政党が実施した調査では) is its own source.
 */
export function insidersTelling(cues: readonly Cue[], inner: Cue, parties: ReadonlyMap<Cue, Party | null>): Cue | null {
  const word = inner.speaker?.text;
  if (!word || !inner.speaker || !(bareHead(word) || anaphorOf(word))) return null;
  // The insiders are cited just before the body (党関係者によると、党が…): a few cues back at most, so a
  // sentence of thousands of cues stays linear.
  const at = cues.indexOf(inner);
  for (let k = at - 1; k >= 0 && at - k <= NEAR_CUES; k--) {
    const c = cues[k] as Cue;
    if (!c.speaker || c.speaker.start >= inner.speaker.start) continue;
    const p = parties.get(c);
    const people = p?.type === 'anonymous' || p?.type === 'person';
    if (people && c.speaker.text.length > word.length && c.speaker.text.startsWith(word)) return c;
  }
  return null;
}
