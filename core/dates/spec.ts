import type { FiscalTermWord } from '../lexicon/fiscal-terms';
import type { PeriodPart, RelativeWord } from '../lexicon/relative-dates';
import type { YearTail } from './two-digit-years';

/**
 * What the parsers read, before anything is resolved: 「昨年11月」 is a relative year plus month 11.
 * The resolver turns a spec into an ISO value with the publication date and the article's context.
 */

/**
 * Whether [start, end) is a whole word in the tokenisation (always true without tokens); `verbAt`, when
 * tokens are known, whether a verb's token starts at an offset (きょう|まとめました).
 */
export type WordCheck = ((start: number, end: number) => boolean) & { verbAt?: (at: number) => boolean };

/** One value or an inclusive range written with 〜 inside one unit: 1〜3月 → [1, 3]. */
export type Span = number | readonly [number, number];

/**
 * The year part. `two` is a year of one or two digits (24年度, 21年8月, ９年３月) whose century, or era,
 * comes from context; one-digit years are read only in an era the article named (平成9年 … 11年).
 * `tail` says what followed a standalone one (see twoDigitYearTail).
 */
export type YearSpec =
  | { type: 'abs'; value: Span }
  | { type: 'two'; value: Span; standalone: boolean; digits: 1 | 2; tail?: YearTail }
  | { type: 'rel'; word: RelativeWord };

/** A month or day part: a number, or a relative word (先月, 同日). */
export type UnitSpec = { type: 'abs'; value: Span } | { type: 'rel'; word: RelativeWord };

/** A clock time: 午後3時 → { h: 15, min: 0 }. */
export interface TimeOfDay {
  h: number;
  min: number;
}

/** 2024年6月20日, 昨年11月, 先月26日, 令和7年度, 7月上旬, 10日午後3時. */
export interface CalendarSpec {
  kind: 'calendar';
  year: YearSpec | null;
  month: UnitSpec | null;
  day: UnitSpec | null;
  part: PeriodPart | null;
  time: TimeOfDay | null;
  /** 大学ランキング2026: a year that labels a title's edition; the story does not move to it (前年 after it). */
  edition?: true;
  /** 前年同月, 2018年の同じ月: the month the story is in, of that year (its own month is not written). */
  sameMonth?: true;
  /** 前年同期, 昨年の同じ時期: the period the story is in (12日までの1週間, 1〜3月期), of that year. */
  samePeriod?: true;
  /** 前日比: a market's tick, a date only when its sentence names the day it counts from (dates/index.ts). */
  tick?: true;
}

/** 1990年代 → "199X"; `twoDigit` for 90年代, whose century comes from context. */
export interface DecadeSpec {
  kind: 'decade';
  year: number;
  twoDigit: boolean;
}

/** 3年前, 10年ほど前, 数年前 (2–9 years), 3〜4年前: counted back from the publication date. */
export interface AgoSpec {
  kind: 'ago';
  unit: 'year' | 'month' | 'day';
  n: Span;
  /** 5年前に比べて: the base of a comparison (AGO_COMPARED), counted back from the figure's data year. */
  compared?: boolean;
}

/** 17世紀 → "16XX": the century's years by their first two digits. */
export interface CenturySpec {
  kind: 'century';
  n: number;
}

/** 今期, 前期, 来期, 上期: a company's business term, dated by the month it closes (dates/fiscal-term.ts). */
export interface TermSpec {
  kind: 'term';
  word: FiscalTermWord;
}

/** 先週 / 今週 / 来週: Monday to Sunday (先週末: Saturday and Sunday). */
export interface WeekSpec {
  kind: 'week';
  word: RelativeWord;
  /** 先週末, 今週末: the week's end, its Saturday and Sunday. */
  weekend?: boolean;
  /** 週明け: the week's start, its Monday — next week's, or this week's when the verb is past. */
  weekStart?: boolean;
}

/** A time of day on its own (午前0時半 → "T00:30"). */
export interface TimeSpec {
  kind: 'time';
  time: TimeOfDay;
}

/** 7月1日から15日まで, 6月30日〜7月2日: `to` already inherits the parts it omits from `from`. */
export interface RangeSpec {
  kind: 'range';
  from: CalendarSpec;
  to: CalendarSpec;
}

/** Anything findDates can report. */
export type DateSpec = CalendarSpec | DecadeSpec | AgoSpec | WeekSpec | TimeSpec | RangeSpec | CenturySpec | TermSpec;

/** A parsed expression and where it ends in the text. */
export interface Parsed<T = DateSpec> {
  spec: T;
  end: number;
  /**
   * A range written with words (2019年秋から昨年6月まで) is two date expressions: where the first ends
   * and the second starts. A range written with 〜 (9月28日〜10月3日) is one.
   */
  split?: { firstEnd: number; secondStart: number };
}

/** The lower and upper ends of a span. */
export function spanEnds(s: Span): readonly [number, number] {
  return typeof s === 'number' ? [s, s] : s;
}
