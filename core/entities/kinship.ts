import { KINSHIP_TERMS } from '../lexicon/kinship';
import { isPersonName } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';

/**
 * Takes a family word off the front of a person's name: 「妻雅子さん」 → 雅子, 「長男太郎さん」 → 太郎.
 * Only before a word IPADIC knows as a name: 「孫正義」 (孫 + the plain word 正義) keeps its surname.
 */
export function trimKinship(tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'person') return c;
    const i = tokenAt(tokens, c.start);
    const first = tokens[i];
    const next = tokens[i + 1];
    if (!first || !next || first.start !== c.start || next.end > c.end) return c;
    if (!KINSHIP_TERMS.has(first.surface) || !isPersonName(next) || next.start !== first.end) return c;
    return { ...c, start: next.start };
  });
}
