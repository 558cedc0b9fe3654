/**
 * A month the headline names without a year (「対中輸出32%減　12月、規制強化響く」) is the month the body
 * writes with its year (2024年12月の輸出額は…): the headline abbreviates it. Its own predicate says little:
 * headlines tell past events in the plain form (響く), which would read as still to come.
 */

import type { Candidate } from './scan';
import type { DateSpec } from './spec';

/** Where the headline ends (-1: the text is all headline), and the years the body gives months. */
export interface BodyMonths {
  headlineEnd: number;
  /** For each month (1–12), the year the body first writes it with a full year (2024年12月 → 12: 2024). */
  years: ReadonlyMap<number, number>;
}

/** The months the body writes with a full year, read once for all the headline's dates. */
export function bodyMonthYears(text: string, found: readonly Candidate[]): BodyMonths {
  const headlineEnd = text.indexOf('\n');
  const years = new Map<number, number>();
  if (headlineEnd < 0) return { headlineEnd, years };
  for (const { spec, start } of found) {
    if (start < headlineEnd || spec.kind !== 'calendar' || spec.year?.type !== 'abs') continue;
    const { value: y } = spec.year;
    const m = spec.month?.type === 'abs' ? spec.month.value : null;
    if (typeof y === 'number' && typeof m === 'number' && !years.has(m)) years.set(m, y);
  }
  return { headlineEnd, years };
}

/**
 * The candidate's spec with the year the body gives its month, when it is a month (or a day of one) named
 * without a year in the headline; else the spec as it is. 「12月」 in a January headline over a body
 * that writes 2024年12月 → 2024年12月.
 */
export function headlineMonthSpec(c: Candidate, { headlineEnd, years }: BodyMonths): DateSpec {
  const { spec } = c;
  if (spec.kind !== 'calendar' || spec.year || spec.month?.type !== 'abs' || typeof spec.month.value !== 'number')
    return spec;
  if (headlineEnd < 0 || c.start > headlineEnd) return spec;
  const y = years.get(spec.month.value);
  return y === undefined ? spec : { ...spec, year: { type: 'abs', value: y } };
}
