import { KANJI_DIGITS } from '../lexicon/numerals';
import { foldNumeral } from './fold';

/** Place words inside a myriad group: 3千 → 3,000. */
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
/** Myriad multipliers: 95万 → 950,000; 1兆2000億 → 1.2 × 10^12. */
const MYRIADS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4],
  ['億', 1e8],
  ['兆', 1e12],
  ['京', 1e16],
]);

// 二〇二五: kanji digits with no place word are positional (a year or a code), not 2+0+2+5.
const POSITIONAL = /^[〇一二三四五六七八九]{2,}$/;
// 一・一五, 〇・八, 十二・五兆, 三四・五: a kanji whole part, a middle dot, then kanji digits read one by one.
const KANJI_DECIMAL = /^([〇一二三四五六七八九十百千]+)・([〇一二三四五六七八九]+)([万億兆]?)$/;
// One item of the grammar: a digit literal (with decimals), a kanji digit, a place word, a myriad or 数.
const ITEM = /(\d+(?:\.\d+)?)|([〇一二三四五六七八九])|([十百千])|([万億兆京])|(数)/y;

/**
 * The convention for the top of a vague quantity. true (the gold annotations): the places below 数 are
 * filled with 9s, 数千 → 2000–9999. false (numeric-cases.json): 数 alone varies, 数千 → 2000–9000.
 */
export const VAGUE_FILLS_LOWER_PLACES = true;

/** A numeral read as an exact value or, for vague quantities (数千, 十数), a range. */
export interface NumeralReading {
  /** The exact value; null for vague quantities. */
  value: number | null;
  min: number;
  max: number;
  vague: boolean;
}

/**
 * Parses an exact numeral: 「1万1000」 → 11000, 「5,000」 → 5000, 「三万」 → 30000, 「二〇二五」 → 2025,
 * 「11,786百万」 → 11,786,000,000, 「17・6」 → 17.6. Vague forms (数千) and anything else give null.
 */
export function parseNumeral(written: string): number | null {
  const r = readNumeral(written);
  return r && !r.vague ? r.value : null;
}

// A tens number in digits right before 数 (20数 → 2十数); not 120数 or 2.0数.
const TENS_BEFORE_SOME = /(?<![\d.])([1-9])0数/;

/**
 * Reads a numeral, exact or vague. 数 stands for 2–9 when it leads (数千 → 2000–9999) and 1–9 after a
 * higher place (十数 → 11–19, 百数十 → 110–199); the places below it are filled with 9s for the maximum.
 */
export function readNumeral(written: string): NumeralReading | null {
  const kd = KANJI_DECIMAL.exec(written);
  if (kd) return readKanjiDecimal(kd[1] ?? '', kd[2] ?? '', kd[3] ?? '');
  const s = foldNumeral(written);
  if (s === null || s.length === 0 || s.length > 64) return null;
  if (POSITIONAL.test(s)) {
    const v = Number(digitByDigit(s));
    return { value: v, min: v, max: v, vague: false };
  }
  const vagueAt = s.indexOf('数');
  // 20数人, 10数万: tens written in digits before 数 are the place 数 follows (二十数, 十数万).
  if (vagueAt > 0 && TENS_BEFORE_SOME.test(s)) return readNumeral(s.replace(TENS_BEFORE_SOME, '$1十数'));
  if (vagueAt < 0) {
    const v = evaluate(s, 0);
    return v === null ? null : { value: v, min: v, max: v, vague: false };
  }
  if (s.indexOf('数', vagueAt + 1) >= 0) return null;
  // 数千 → 2000–9999: evaluate with 数 = 2 and with 数 = 10 (minus one fills the lower places with 9s).
  const lo = evaluate(s, vagueAt === 0 ? 2 : 1);
  const top = VAGUE_FILLS_LOWER_PLACES ? evaluate(s, 10) : evaluate(s, 9);
  if (lo === null || top === null) return null;
  return { value: null, min: lo, max: VAGUE_FILLS_LOWER_PLACES ? top - 1 : top, vague: true };
}

/** 二〇二五 → '2025': kanji digits read one by one, as the digits they stand for. */
function digitByDigit(kanji: string): string {
  return [...kanji].map((c) => KANJI_DIGITS.get(c)).join('');
}

// 三四・五, 一〇五・二: columns write a decimal's whole part digit by digit too (34.5); at most three
// digits, and not led by 〇.
const POSITIONAL_WHOLE = /^[一二三四五六七八九][〇一二三四五六七八九]{1,2}$/;

/**
 * 一・一五 → 1.15, 十二・五 → 12.5, 一・五兆 → 1.5e12, 三四・五 → 34.5: the whole part as a numeral (or
 * digit by digit), the rest digit by digit.
 */
function readKanjiDecimal(whole: string, places: string, myriad: string): NumeralReading | null {
  const w = POSITIONAL_WHOLE.test(whole)
    ? Number(digitByDigit(whole))
    : POSITIONAL.test(whole)
      ? null
      : evaluate(whole, 0);
  if (w === null) return null;
  const v = Number(`${w ?? 0}.${digitByDigit(places)}`) * (myriad ? (MYRIADS.get(myriad) ?? 1) : 1);
  const value = Number(v.toPrecision(15));
  return { value, min: value, max: value, vague: false };
}

/** Evaluates the folded numeral with 数 standing for `placeholder`; null when ill-formed (十百, 万億). */
function evaluate(s: string, placeholder: number): number | null {
  let total = 0;
  let group = 0;
  let coef: number | null = null;
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastMyriad = Number.POSITIVE_INFINITY;
  ITEM.lastIndex = 0;
  while (ITEM.lastIndex < s.length) {
    const m = ITEM.exec(s);
    if (!m) return null;
    const [, literal, kanji, small, myriad] = m;
    if (literal !== undefined || kanji !== undefined || m[5] !== undefined) {
      if (coef !== null) return null; // two coefficients in a row: 3 5
      coef =
        literal !== undefined ? Number(literal) : kanji !== undefined ? (KANJI_DIGITS.get(kanji) ?? 0) : placeholder;
    } else if (small !== undefined) {
      const u = SMALL_UNITS.get(small) ?? 1;
      if (u >= lastSmall) return null; // 十百 is not a numeral
      group += (coef ?? 1) * u;
      coef = null;
      lastSmall = u;
    } else if (myriad !== undefined) {
      const u = MYRIADS.get(myriad) ?? 1;
      const g = group + (coef ?? 0);
      if (u >= lastMyriad || g === 0) return null; // 万億, or 万 with nothing before it
      total += g * u;
      group = 0;
      coef = null;
      lastSmall = Number.POSITIVE_INFINITY;
      lastMyriad = u;
    }
  }
  const v = total + group + (coef ?? 0);
  // 43.2万 is 432000.00000000006 in floating point: round to 15 significant digits.
  return Number.isFinite(v) ? Number(v.toPrecision(15)) : null;
}
