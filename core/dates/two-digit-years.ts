/** Two-digit years standing alone (15年に, 20年まで) and the words that make them spans instead. */

import { set, startsWithAny } from './guards';

/**
 * What may follow a two-digit year standing alone (no month, no 年度): 15年に, 20年から, 20年まで.
 * 「20年の」 is left out: 懲役20年の判決 is far more often a duration than 20年の五輪 is a year.
 */
const TWO_DIGIT_YEAR_TAILS = [
  'に',
  'には',
  'から',
  'まで',
  'は',
  'も',
  '、',
  '，',
  '以降',
  '以来',
  '以前',
  '当時',
  '時点',
];

/** 「20年にわたり」「開業から20年になる」: a span of twenty years. */
const SPAN_AFTER_NI = ['にわた', 'に渡', 'に及', 'にな', 'に達'] as const;

/** 「発売から20年」: a two-digit number after から counts years since (ranges 18年から20年 are read whole). */
const TWO_DIGIT_YEAR_HEADS = ['から', 'より'] as const;

/**
 * In an era the article named, years are what short numbers before 年 mostly are:
 * 「（23年の市議会答弁）」「11年と17年に見直された」.
 */
const ERA_YEAR_TAILS = ['の', 'と'];

const TWO = set(TWO_DIGIT_YEAR_TAILS);
const ERA_TWO = set([...TWO_DIGIT_YEAR_TAILS, ...ERA_YEAR_TAILS]);
const SPANS = set(SPAN_AFTER_NI);

/** True when a standalone two-digit year may end here: 「15年に」 yes, 「20年にわたり」「20年の」 no. */
export function twoDigitYearTail(text: string, end: number, era = false): boolean {
  return startsWithAny(text, end, era ? ERA_TWO : TWO) && !startsWithAny(text, end, SPANS);
}

/** True when a standalone two-digit year follows から (発売から20年に): years since, not a year. */
export function twoDigitYearHead(text: string, start: number): boolean {
  return TWO_DIGIT_YEAR_HEADS.some((w) => text.startsWith(w, start - w.length));
}
