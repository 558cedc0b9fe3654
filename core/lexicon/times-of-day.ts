/**
 * Parts of the day news writes after a date, without a clock time: 「19日夜」, 「20日未明」, 「18日朝」,
 * 「3日午後」. They belong to the date's mention (core/dates/expression.ts) but do not change its day.
 * Longest first, so 夜遅く wins over 夜 and 早朝 is never 早 + 朝.
 */
export const TIMES_OF_DAY: readonly string[] = [
  ...['夜遅く', '明け方', '昼過ぎ', '夕方', '未明', '早朝', '深夜', '昼前', '夜半', '午前', '午後'],
  ...['朝', '昼', '夕', '夜', '晩'],
];
