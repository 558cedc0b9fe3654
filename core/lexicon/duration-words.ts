/**
 * Words around 「N年」「N日」 that make it a length of time, not a date (used by core/dates/guards.ts).
 */

/** After a number and 年/日: 5日間, 5日連続, 10日以内, 1年半, 3日ぶり, 1日当たり. */
export const DURATION_TAILS = [
  '間',
  '以上',
  '以下',
  '未満',
  '以内',
  '超',
  '余り',
  'あまり',
  '余',
  '近く',
  '弱',
  '強',
  'ぶり',
  '振り',
  '連続',
  '連休',
  '目',
  '分',
  'ほど',
  '程度',
  '足らず',
  '半',
  '当たり',
  'あたり',
  '平均',
  'おき',
  '置き',
  'がかり',
  '掛かり',
  '遅れ',
  '来',
  '後',
  '前',
  '越し',
  'ごと',
  '毎',
] as const;

/** Tails that start like a duration tail but keep a date: 2020年前後 (around 2020), 2020年以来. */
export const DATE_TAILS = ['前後', '以降', '以来', '以前', '来年', '来月'] as const;

/** Before the number: 約10日, この20年, 過去5年, 懲役15年, 任期4年. */
export const DURATION_HEADS = [
  '約',
  'およそ',
  '計',
  '過去',
  'この',
  'ここ',
  'わずか',
  '僅か',
  'たった',
  '最長',
  '最大',
  '最短',
  '懲役',
  '禁錮',
  '禁固',
  '任期',
  '築',
  '延べ',
  'のべ',
  '丸',
  '実に',
  '足掛け',
  '〜',
  '～',
  '第',
  // 2泊3日: the nights, then the days of a stay
  '泊',
] as const;
