/**
 * Kanji numerals that begin Japanese surnames (十倉, 一条, 三木, 八木, 九条, 百田, 千葉). kuromoji splits an
 * unfamiliar one into a number and a name (十+倉), so a numeral right before a person's name may be
 * the first character of the surname.
 */
export const SURNAME_NUMERALS: ReadonlySet<string> = new Set([
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '百',
  '千',
]);
