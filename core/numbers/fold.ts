// Full-width digits and separators are folded one-for-one: ５，０００ → 5,000.
const FULL_WIDTH = /[０-９，．]/g;
// A comma between digits must start a group of exactly three: 5,000 yes, 5,00 no.
const COMMA_GROUP = /,(\d{3})(?!\d)/g;
// 17・6 (some papers write the decimal point as a middle dot) and 2．5 are decimals.
const DECIMAL_DOT = /(\d)[・.](\d)/g;

/**
 * Folds a written numeral to the grammar's alphabet: ASCII digits, '.', kanji numerals and 数.
 * 「１，２００」 → "1200", 「17・6」 → "17.6", 「ゼロ」 → "0". Returns null for an ill-formed comma group.
 */
export function foldNumeral(written: string): string | null {
  let s = written.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (s === 'ゼロ') return '0';
  s = s.replace(COMMA_GROUP, '$1');
  if (s.includes(',')) return null;
  return s.replace(DECIMAL_DOT, '$1.$2');
}

/** Converts full-width ASCII (digits, Latin letters, ％) to half-width, one unit for one: ｋｍ → km. */
export function toHalfWidth(s: string): string {
  return s.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
