import { DIGIT } from '../text/script';
import { type NumeralReading, readNumeral } from './numerals';

// A digit run with optional comma groups and a decimal part: 5,000 / １，２００ / 1.5 / 17・6.
const DIGITS = `[${DIGIT}]+(?:[,，][${DIGIT}]{3}(?![${DIGIT}]))*(?:[.．・][${DIGIT}]+)?`;
// A numeral: digits and kanji numerals mixed (1万1000, 3億5千万, 十数万, 二〇二五), or ゼロ.
// It may not start with a myriad: 万一 is not 10001. 何 before a place (何百万, 何千) is 数.
const NUMERAL = new RegExp(
  `ゼロ|(?:${DIGITS}|[〇一二三四五六七八九十百千数]|何(?=[十百千万億兆]))(?:${DIGITS}|[〇一二三四五六七八九十百千万億兆京数])*`,
  'y',
);
// 一・一五, 〇・八, 一・五兆: a decimal in kanji numerals (columns and vertical layouts write the point as
// a middle dot). Not 一・二・三 (a list) nor 三・四十 (three or forty).
const KANJI_DECIMAL =
  /[〇一二三四五六七八九十百千]+・[〇一二三四五六七八九]+(?![・〇一二三四五六七八九十百千])[万億兆]?/y;
const ANY_NUMERAL = new RegExp(NUMERAL.source, 'g');
const HAS_DIGIT = new RegExp(`[${DIGIT}]`);

/** A numeral found in the text, with its reading. */
export interface Numeral {
  start: number;
  end: number;
  written: string;
  reading: NumeralReading;
  /** No digit at all (三万, 数十): the tokenizer and the lexicon must confirm it is a number. */
  kanjiOnly: boolean;
}

/** Reads the longest numeral starting exactly at `pos`, or null. */
export function numeralAt(text: string, pos: number): Numeral | null {
  const run = numeralRunAt(text, pos);
  return run ? toNumeral(run, pos) : null;
}

/** The longest numeral-looking run starting exactly at `pos`, read or not (5四 of 5四半期 is one). */
export function numeralRunAt(text: string, pos: number): string | null {
  KANJI_DECIMAL.lastIndex = pos;
  const kd = KANJI_DECIMAL.exec(text);
  if (kd) return kd[0];
  NUMERAL.lastIndex = pos;
  return NUMERAL.exec(text)?.[0] ?? null;
}

/** The next numeral-looking run at or after `from` (it may not parse: see `reading`). */
export function nextNumeralStart(text: string, from: number): { start: number; written: string } | null {
  ANY_NUMERAL.lastIndex = from;
  const m = ANY_NUMERAL.exec(text);
  return m ? { start: m.index, written: m[0] } : null;
}

function toNumeral(written: string, start: number): Numeral | null {
  // 1.5. at the end of a sentence: the regex never takes a dangling separator, so nothing to trim.
  // 何百万 reads as 数百万: some hundreds of ten thousands.
  const reading = readNumeral(written.startsWith('何') ? `数${written.slice(1)}` : written);
  if (!reading) return null;
  return { start, end: start + written.length, written, reading, kanjiOnly: !HAS_DIGIT.test(written) };
}
