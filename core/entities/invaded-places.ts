import { ACTS_ON_PLACES } from '../lexicon/acts-on-places';
import { isPlaceName } from '../text/pos';
import { tokenAt, tokenSpanning } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { gazetteerType } from './gazetteer';

const ACTS: ReadonlySet<string> = new Set(ACTS_ON_PLACES);

/** Whether [start, end) is one place name: a listed place or one word IPADIC files under places (地域). */
function isOnePlace(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  if (gazetteerType(text.slice(start, end)) === 'place') return true;
  return isPlaceName(tokenSpanning(tokens, start, end));
}

/**
 * A place the tagger read as an event is the place: a country's name alone is no event (「ウクライナ」),
 * nor is it with an act done to it after it (「ウクライナ侵攻」, 「クリミア併合」: what happened, cut to the
 * place). An event named otherwise keeps its kind: 「能登半島地震」, 「パリ五輪」.
 */
export function invadedPlaces(text: string, tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'event') return c;
    if (isOnePlace(text, tokens, c.start, c.end)) return { ...c, type: 'place' };
    const last = tokens[tokenAt(tokens, c.end - 1)];
    if (!last || last.end !== c.end || !ACTS.has(last.surface) || last.start <= c.start) return c;
    return isOnePlace(text, tokens, c.start, last.start) ? { ...c, end: last.start, type: 'place' } : c;
  });
}
