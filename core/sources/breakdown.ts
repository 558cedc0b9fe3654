import { BREAKDOWN_HEADS } from '../lexicon/breakdowns';
import type { Token } from '../types';
import type { NamePhrase } from './name-phrase';

/**
 * True when a phrase frames a breakdown of data already given (業種別では, 年齢別でも, 内訳では):
 * its last word is a breakdown head. Such a frame is no new scene (sources/setting.ts).
 */
export function isBreakdown(tokens: readonly Token[], phrase: Pick<NamePhrase, 'last'>): boolean {
  const head = tokens[phrase.last];
  return !!head && BREAKDOWN_HEADS.has(head.surface);
}
