/**
 * Parts of the day news writes after a date, without a clock time: 「19日夜」, 「20日未明」, 「18日朝」,
 * 「3日午後」. They belong to the date's mention (core/dates/expression.ts) but do not change its day.
 * Longest first, so 夜遅く wins over 夜 and 早朝 is never 早 + 朝.
 */
export const TIMES_OF_DAY: readonly string[] = [
  ...['夜遅く', '明け方', '昼過ぎ', '夕方', '未明', '早朝', '深夜', '昼前', '夜半', '午前', '午後'],
  ...['朝', '昼', '夕', '夜', '晩'],
];

/**
 * Parts of the evening written before a bare hour, with the hours (1–11) they put after noon: 夜9時 → 21:00,
 * 夕方5時 → 17:00, 今晩8時 → 20:00 (dates/times.ts). 夜1時 is past midnight and stays as written.
 */
export const EVENING_HOURS: readonly (readonly [string, number, number])[] = [
  ['夕方', 3, 8],
  ['夕', 4, 8],
  ['夜', 6, 11],
  ['晩', 6, 11],
];

/** Night words that end like an evening one but are past midnight: 深夜2時, 夜中の3時 (中 is not 夜). */
export const NIGHT_BEFORE_EVENING: readonly string[] = ['深夜', '夜半'];
