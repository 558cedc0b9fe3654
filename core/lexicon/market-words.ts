/**
 * Words of market reports: those that make a name part of a market's or an index's name (core/entities/
 * market-terms.ts): 「東京株式市場」 is the market, not the city; 「日経平均」 the index, not the paper; and
 * those that make a sentence the market's own report (core/sources/market-reports.ts).
 */

/** What a market trades, between the city and 市場: 「東京株式市場」, 「ニューヨーク外国為替市場」. */
export const MARKET_KINDS: readonly string[] = [
  '株式',
  '外国為替',
  '為替',
  '外為',
  '債券',
  '国債',
  '原油',
  '商品',
  '先物',
  '金融',
  '短期金融',
];

/** Words after a name that make it an index's: 「日経平均」, 「ダウ平均」, 「東和平均株価」. */
export const INDEX_WORDS: readonly string[] = ['平均', '225'];

/**
 * What a market sets, as a sentence's subject (before は / が): 「同社株は」「東和電機の株価が」「終値は」
 * 「円相場は」. A sentence with one reports the market, not the company (sources/market-reports.ts).
 */
export const MARKET_PRICE_NOUNS: readonly string[] = ['株', '株価', '終値', '始値', '相場'];

/**
 * How a sentence closes the day's trading: 「…320ドル高で取引を終えた」. A sentence closing so is the
 * market's record, whoever was cited before it (sources/market-reports.ts).
 */
export const MARKET_CLOSINGS: readonly string[] = ['取引を終え', '取引を終了'];

/** What an index is called as a subject after 株 or 総合: 「ダウ工業株30種平均は」「ナスダック総合指数が」. */
export const INDEX_HEADS: readonly string[] = ['平均', '指数'];
