import type { CalendarSpec } from './spec';

/**
 * 「2020、21年と連覇」「2018年・19年に開いた」: a year in four digits, a list mark, then a later short
 * year with 年. Both are years, the second in the first's century; the first may leave out its 年.
 * Digits only, and the second at most ten years on (2020、35年 is no list of years).
 */
// 2020、21年度 is a fiscal year, read by the calendar reader.
const YEAR_LIST = /^([12][0-9]{3})(年?)[、・，,]([0-9]{2})年(?!度)/;
const MAX_GAP = 10;

/** One year of such a list: where it is written and what it says. */
export interface ListedYear {
  start: number;
  end: number;
  spec: CalendarSpec;
}

/** The two years of such a list starting at `i`, or null. */
export function readYearList(text: string, i: number): [ListedYear, ListedYear] | null {
  const m = YEAR_LIST.exec(halfWidthDigits(text.slice(i, i + 10)));
  if (!m) return null;
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
