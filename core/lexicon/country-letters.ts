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

/**
 * Last characters of a state's own body (a ministry, an agency, an army, a bureau): after a country's
 * one-character short form the two are one organisation, the country's body — 「米国務省」, 「英外務省」,
 * 「韓統一省」, 「仏国防省」 — where before a company the letter is a place of its own (「米オープンＡＩ」).
 */
export const STATE_BODY_ENDS: readonly string[] = ['省', '庁', '軍', '局'];
