/**
 * Forecasts a result is set against (市場予想の中央値（76万戸）を下回った, 予想平均は…で、実績はこれを8億円
 * 上回った): who made them, and the nouns they go by.
 */

/** Nouns naming a forecast: 予想, 予測, 見通し (市場予想, 予測平均, 事前の見通し). */
export const FORECAST_NOUNS: readonly string[] = ['予想', '予測', '見通し'];

/**
 * Words before a forecast noun saying others than the one reporting the result made it: 市場予想, 民間の予測,
 * アナリストの予想, 事前予想, or a clause naming who compiled it (アオバ証券がまとめた予想平均). 会社予想,
 * 同社の従来予想 and 政府見通し are the reporter's own and are not listed.
 */
export const OTHERS_FORECASTERS: readonly string[] = [
  '市場',
  '民間',
  'アナリスト',
  'エコノミスト',
  'シンクタンク',
  '事前',
  'がまとめた',
  'が集計した',
  'が算出した',
];

/** A consensus over many forecasters: 予想平均, 予測の中央値 — never one reporter's own forecast. */
export const CONSENSUS_HEADS: readonly string[] = ['平均値', '平均', '中央値'];

/**
 * Verbs of forecasting, by kuromoji's basic form (する verbs by their noun, as in FORECAST_NOUNS): what
 * they forecast lies ahead of the forecasting, so their past tense is no past of a month they govern
 * (「半数が4月までの利上げを予想した」 in a January story: this coming April).
 */
export const FORECAST_VERBS: readonly string[] = ['見込む', '見通す'];
