/**
 * Words around 「N年」「N日」 that make it a length of time, not a date. Durations are figures
 * (3年間, 5日間, 3年以上); only what is left is a date here.
 */

import { DATE_TAILS, DURATION_HEADS, DURATION_TAILS } from '../lexicon/duration-words';

/** A word table for prefix tests at a position. */
export const set = (words: readonly string[]) => ({
  words: new Set(words),
  max: Math.max(...words.map((w) => w.length)),
});
const TAILS = set(DURATION_TAILS);
const KEEP = set(DATE_TAILS);
const HEADS = set(DURATION_HEADS);

/** True when one of the table's words starts at `at`. */
export function startsWithAny(text: string, at: number, table: { words: Set<string>; max: number }): boolean {
  for (let n = 1; n <= table.max; n++) if (table.words.has(text.slice(at, at + n))) return true;
  return false;
}

/** True when the text at `end` makes the number before it a duration: 「5日間」「3年以上」. */
export function durationTail(text: string, end: number): boolean {
  return !startsWithAny(text, end, KEEP) && startsWithAny(text, end, TAILS);
}

/** True when the text before `start` makes the number a duration: 「約10日」「この20年」. */
export function durationHead(text: string, start: number): boolean {
  for (let n = 1; n <= HEADS.max && n <= start; n++) if (HEADS.words.has(text.slice(start - n, start))) return true;
  return false;
}
