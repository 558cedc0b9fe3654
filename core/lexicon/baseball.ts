/**
 * Words of a baseball report. In a paragraph holding one of them, 「N回」 is mostly an inning named as a
 * place in the game (同点の7回、 / 3回に適時打 / 8回の満塁機), not a count of times (core/figures/innings.ts).
 */
export const BASEBALL_WORDS: readonly string[] = [
  ...['安打', '打点', '本塁打', '適時打', '打席', '打率', '打数', '代打', '犠打', '犠飛', '併殺', '三振'],
  ...['四球', '死球', '盗塁', '満塁', '一塁', '二塁', '三塁', '投手', '野手', '捕手', '登板', '降板'],
  ...['救援', '失点', '自責点', '完投', '完封', '打線', 'イニング', 'マウンド', '先頭打者', '走者'],
  // 3回に2ランホームラン: the home runs of a report (ソロ, サヨナラ, コールド are words of other stories too)
  ...['ホームラン', '2ラン', '3ラン', '２ラン', '３ラン'],
];

/**
 * After 「N回」 in a baseball report, these make it innings pitched or played, a count: 6回を投げ,
 * 7回無失点, 6回途中 (5回2失点 and 6回1/3 are read by the digit that follows).
 */
export const INNINGS_COUNTED: readonly string[] = ['を', '無', '途中', '以上', '以下', '未満', '超', '連続', 'まで無'];

/** Before 「N回」, these make it a count of times even in a baseball report: 通算5回, 年2回, 計3回. */
export const TIMES_COUNTED: readonly string[] = ['通算', '計', '合計', '過去', '年', '月', '週', '最多', 'に'];

/** Before 「N回」, these name an inning without any other baseball word near: 延長十回、延長12回に. */
export const INNING_PREFIXES: readonly string[] = ['延長'];

/** After 「N回」, these make it the round of a bout or the inning a game was called in, not a count: 5回TKO勝ち, 3回KO, 5回コールド. */
export const ROUND_ENDINGS: readonly string[] = ['TKO', 'KO', 'ＴＫＯ', 'ＫＯ', 'コールド'];
