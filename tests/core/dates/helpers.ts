import { findDates } from '../../../core/dates';

/** [text, value] pairs findDates reports for `text` (no tokens: every span counts as a word). */
export function dates(text: string, published: string | null = '2025-07-10'): [string, unknown][] {
  return findDates(text, [], published).map((d) => [d.text, d.value]);
}
