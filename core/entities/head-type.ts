import { EVENT_SUFFIXES } from '../lexicon/event-suffixes';
import { ENTITY_ORGANIZATION_HEADS } from '../lexicon/organization-heads';
import { ORGANIZATION_SUFFIXES } from '../lexicon/organization-suffixes';
import { FACILITY_SUFFIXES, LANDFORM_SUFFIXES, PLACE_SUFFIXES } from '../lexicon/place-suffixes';
import { WordIndex } from '../lexicon/word-table';
import { isPersonName, isProperNoun } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { EntityType, Token } from '../types';
import type { Candidate } from './candidate';

/** Last word → the kind of name it ends, longest first (市役所 before 市). */
const HEADS = new WordIndex<EntityType>([
  ...[...ORGANIZATION_SUFFIXES.keys()].map((s) => [s, 'organization'] as const),
  ...ENTITY_ORGANIZATION_HEADS.map((s) => [s, 'organization'] as const),
  ...PLACE_SUFFIXES.map((s) => [s, 'place'] as const),
  ...FACILITY_SUFFIXES.map((s) => [s, 'place'] as const),
  ...LANDFORM_SUFFIXES.map((s) => [s, 'place'] as const),
  ...EVENT_SUFFIXES.map((s) => [s, 'event'] as const),
]);

/** Sources whose kind is already the name's own: a list, a title, a bracketed spelling of a name. */
const KEEP: ReadonlySet<Candidate['source']> = new Set(['gazetteer', 'title', 'paren', 'latin', 'apposition']);

/**
 * The kind a name's last word gives it, when that word ends the name after other words: 「米大使館」 and 「大阪市役所」 are organisations, 「大阪市」 a place, 「森友学園」 an
 * organisation, whatever the tagger guessed. Null when the name ends in no such word.
 */
export function headType(text: string, tokens: readonly Token[], start: number, end: number): EntityType | null {
  for (const [head, type] of HEADS.endingAt(text, end)) {
    // The head ends the name after other words: 大阪市 is typed by 市, 市 alone by nothing.
    if (end - start <= head.length) continue;
    // The head starts on a token edge, or ends a dictionary name that is not a person's (鹿児島本線 is
    // one IPADIC word): 「土屋圭市」's 市 is part of the given name 圭市.
    const at = end - head.length;
    const t = tokens[tokenAt(tokens, at)];
    if (t && (t.start === at || (t.end === end && isProperNoun(t) && !isPersonName(t)))) return type;
  }
  return null;
}

/**
 * The kind the last word of one dictionary word gives it: 「伊豆半島」 (one IPADIC proper noun) → place.
 * Null when the word is no longer than a head it ends in, or ends in none.
 */
export function wordHeadType(word: string): EntityType | null {
  for (const [head, type] of HEADS.endingAt(word, word.length)) if (word.length > head.length) return type;
  return null;
}

/**
 * Retypes organisations, places, products and events by their last word (headType). People keep
 * their kind: a title rule or the tagger saw a person, and 市 or 党 at the end of a person's name is
 * part of it.
 */
export function typeByHead(text: string, tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type === 'person' || KEEP.has(c.source)) return c;
    const type = headType(text, tokens, c.start, c.end);
    return type && type !== c.type ? { ...c, type } : c;
  });
}
