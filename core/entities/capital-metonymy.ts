import { GOVERNMENT_CAPITALS, STANCE_WORDS } from '../lexicon/capitals';
import type { Candidate } from './candidate';

/** Where a capital's clause ends: the sentence's end (「北京は日本に対し、撤回を求めている」). */
const CLAUSE_END = /[。！？\n]/;
/** The topic or subject marker right after the capital: 「北京は」, 「ワシントンが」, 「モスクワも」. */
const SUBJECT_MARK = /^[はがも]/;

/**
 * A capital that takes a stance is its government: 「北京は今回の協議に反発した」, 「ワシントンが制裁を
 * 警告した」 → an organisation. Anywhere else it stays the city: 「北京で会談した」, 「モスクワによる作戦」.
 */
export function capitalMetonymy(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'place' || !GOVERNMENT_CAPITALS.has(text.slice(c.start, c.end))) return c;
    const rest = text.slice(c.end, c.end + 80);
    if (!SUBJECT_MARK.test(rest)) return c;
    const cut = rest.slice(1).search(CLAUSE_END);
    const clause = cut < 0 ? rest : rest.slice(0, cut + 1);
    return STANCE_WORDS.some((w) => clause.includes(w)) ? { ...c, type: 'organization' } : c;
  });
}
