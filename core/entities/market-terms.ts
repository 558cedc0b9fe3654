import { INDEX_WORDS, MARKET_KINDS } from '../lexicon/market-words';
import { alternation } from '../lexicon/word-table';
import type { Candidate } from './candidate';

// 「東京株式市場」, 「ニューヨーク外国為替市場」: a market named by its city and its trade is no place
// (nor a facility, as 「豊洲市場」 is one); the city in it is still marked, 「東京」, as 「日本市場」's 日本.
const MARKET_END = new RegExp(`(?:${alternation(MARKET_KINDS)})市場$`);
// 「日経平均」, 「ダウ平均株価」: an index named after the paper or the firm that computes it.
const INDEX_AFTER = new RegExp(`^(?:${alternation(INDEX_WORDS)})`);

/**
 * Whether a candidate is a market's or an index's name, not a place or a body: 「東京株式市場」 (ends in
 * what is traded + 市場), 「日経」 of 「日経平均株価」 (an index word right after a body's name).
 */
export function namesAMarket(text: string, c: Candidate): boolean {
  if (MARKET_END.test(text.slice(c.start, c.end))) return true;
  return c.type !== 'place' && INDEX_AFTER.test(text.slice(c.end, c.end + 4));
}
