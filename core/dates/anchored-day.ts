import { addMonths } from './calendar';
import type { DateContext } from './context';
import type { CalendarSpec, DateSpec } from './spec';

/** What may come right before a bare day to tie it to the last date named: 同30日, 翌9日. */
export type DayLink = '同' | '翌';

/** The link before a day number at `i`, when it stands alone (共同30日 is a name's end, not 同). */
export function dayLinkBefore(
  text: string,
  i: number,
  isWord: (start: number, end: number) => boolean,
): DayLink | null {
  const c = text[i - 1];
  return (c === '同' || c === '翌') && isWord(i - 1, i) ? c : null;
}

/**
 * 「5月28日に発生し、同30日に解除」「8日に搬送され、翌9日に死亡」: the day is in the month of the
 * last date named (翌1日 after a 30日 is the next month's first). Without a month named before it
 * the spec is left as it is and read like any bare day.
 */
export function linkedDay(spec: DateSpec, link: DayLink | undefined, ctx: DateContext): DateSpec {
  if (!link || spec.kind !== 'calendar' || spec.day?.type !== 'abs' || typeof spec.day.value !== 'number') return spec;
  const last = ctx.lastMonth;
  if (!last) return spec;
  const ym = link === '翌' && ctx.lastDay && spec.day.value < ctx.lastDay.d ? addMonths(last.y, last.m, 1) : last;
  const linked: CalendarSpec = {
    ...spec,
    year: { type: 'abs', value: ym.y },
    month: { type: 'abs', value: ym.m },
  };
  return linked;
}
