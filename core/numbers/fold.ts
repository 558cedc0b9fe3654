import { toHalfWidth } from '../text/script';

// A comma between digits must start a group of exactly three: 5,000 yes, 5,00 no.
const COMMA_GROUP = /,(\d{3})(?!\d)/g;
// 17・6 (some papers write the decimal point as a middle dot) and 2．5 are decimals.
const DECIMAL_DOT = /(\d)[・.](\d)/g;

/**
 * Folds a written numeral to the grammar's alphabet: ASCII digits, '.', kanji numerals and 数.
 * 「１，２００」 → "1200", 「17・6」 → "17.6", 「ゼロ」 → "0". Returns null for an ill-formed comma group.
 */
export function foldNumeral(written: string): string | null {
  // Full-width digits and separators fold one for one (a numeral holds no other full-width ASCII): ５，０００ → 5,000.
  let s = toHalfWidth(written);
  if (s === 'ゼロ') return '0';
  s = s.replace(COMMA_GROUP, '$1');
  if (s.includes(',')) return null;
  return s.replace(DECIMAL_DOT, '$1.$2');
}
