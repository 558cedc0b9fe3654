import type { Token } from '../types';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';
import type { Speaker } from './topic';

/**
 * Report nouns that compound straight onto their maker, with no の: 主催者発表で, 警察発表では, 県警調べで,
 * 政府まとめで — the maker's own release. Not 調査 or 統計, whose compounds name what is studied
 * (家計調査, 人口統計), not who studies it.
 */
export const MAKER_COMPOUND_REPORTS: ReadonlySet<string> = new Set(['発表', '調べ', 'まとめ']);

/**
 * The maker of a report written as one compound (主催者発表 → 主催者, 警察発表 → 警察): the words before
 * the report noun, when they are a party by themselves (a government, organisation, outlet or an
 * unnamed party such as 主催者). Null for anything else, and for a report named with の (ownerOf reads those).
 */
export function compoundMaker(tokens: readonly Token[], p: NamePhrase): Speaker | null {
  const head = tokens[p.last] as Token;
  if (p.last <= p.first || !MAKER_COMPOUND_REPORTS.has(head.surface)) return null;
  const maker = phraseEndingAt(tokens, p.last - 1, p.first);
  if (!maker || maker.first !== p.first || maker.text.includes('の')) return null;
  const type = sourceTypeOf(maker);
  return type && type !== 'document' && type !== 'person' ? { phrase: maker, type } : null;
}
