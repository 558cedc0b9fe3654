/**
 * Words around 「N年」「N日」 that make it a length of time, not a date. Durations are figures
 * (3年間, 5日間, 3年以上); only what is left is a date here.
 */

import { DATE_TAILS, DURATION_HEADS, DURATION_TAILS } from '../lexicon/duration-words';
import { WordIndex } from '../lexicon/word-table';

const TAILS = WordIndex.of(DURATION_TAILS);
const KEEP = WordIndex.of(DATE_TAILS);
const HEADS = WordIndex.of(DURATION_HEADS);

/** True when one of the index's words starts at `at`. */
export function startsWithAny(text: string, at: number, index: WordIndex): boolean {
  return index.longestAt(text, at) !== undefined;
}

/** True when the text at `end` makes the number before it a duration: 「5日間」「3年以上」. */
export function durationTail(text: string, end: number): boolean {
  return !startsWithAny(text, end, KEEP) && startsWithAny(text, end, TAILS);
}

/** True when the text before `start` makes the number a duration: 「約10日」「この20年」. */
export function durationHead(text: string, start: number): boolean {
  return HEADS.longestEndingAt(text, start) !== undefined;
}
