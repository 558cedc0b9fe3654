import { DIGIT } from '../text/script';

/**
 * Numerals inside date expressions: ASCII and full-width digits, positional kanji (二〇二五) and
 * kanji with 十/百/千 (二千二十五, 十二, 三十一). Kept local so dates do not depend on how the figure
 * grammar grows; dates never need 万 or decimals.
 */

const DIGITS = new RegExp(`[${DIGIT}]{1,4}(?![${DIGIT}])`, 'y');
const KANJI = /[〇一二三四五六七八九十百千]{1,7}/y;
const KANJI_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_POWER: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A numeral read at a position: its value, where it ends and whether it was written in kanji. */
export interface ReadNumeral {
  value: number;
  end: number;
  kanji: boolean;
}

/** Characters that belong to a number, so a date never starts inside one (「12025年」「数十年前」). */
export const NUMERAL_CHAR = new RegExp(`[${DIGIT}〇一二三四五六七八九十百千万億兆数.．,，]`);

/** Reads the numeral starting at `i`, or null. Digit runs longer than four are not date numerals. */
export function readNumeral(text: string, i: number): ReadNumeral | null {
  DIGITS.lastIndex = i;
  const d = DIGITS.exec(text);
  if (d) return { value: Number(d[0].normalize('NFKC')), end: i + d[0].length, kanji: false };
  KANJI.lastIndex = i;
  const k = KANJI.exec(text);
  if (!k) return null;
  const value = kanjiValue(k[0]);
  return value === null ? null : { value, end: i + k[0].length, kanji: true };
}

/**
 * 二〇二五 → 2025 (one kanji per digit); 二千二十五 → 2025 and 十二 → 12 (with powers of ten).
 * Mixed or repeated forms (二二十, 十十) are not numerals.
 */
export function kanjiValue(written: string): number | null {
  if (!/[十百千]/.test(written)) {
    let n = 0;
    for (const c of written) n = n * 10 + (KANJI_DIGIT[c] as number);
    return n;
  }
  let total = 0;
  let digit: number | null = null;
  let lastPower = Number.POSITIVE_INFINITY;
  for (const c of written) {
    const power = KANJI_POWER[c];
    if (power === undefined) {
      if (digit !== null) return null; // 二二十
      digit = KANJI_DIGIT[c] as number;
      continue;
    }
    if (power >= lastPower || digit === 0) return null; // 十十, 〇十
    total += (digit ?? 1) * power;
    lastPower = power;
    digit = null;
  }
  return total + (digit ?? 0);
}
