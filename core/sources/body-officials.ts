import { isGenitive } from '../text/pos';
import type { Token } from '../types';
import { phraseEndingAt } from './name-phrase';
import type { Party } from './parties';
import { sourceTypeOf } from './source-type';

/**
 * 北浜港湾庁の山田長官は11日、…46%減ったと明らかにした: a person named as an official of a body the phrase
 * names (Xの + title and name) makes the body's figures known, as the body itself would — unlike a person
 * named alone (山本知事は…と明らかにした), who only speaks.
 */
export function speaksForBody(tokens: readonly Token[], p: Party): boolean {
  if (p.type !== 'person') return false;
  const { first, last } = p.phrase;
  for (let k = first + 1; k < last; k++) {
    if (!isGenitive(tokens[k])) continue;
    const body = phraseEndingAt(tokens, k - 1, first);
    const type = body && body.first === first ? sourceTypeOf(body) : null;
    return type === 'government' || type === 'organization';
  }
  return false;
}
