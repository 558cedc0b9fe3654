/**
 * A side's or a player's running tallies: 連勝を8とした, 今季の得点を22とし, 5連勝とした. 「…を N とする」
 * with one of these raises the tally by a deed on the field — the outlet's record, not a claim anyone made
 * (unlike 売上高予想を3200億円とした, a body setting its own figure).
 */
export const TALLY_WORDS: readonly string[] = [
  '連勝',
  '連敗',
  '得点',
  '勝ち点',
  '勝ち星',
  '白星',
  '黒星',
  '本塁打',
  '安打',
  '打点',
  '盗塁',
  '奪三振',
  'セーブ',
  'ゴール',
  '勝利',
  '貯金',
  '借金',
  '勝目',
  '勝',
  '敗',
];
