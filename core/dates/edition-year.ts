import { DIGIT, KATAKANA, LATIN } from '../text/script';
import type { CalendarSpec, Parsed } from './spec';

/**
 * A year written after a title's name as its edition: 「大学ランキング2026」, 「年間ランキング 2023」,
 * 「EXPO 2025」. The name is a katakana word (three characters or more) right before the year, or a
 * Latin one and a space (a Latin word glued to digits is a model: ZX2000, F-16, never reached here);
 * the year is 1950–2099 and nothing of a number follows it (a counter, a unit, 年, more digits).
 * A kanji word before it is left alone: 人口2000の村 counts people.
 */

const YEAR = new RegExp(`[${DIGIT}]{4}`, 'y');
const KATAKANA_NAME = new RegExp(`[${KATAKANA}ー]{3}[ 　]?$`);
const LATIN_NAME = new RegExp(`[${LATIN}]{2}[ 　]$`);
// What may follow an edition year: the title's end, a clause mark, a particle, the line's end.
const AFTER = /^(?:[」』）)、。，,\s]|の|を|が|は|で|と|$)/;
const FIRST_YEAR = 1950;
const LAST_YEAR = 2099;

// 2019シーズン, 2023シーズンの: a sports season named by its year (the year is the date; 2023-24シーズン is
// read as two years in absolute.ts first).
const SEASON_AFTER = 'シーズン';

/** Reads an edition year at `i` (see the module comment), or a season's year (2019シーズン), or null. */
export function readEditionYear(text: string, i: number): Parsed<CalendarSpec> | null {
  YEAR.lastIndex = i;
  const m = YEAR.exec(text);
  if (!m) return null;
  const end = i + 4;
  const value = Number(m[0].normalize('NFKC'));
  if (value < FIRST_YEAR || value > LAST_YEAR) return null;
  const year: CalendarSpec = {
    kind: 'calendar',
    year: { type: 'abs', value },
    month: null,
    day: null,
    part: null,
    time: null,
  };
  if (text.startsWith(SEASON_AFTER, end)) return { spec: year, end };
  if (!AFTER.test(text.slice(end, end + 1))) return null;
  const before = text.slice(Math.max(0, i - 4), i);
  if (!KATAKANA_NAME.test(before) && !LATIN_NAME.test(before)) return null;
  return { spec: { ...year, edition: true }, end };
}
