import { SPORTS_CUES, TEAM_PLACES } from '../lexicon/team-places';
import type { Candidate } from './candidate';

const SENTENCE_END = /[。！？\n]/;

/** The sentence around [start, end): from after the previous 。 to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1] as string)) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b] as string)) b++;
  return text.slice(a, b);
}

/**
 * A team's home place in a sentence about a game is the team: 「広島は巨人に3-2で勝ち、連勝を5に伸ばした」
 * → 広島 an organisation; 「広島戦」 too. 「広島で平和記念式典が開かれた」 stays a place.
 */
export function teamMetonymy(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'place' || !TEAM_PLACES.has(text.slice(c.start, c.end))) return c;
    const sentence = sentenceAround(text, c.start, c.end);
    const game = text[c.end] === '戦' || SPORTS_CUES.some((w) => sentence.includes(w));
    return game ? { ...c, type: 'organization' } : c;
  });
}
