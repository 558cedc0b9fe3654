import { COUNTER_BY_SURFACE } from '../lexicon/counters';
import { isNumeral, isSuffix } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Span } from './candidate';

/**
 * Whether a name would hold a count: a number, then a noun counted by it (counters.ts) — 「県内六十市町村」,
 * 「全国四十七都道府県」 say how many, they name no place. A number before a classifier suffix stays part of
 * a name (「三十三間堂」's 間 is IPADIC's 接尾,助数詞), and a name the dictionary knows whole
 * (「七十七銀行」, 「三軒茶屋」) holds no number token.
 */
export function holdsCount(tokens: readonly Token[], c: Span): boolean {
  for (let i = tokenAt(tokens, c.start); i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (next.end > c.end) return false;
    if (isNumeral(t) && !isNumeral(next) && !isSuffix(next) && COUNTER_BY_SURFACE.has(next.surface)) return true;
  }
  return false;
}
