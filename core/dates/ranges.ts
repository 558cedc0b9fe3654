import { DASH } from '../text/script';
import { readCalendar, type WordCheck } from './expression';
import type { CalendarSpec, Parsed, RangeSpec } from './spec';

const CONNECTOR = new RegExp(`[〜～~${DASH}]|から`, 'y');
/**
 * から makes a range only when the end is closed: 7月1日から15日まで / にかけて / にかけ、 / にわたり / の間,
 * after an "about" (2017年から19年ごろにかけ). 1日から5日に延期 is two dates.
 */
const CLOSER = /(?:ごろ|頃)?(?:まで|にかけ|にわた|に渡|の間)/y;

/**
 * Extends a parsed calendar expression into a range when a connector and a second date follow:
 * 「7月1日から15日まで」「6月30日〜7月2日」「2020年から2022年まで」. The second date inherits the
 * parts it leaves out (15日 takes 2025年7月 from the first). A range joined by から is marked to be
 * split into its two dates (see Parsed.split).
 */
export function extendRange(text: string, first: Parsed, isWord: WordCheck, era = false): Parsed {
  const from = first.spec;
  if (from.kind !== 'calendar') return first;
  CONNECTOR.lastIndex = first.end;
  const c = CONNECTOR.exec(text);
  if (!c) return first;
  const second = readCalendar(text, first.end + c[0].length, isWord, { afterConnector: true, era });
  if (second?.spec.kind !== 'calendar') return first;
  if (c[0] === 'から') {
    CLOSER.lastIndex = second.end;
    if (!CLOSER.test(text)) return first;
  }
  const to = inherit(from, second.spec);
  if (!to) return first;
  const spec: RangeSpec = { kind: 'range', from, to };
  const secondStart = first.end + c[0].length;
  // 2021年10月〜23年3月: a month with its year in full, then one with a short year of its own, are two
  // dates, as a から range is (a span written alike, 22年4月〜23年3月, stays one).
  const twoDates =
    (from.year?.type === 'abs' &&
      from.month !== null &&
      second.spec.year?.type === 'two' &&
      second.spec.month !== null) ||
    fullDates(from, second.spec);
  return c[0] === 'から' || twoDates
    ? { spec, end: second.end, split: { firstEnd: first.end, secondStart } }
    : { spec, end: second.end };
}

/**
 * 4月26日～5月6日, 2024年12月30日〜2025年12月28日: each end written as a full date with its own month is a
 * date of its own, as news annotators and readers take it (9月5～7日, one month's days, stays one range).
 */
function fullDates(from: CalendarSpec, to: CalendarSpec): boolean {
  return from.month?.type === 'abs' && from.day !== null && to.month?.type === 'abs' && to.day !== null;
}

/** 15日 after 7月1日 → 7月15日; 7月2日 after 2024年6月30日 → 2024年7月2日. Relative ends stay as they are. */
function inherit(from: CalendarSpec, to: CalendarSpec): CalendarSpec | null {
  // 2016年〜19年: the short year is in the first one's century, or the next if below it (1998年〜02年)
  if (
    to.year?.type === 'two' &&
    to.year.digits === 2 &&
    typeof to.year.value === 'number' &&
    from.year?.type === 'abs'
  ) {
    const first = typeof from.year.value === 'number' ? from.year.value : from.year.value[1];
    const short = to.year.value;
    const y = first - (first % 100) + short;
    return { ...to, year: { type: 'abs', value: y < first ? y + 100 : y } };
  }
  if (to.day?.type === 'rel' || to.month?.type === 'rel' || to.year) return to;
  // 2020年〜6月 (a year, then a month) is not a range of like things; 5日から12月20日まで (days) is.
  if (to.month && !from.month && !(from.day && to.day)) return null;
  if (to.day && !to.month && !from.day) return null;
  return { ...to, year: from.year, month: to.month ?? from.month };
}
