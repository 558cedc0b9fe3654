import type { WordTable } from './word-table';
/** A Japanese imperial era: 令和7年 → 2019 + 7 − 1 = 2025. */
export interface Era {
  /** The era name as written: 「令和」. */
  name: string;
  /** Gregorian year of the era's first year (元年). */
  firstYear: number;
  /** Last valid year number of the era; later numbers are not dates (平成32年 was never a year). */
  lastYear: number;
}

/** Modern eras, newest first. 平成31年4月30日 is valid: eras end mid-year, so the last year is kept. */
export const ERAS = [
  { name: '令和', firstYear: 2019, lastYear: 99 },
  { name: '平成', firstYear: 1989, lastYear: 31 },
  { name: '昭和', firstYear: 1926, lastYear: 64 },
  { name: '大正', firstYear: 1912, lastYear: 15 },
  { name: '明治', firstYear: 1868, lastYear: 45 },
] as const satisfies readonly Era[];

/** Era by name, for the parser's lookup after matching 「令和|平成|…」. */
export const ERA_BY_NAME: WordTable<Era> = new Map(ERAS.map((e) => [e.name, e]));

/**
 * Eras before 明治 (eras-premodern.ts) whose names are plain words before a number of years as often
 * as eras (契約を延長, 永久に): they are not read.
 */
export const PLAIN_WORD_ERAS: ReadonlySet<string> = new Set(['延長', '永久']);

/** Calendars a year is counted in besides the eras, read before N年 as a year's: 西暦2年, 皇紀2600年. */
export const CALENDAR_NAMES: readonly string[] = ['西暦', '紀元', '皇紀'];
