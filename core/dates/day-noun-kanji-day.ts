import { kanjiDayAt } from './absolute';

// What may follow the day: a comma, or a particle of time (最終日の四日には, 初日の二日から).
const AFTER_DAY = /^(?:、|に|から|まで)/;

/**
 * 「最終日の四日夜には花火大会」「初日の二日、」「投開票日の十日に」: a kanji day in apposition to a noun
 * of a day (a word ending in 日, then の) names that day of the month, as readDatelineDay's topic does.
 * It must be followed by a comma, a part of the day or a particle of time: 最終日の三日間, 初日の二日目,
 * 平日の三日ほど stay no date; 一日 is "one day", so never.
 */
export function readDayNounKanjiDay(
  text: string,
  i: number,
  times: readonly string[],
): { day: number; end: number } | null {
  if (text[i - 1] !== 'の' || text[i - 2] !== '日') return null;
  const d = kanjiDayAt(text, i);
  if (!d) return null;
  return AFTER_DAY.test(text.slice(d.end, d.end + 2)) || times.some((w) => text.startsWith(w, d.end)) ? d : null;
}
