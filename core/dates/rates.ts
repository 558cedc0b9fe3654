import { DIGIT } from '../text/script';
/** Rates and recurring dates: 1日2回, 3日に1回, 1000年に1度 and 毎月1日 name no day of the story. */

import { anniversaryTail, durationTail } from './guards';

/** Recurring dates name no day of the story: 毎月1日, 毎年3月. */
const RECURRING = ['毎月', '毎年', '毎週'] as const;

/** 週3日勤務, 週2日の休み: so many days a week (先週3日, 来週3日 name the week's days: left to the scan). */
const WEEKLY = /(?:^|[^先今来翌同前])週$/;

/** True when a date starting at `start` recurs (毎年3月, 週3日): not one point in time. */
export function recurringHead(text: string, start: number): boolean {
  return (
    RECURRING.some((w) => text.startsWith(w, start - w.length)) ||
    WEEKLY.test(text.slice(Math.max(0, start - 2), start))
  );
}

/** 「3日に1回」「1000年に1度」: one event per so many days or years. */
const PER_PERIOD = new RegExp(`に[${DIGIT}一二三四五六七八九十数]{1,4}[度回]`, 'y');
/** Right after a bare day, a count makes it a rate (1日2回, 1日3食); 1日も早く is an idiom. */
const DAY_RATE = new RegExp(`[${DIGIT}一二三四五六七八九十数]|も早`, 'y');
/**
 * 1日に2万個, 1日におよそ3000人, 1日約3万人, 1日最大で443本: one day and (に or) an "about" or "at
 * most" before a quantity is a rate, not the 1st (1日最大の山場 is still a day).
 */
const ONE_DAY_RATE = new RegExp(
  `(?:に(?:約|およそ|平均|最大|最多で)?|約|およそ|最大で?|最多で?)[${DIGIT}一二三四五六七八九十数]`,
  'y',
);
/**
 * 1日に作れる量, 1日に処理できる件数, 1日に必要な水分: one day and に before a verb in the present that
 * qualifies a quantity (or before what a day allows or needs) is "per day". 1日に開かれる会議 and
 * 1日に開かれた会合の参加者数 are the 1st.
 */
const ONE_DAY_CAPACITY =
  /に(?:必要|可能|[^、。\n]{0,10}?[うくすつぬむるぐぶ](?:量|数|件数|回数|人数|本数|台数|個数|杯数|距離|時間|上限)(?:は|が|を|の|も|に|で|、|。))/y;
const ONE = /^(?:1|１|一)$/;

/** True when the number is a period of a rate: 3日に1回, 1000年に1度 (15年に1号機 is still a year). */
export function rateTail(text: string, end: number): boolean {
  PER_PERIOD.lastIndex = end;
  return PER_PERIOD.test(text);
}

// に一度、 / に1回相談した: once, with no noun after it for the rate to qualify (1度の確率).
const ONCE = /に(?:1|１|一)[度回](?!の)/y;

/** 「2023年に一度、相談した」: once in that year, not once in so many years (see CALENDAR_YEARS). */
export function onceThatYear(text: string, end: number): boolean {
  ONCE.lastIndex = end;
  return ONCE.test(text);
}

/** True when a bare day is a rate or idiom: 1日2回, 1日も早く, 3日に1回, 1日に2万個. */
function dayRateTail(text: string, end: number): boolean {
  DAY_RATE.lastIndex = end;
  ONE_DAY_RATE.lastIndex = end;
  ONE_DAY_CAPACITY.lastIndex = end;
  const oneDay =
    ONE.test(text.slice(Math.max(0, end - 2), end - 1)) && (ONE_DAY_RATE.test(text) || ONE_DAY_CAPACITY.test(text));
  return DAY_RATE.test(text) || oneDay || rateTail(text, end);
}

/**
 * After a bare day only: 2～3日中に is "within two or three days", 5日で完売 "sold out in five
 * days", 1日2回 "twice a day".
 */
export function dayDurationTail(text: string, end: number): boolean {
  const c = text[end] ?? '';
  if (anniversaryTail(text, end)) return false;
  return c === '中' || c === 'で' || dayRateTail(text, end) || durationTail(text, end);
}

/**
 * What may follow a bare span of days that is a date: 20〜22日に開催, 20〜22日、, and the week or days
 * it spans: 14～20日の1週間, 1～3日の3日間 (2〜3日かかる is a duration).
 */
// 15、16日の両日: two days said to be both days of the story.
const DAY_SPAN_TAIL = new RegExp(`^(?:に|、|，|まで|の?両日|の(?:[1１一]週間|[${DIGIT}〇一二三四五六七八九十]+日間))`);

/** True when a bare 〜 span of days may be dates (see DAY_SPAN_TAIL). */
export function daySpanTail(text: string, end: number): boolean {
  return DAY_SPAN_TAIL.test(text.slice(end, end + 6));
}

/**
 * 動員ランキング（16〜18日）, お盆期間（９〜１８日）: a span of days alone in brackets after what it dates
 * is the days it covers (（2〜3日分）, （最大で3〜5日） are lengths: something else is in the brackets).
 */
export function bracketedDays(text: string, start: number, end: number): boolean {
  return /[（(]/.test(text[start - 1] ?? '') && /[）)]/.test(text[end] ?? '');
}
