/**
 * A country written as one character before a name or a word: 米インテル, 英ガーディアン紙, 伊紙, 加首相,
 * 米同紙 (sources: name variants, papers by country, anaphors after a country). One table, so
 * the three readers know the same countries.
 */
export const COUNTRY_LETTERS: readonly string[] = [
  '米',
  '英',
  '独',
  '仏',
  '伊',
  '中',
  '韓',
  '朝',
  '露',
  '台',
  '豪',
  '加',
  '印',
];
