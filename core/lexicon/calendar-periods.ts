import type { WordTable } from './word-table';

/**
 * The last parts of words that name a stretch of the calendar. IPADIC tags some of them counters (期,
 * 季, 週, シーズン, カ年) and others plain nouns (四半期, 半期, 学期, 会期, 任期); after a number both
 * count a length of time, so the figure is a duration: 5四半期連続, 3期連続, 2週連続, 3季ぶり, 3カ年計画.
 * The unit is the word as written (四半期, 会期) unless one is given (カ年 is a year). 年度 and 世紀 are
 * not here: after a number they mostly date (2024年度, 5世紀).
 */
export const CALENDAR_PERIODS: WordTable<string | null> = new Map<string, string | null>([
  ['期', null],
  ['季', null],
  ['週', null],
  ['シーズン', null],
  ...['カ年', 'ヵ年', 'ヶ年', 'か年', 'ケ年', '箇年'].map((s) => [s, '年'] as const),
]);
