import { durationHead } from './guards';
import type { CalendarSpec } from './spec';

/**
 * 「2020、21年と連覇」「2018年・19年に開いた」: a year in four digits, a list mark, then a later short
 * year with 年. Both are years, the second in the first's century; the first may leave out its 年.
 * Digits only, and the second at most ten years on (2020、35年 is no list of years).
 */
// 2020、21年度 is a fiscal year, read by the calendar reader.
const YEAR_LIST = /^([12][0-9]{3})(年?)[、・，,]([0-9]{2})年(?!度)/;
const MAX_GAP = 10;
const STARTS_WITH_DIGIT = /^[0-9０-９]$/;

/** One year of such a list: where it is written and what it says. */
export interface ListedYear {
  start: number;
  end: number;
  spec: CalendarSpec;
}

/**
 * 「20年、21年と連覇」: two short years in a row, each with 年. Lengths of time listed are round
 * (10年、20年先), so only neighbouring years are read, their century from context.
 */
const SHORT_YEAR_PAIR = /^([0-9]{2})年[、・，,]([0-9]{2})年(?!度|間|目|以上|先|後|前|ぶり|連続)/;

function readShortYearPair(text: string, i: number): [ListedYear, ListedYear] | null {
  const m = SHORT_YEAR_PAIR.exec(halfWidthDigits(text.slice(i, i + 12)));
  // 懲役10年、11年: what comes before makes them lengths of time
  if (!m || Number(m[2]) !== Number(m[1]) + 1 || durationHead(text, i)) return null;
  const short = (value: number): CalendarSpec => ({
    kind: 'calendar',
    year: { type: 'two', value, standalone: false, digits: 2 },
    month: null,
    day: null,
    part: null,
    time: null,
  });
  return [
    { start: i, end: i + 3, spec: short(Number(m[1])) },
    { start: i + 4, end: i + 7, spec: short(Number(m[2])) },
  ];
}

/** The two years of such a list starting at `i`, or null. */
export function readYearList(text: string, i: number): [ListedYear, ListedYear] | null {
  // Both lists open on a digit: the scan stops at every 一, 昨 and 春 too, where there is nothing to fold.
  if (!STARTS_WITH_DIGIT.test(text[i] ?? '')) return null;
  const m = YEAR_LIST.exec(halfWidthDigits(text.slice(i, i + 10)));
  if (!m) return readShortYearPair(text, i);
  const first = Number(m[1]);
  const short = Number(m[3]);
  const century = first - (first % 100);
  const gap = short - (first % 100);
  if (first < 1900 || first > 2099 || gap <= 0 || gap > MAX_GAP) return null;
  const firstEnd = i + 4 + (m[2] ?? '').length;
  const secondStart = firstEnd + 1;
  return [
    { start: i, end: firstEnd, spec: yearSpec(first) },
    { start: secondStart, end: secondStart + 3, spec: yearSpec(century + short) },
  ];
}

function yearSpec(year: number): CalendarSpec {
  return { kind: 'calendar', year: { type: 'abs', value: year }, month: null, day: null, part: null, time: null };
}

/** Full-width digits folded one for one, so offsets stay those of the text (２０２０ → 2020). */
function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
