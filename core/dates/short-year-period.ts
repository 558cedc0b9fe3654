/**
 * Two-digit years before a word that names a period of the year (19年同期, 24年比, 25年平均): no length
 * of time is written so, so they are years (see two-digit-years.ts for the tails of a year alone).
 */

import { SHORT_YEAR_AVERAGES, SHORT_YEAR_PERIODS } from '../lexicon/relative-dates';
import { WordIndex } from '../lexicon/word-table';
import { startsWithAny } from './guards';
import type { YearTail } from './two-digit-years';

const PERIODS = WordIndex.of(SHORT_YEAR_PERIODS);
const AVERAGES = WordIndex.of(SHORT_YEAR_AVERAGES);

/**
 * The tail a period word gives a two-digit year, or null: 「コロナ禍前の19年同期を上回った」 and
 * 「24年比2割減」 strong (a length of time takes neither 同期 nor 比); 「25年平均の失業率」 loose, as
 * 「過去10年平均」 is a length averaged over: only a year next to the publication or the year written
 * reads as one (durationHead still rules out 過去25年平均).
 */
export function shortYearPeriod(text: string, end: number): YearTail | null {
  if (startsWithAny(text, end, PERIODS)) return 'strong';
  return shortYearAverage(text, end) ? 'loose' : null;
}

/** 25年平均: a short year before 平均, which the duration tails would read as a length (5年平均). */
export function shortYearAverage(text: string, end: number): boolean {
  return startsWithAny(text, end, AVERAGES);
}
