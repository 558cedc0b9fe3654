import { ADMINISTRATIVE_ENDS } from '../lexicon/place-suffixes';
import type { Candidate } from './candidate';
import { gazetteerType } from './gazetteer';

// 「路線バス廃止へ　住民「困る」　桜川」: a regional paper ends its headline with where the story is, after a
// space. The name there is the place, whatever the tagger guessed, when the article names it as a place
// (「桜川市」, 「大阪府」) or the lists hold it.

/** Retypes the name closing the headline after a space as a place where the article says it is one. */
export function headlinePlaces(text: string, cands: readonly Candidate[]): Candidate[] {
  const lineEnd = text.indexOf('\n');
  const headlineEnd = lineEnd < 0 ? text.length : lineEnd;
  return cands.map((c) => {
    if (c.type === 'place' || c.end !== headlineEnd || !/[ 　]/.test(text[c.start - 1] ?? '')) return c;
    const name = text.slice(c.start, c.end);
    const body = text.slice(headlineEnd);
    const named = gazetteerType(name) === 'place' || ADMINISTRATIVE_ENDS.some((s) => body.includes(name + s));
    return named ? { ...c, type: 'place' } : c;
  });
}
