import { INDEX_HEADS, MARKET_CLOSINGS, MARKET_KINDS, MARKET_PRICE_NOUNS } from '../lexicon/market-words';
import { alternation } from '../lexicon/word-table';

// 東京株式市場で / ニューヨーク外国為替市場では: the trading the sentence reports is a market's.
const MARKET_SCENE = new RegExp(`(?:${alternation(MARKET_KINDS)})市場(?:で|では)`);
// 同社株は / 東和電機の株価が / 終値は / 円相場は: what the market set as the sentence's subject.
const PRICE_SUBJECT = new RegExp(`(?:${alternation(MARKET_PRICE_NOUNS)})(?:は|が)`);
// ダウ工業株30種平均は / ナスダック総合指数が: a stock index as the subject (1日あたりの平均は is no index).
const INDEX_SUBJECT = new RegExp(`(?:株[0-9０-９]*種?|総合)(?:${alternation(INDEX_HEADS)})(?:株価)?(?:は|が)`);
// …で取引を終えた: the day's close.
const CLOSING = new RegExp(alternation(MARKET_CLOSINGS));

/**
 * True when a sentence reports what a market did — a share's or a currency's price as its subject, or
 * trading on a named market, an index as its subject or the day's close: 「10日の東京株式市場で同社株は一時、
 * 前日比7.5%高の4215円まで上昇した」, 「ダウ工業株30種平均は320ドル高で取引を終えた」.
 * The outlet states it from the market's own record; a company whose results were announced before
 * does not tell its share price (no announcement is carried into it).
 */
export function isMarketReport(sentence: string): boolean {
  return (
    MARKET_SCENE.test(sentence) ||
    PRICE_SUBJECT.test(sentence) ||
    INDEX_SUBJECT.test(sentence) ||
    CLOSING.test(sentence)
  );
}
