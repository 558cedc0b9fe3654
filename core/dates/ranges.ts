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
  return c[0] === 'から'
    ? { spec, end: second.end, split: { firstEnd: first.end, secondStart } }
    : { spec, end: second.end };
}

/** 15日 after 7月1日 → 7月15日; 7月2日 after 2024年6月30日 → 2024年7月2日. Relative ends stay as they are. */
function inherit(from: CalendarSpec, to: CalendarSpec): CalendarSpec | null {
  if (to.day?.type === 'rel' || to.month?.type === 'rel' || to.year) return to;
  // 2020年〜6月 (a year, then a month) is not a range of like things
  if (to.month && !from.month) return null;
  if (to.day && !to.month && !from.day) return null;
  return { ...to, year: from.year, month: to.month ?? from.month };
}
