import { KANJI_DIGITS } from '../lexicon/numerals';
import { DASH, DIGIT } from '../text/script';
import { readNumeral } from './numerals';
import type { Span, YearSpec } from './spec';

const DIGIT_OR_SLASH = new RegExp(`[${DIGIT}/／]`);

/** A year written with digits or kanji (not a relative word). */
export type NumericYear = Exclude<YearSpec, { type: 'rel' }>;

/** 〜 between two numbers of one unit: 1〜3月, 7月1〜15日, 2020〜22年; 6月3・4日 is kept as a span too. */
const SPAN_MARK = new RegExp(`[〜～~・${DASH}]`);

/** A number, or two joined by 〜, followed by the unit character `unit`. */
interface UnitNumber {
  span: Span;
  /** Digits written for the first number (2 for 「24」; 0 when written in kanji). */
  digits: number;
  /** Digits written for the second number, when there is one. */
  digits2: number;
  end: number;
}

function readUnitNumber(text: string, i: number, unit: string, kanji: boolean): UnitNumber | null {
  const a = readNumeral(text, i);
  if (!a || (a.kanji && !kanji)) return null;
  const digits = a.kanji ? 0 : a.end - i;
  if (text[a.end] === unit) return { span: a.value, digits, digits2: 0, end: a.end + 1 };
  // 7、8月 lists two neighbouring months, 11、12日に two days; 2、3日かかる is "two or three days" (the
  // caller checks what follows a span of days)
  const listed = (unit === '月' || unit === '日') && text[a.end] === '、';
  if (!listed && !SPAN_MARK.test(text[a.end] ?? '')) return null;
  const b = readNumeral(text, a.end + 1);
  if (!b || b.kanji !== a.kanji || text[b.end] !== unit || (listed && b.value !== a.value + 1)) return null;
  return { span: [a.value, b.value], digits, digits2: b.kanji ? 0 : b.end - a.end - 1, end: b.end + 1 };
}

const inRange = (s: Span, lo: number, hi: number): boolean =>
  typeof s === 'number' ? s >= lo && s <= hi : s[0] >= lo && s[1] <= hi && s[0] < s[1];

/** A numeric year read at a position, with what follows it: 年度 (fiscal) or 年代 (decade). */
export interface YearPart {
  year: NumericYear;
  fiscal: boolean;
  decade: boolean;
  end: number;
}

const KANJI_DIGIT_PAIR = /^([〇一二三四五六七八九])([〇一二三四五六七八九])年/;

/**
 * 一九年, 〇八年: a year's last two digits written kanji by kanji (a column in kanji numerals), never a
 * length of time (nineteen years is 十九年). Not two neighbouring digits (二三年 is "two or three years").
 */
export function kanjiPairYear(text: string, i: number): boolean {
  const m = KANJI_DIGIT_PAIR.exec(text.slice(i, i + 3));
  const [first, second] = [KANJI_DIGITS.get(m?.[1] ?? ''), KANJI_DIGITS.get(m?.[2] ?? '')];
  return first !== undefined && second !== undefined && second !== first + 1;
}

/**
 * Reads 「2024年」「二〇二五年」「2021年度」「24年度」「1990年代」「2020〜22年」 at `i`. Four-digit
 * years (or kanji worth 1000–2999) are absolute; two-digit ones get their century later.
 */
export function readYearPart(text: string, i: number): YearPart | null {
  const u = readUnitNumber(text, i, '年', true);
  if (!u) return null;
  const [lo, hi] = typeof u.span === 'number' ? [u.span, u.span] : u.span;
  const fiscal = text[u.end] === '度';
  const decade = text[u.end] === '代';
  const end = fiscal || decade ? u.end + 1 : u.end;
  const full = (n: number, digits: number) => (digits === 4 || digits === 0) && n >= 1000 && n <= 2999;
  if (full(lo, u.digits)) {
    // 2020〜22年: the second year borrows the first one's century.
    const top = u.digits2 === 2 ? lo - (lo % 100) + hi : hi;
    if (top !== lo && (!full(top, u.digits2 === 2 ? 4 : u.digits2) || top < lo)) return null;
    return { year: { type: 'abs', value: top === lo ? lo : [lo, top] }, fiscal, decade, end };
  }
  // ９年３月 in an era the article named; 1〜2年 is never a span of years, so one digit stands alone.
  const one = u.digits === 1 && u.digits2 === 0 && !decade;
  if ((u.digits !== 2 && !one && !kanjiPairYear(text, i)) || (u.digits2 !== 0 && u.digits2 !== 2) || hi < lo)
    return null;
  const value: Span = hi === lo ? lo : [lo, hi];
  return { year: { type: 'two', value, standalone: true, digits: one ? 1 : 2 }, fiscal, decade, end };
}

/** Words that start with a kanji month but are no date: 五月雨, 五月晴れ, 五月病. */
const KANJI_MONTH_WORDS = /[雨晴病]/;

/** Reads a month 「7月」「十二月」「1〜3月」 at `i` (1–12). */
export function readMonthPart(text: string, i: number): { month: Span; end: number } | null {
  const u = readUnitNumber(text, i, '月', true);
  if (!u || !inRange(u.span, 1, 12)) return null;
  if (u.digits === 0 && KANJI_MONTH_WORDS.test(text[u.end] ?? '')) return null;
  return { month: u.span, end: u.end };
}

/** Reads a day 「20日」「1〜15日」 at `i` (1–31); kanji days 「三日」 only after a month (三日坊主 is no date). */
export function readDayPart(text: string, i: number, afterMonth: boolean): { day: Span; end: number } | null {
  const both = readBothDays(text, i);
  if (both) return both;
  const u = readUnitNumber(text, i, '日', afterMonth);
  return u && inRange(u.span, 1, 31) ? { day: u.span, end: u.end } : null;
}

/** What a dateline's day comes after: the topic or subject (同社は十日、), a comma, a sentence start. */
const DATELINE_BEFORE = /^(?:[はが、。」\n]|)$/;
const DATELINE_PARTICLES = /^(?:に|から|まで)/;

/**
 * 「みずほ総研は十日、…を発表した」「市は二十三日午前、」: papers that write numbers in kanji put the day a
 * report happened after its topic, followed by a comma, a part of the day or (after は) に, から or
 * まで. A kanji day stands alone
 * as a date only there (三日坊主, 十日間, 十日ほど are no date); 一日 is also "one day", so never.
 */
export function readDatelineDay(
  text: string,
  i: number,
  times: readonly string[],
): { day: number; end: number } | null {
  if (!DATELINE_BEFORE.test(text[i - 1] ?? '')) return null;
  const d = kanjiDayAt(text, i);
  if (!d) return null;
  const { end } = d;
  if (text[end] === '、' || times.some((w) => text.startsWith(w, end))) return d;
  // 総務省が二十日発表した, 市は六日公表する: after the topic or subject, a verbal noun with its する.
  if ((text[i - 1] === 'は' || text[i - 1] === 'が') && DATELINE_VERBAL_NOUN.test(text.slice(end, end + 7))) return d;
  // 市は二十五日から催しを開く, 同社は十日に発表した: after the topic, a particle of time does too.
  return text[i - 1] === 'は' && DATELINE_PARTICLES.test(text.slice(end, end + 2)) ? d : null;
}

/** A day of the month in kanji at `i`, 二日 to 三十一日 (一日 is "one day"): the day and where 日 ends. */
export function kanjiDayAt(text: string, i: number): { day: number; end: number } | null {
  const a = readNumeral(text, i);
  if (!a?.kanji || text[a.end] !== '日' || a.value < 2 || a.value > 31) return null;
  return { day: a.value, end: a.end + 1 };
}

/**
 * A kanji verbal noun and its する right after the day, with no comma between (「総務省が二十日発表した」
 * 「同社は三日公表する」): the day of the act, as 二十日、発表した would be. A noun the day is part of is
 * not followed by する (六日町で, 十日間の), and a duration takes no する straight after 日.
 */
const DATELINE_VERBAL_NOUN = /^\p{Script=Han}{2,4}(?:し|す[るれ]|さ[れせ])/u;

// 11、12の両日 / 3・4両日: two days of the month named by 両日 ("both days") instead of 日.
const BOTH_DAYS = new RegExp(`([${DIGIT}]{1,2})[、，・]([${DIGIT}]{1,2})の?両日`, 'y');

/** Reads 「11、12の両日」 at `i` as the span of its two days (the first before the second). */
function readBothDays(text: string, i: number): { day: Span; end: number } | null {
  BOTH_DAYS.lastIndex = i;
  const m = BOTH_DAYS.exec(text);
  if (!m) return null;
  const a = num(m[1]);
  const b = num(m[2]);
  return a >= 1 && a < b && b <= 31 ? { day: [a, b], end: i + m[0].length } : null;
}

const NUMERIC_DATE = new RegExp(
  String.raw`([12１２][${DIGIT}]{3})([/.\-／．])([${DIGIT}]{1,2})\2([${DIGIT}]{1,2})(?![${DIGIT}])`,
  'y',
);
const num = (s: string | undefined): number => Number((s ?? '').normalize('NFKC'));

/**
 * 「2019/4/14」「2019-04-14」「2019.4.14」: a four-digit year, month and day joined by one separator.
 * Not inside a path: /images/2025/07/10/ is part of an address.
 */
export function readNumericDate(text: string, i: number): { y: number; m: number; d: number; end: number } | null {
  NUMERIC_DATE.lastIndex = i;
  const r = NUMERIC_DATE.exec(text);
  if (!r || text[i - 1] === '/' || text[i + r[0].length] === '/') return null;
  const m = num(r[3]);
  const d = num(r[4]);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { y: num(r[1]), m, d, end: i + r[0].length } : null;
}

// 2023-24シーズン, 2023/24季: a sports season across two years, the second written with two digits.
const SEASON_SPAN = new RegExp(`([12１２][${DIGIT}]{3})[-－–/／]([${DIGIT}]{2})(?=シーズン|季)`, 'y');

/** Reads 「2023-24シーズン」 at `i` as the two years it spans (the word シーズン is left out of the date). */
export function readSeasonSpan(text: string, i: number): { from: number; to: number; end: number } | null {
  SEASON_SPAN.lastIndex = i;
  const m = SEASON_SPAN.exec(text);
  if (!m || DIGIT_OR_SLASH.test(text[i - 1] ?? '')) return null;
  const from = num(m[1]);
  const to = from - (from % 100) + num(m[2]);
  return to === from + 1 ? { from, to, end: i + m[0].length } : null;
}
