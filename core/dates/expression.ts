import {
  ABOUT_TIME,
  CALENDAR_YEARS,
  ERA_SPAN_PARTS,
  FULL_YEAR_TAILS,
  NAMED_DAYS,
  type NamedDay,
  PERIOD_PARTS,
  type PeriodPart,
  type RelativeWord,
  SEASONS,
  WEEK_PARTS,
  YEAR_NAMED_ISSUES,
  YEAR_TURN_SEASONS,
} from '../lexicon/relative-dates';
import { TIMES_OF_DAY } from '../lexicon/times-of-day';
import { alternation } from '../lexicon/word-table';
import { isKanji } from '../text/script';
import {
  kanjiPairYear,
  readDatelineDay,
  readDayPart,
  readMonthPart,
  readNumericDate,
  readSeasonSpan,
  readYearPart,
} from './absolute';
import { readDayNounKanjiDay } from './day-noun-kanji-day';
import { readEraYear } from './eras';
import { comparedGap, durationHead, durationTail, lengthIsDays } from './guards';
import { bracketedDays, dayDurationTail, daySpanTail, onceThatYear, rateTail } from './rates';
import { readRelativeWord } from './relative';
import { shortYearAverage, shortYearPeriod } from './short-year-period';
import {
  type CalendarSpec,
  type DateSpec,
  type Parsed,
  spanEnds,
  type UnitSpec,
  type WordCheck,
  type YearSpec,
} from './spec';
import { readTime } from './times';
import { headlineTagYear, headlineYear, twoDigitYearHead, twoDigitYearTail } from './two-digit-years';

export type { WordCheck };

/** What the scan knows when it reads an expression. */
export interface ReadOptions {
  /** The second date of a range (7月1日から「15日」まで): its bare parts need no tail of their own. */
  afterConnector?: boolean;
  /** An era year (平成9年) came before: a bare 9年 or 23年の may be a year of that era. */
  era?: boolean;
}

function readPart(text: string, at: number, of: 'month' | 'year'): { part: PeriodPart; end: number } | null {
  for (const part of PERIOD_PARTS) {
    if (part.of !== of || !text.startsWith(part.surface, at)) continue;
    const end = at + part.surface.length;
    if ('wordEnd' in part && isKanji(text[end] ?? '')) continue;
    return { part, end };
  }
  return null;
}

const YEAR_END = PERIOD_PARTS.find((p) => p.of === 'year' && p.surface === '末');

// 2月の下旬, 3月の中旬: the parts of a month that name ten days of it, after の (3月の末 is left alone:
// 末 after の is mostly a noun of its own, 3月の末っ子).
const TEN_DAY_PARTS: readonly string[] = ['上旬', '初旬', '中旬', '下旬'];

/** 2月の下旬: a ten-day part of the month read across の. */
function monthPartAfter(text: string, at: number): { part: PeriodPart; end: number } | null {
  if (text[at] !== 'の' || !TEN_DAY_PARTS.some((w) => text.startsWith(w, at + 1))) return null;
  return readPart(text, at + 1, 'month');
}

// 去年の夏以降, 2016年の秋頃: kanji that may follow a season read as a time (夏休み, 春闘, 冬季 are words of their own).
const AFTER_SEASON = /^(?:[^\p{Script=Han}]|以|頃)/u;

/** 去年の夏, 2016年の秋: a season of the year just written, across の (the value stays the year). */
function seasonAfter(text: string, at: number): { part: PeriodPart; end: number } | null {
  if (text[at] !== 'の' || !SEASONS.includes(text[at + 1] ?? '')) return null;
  if (!AFTER_SEASON.test(text.slice(at + 2, at + 3) || '。')) return null;
  return readPart(text, at + 1, 'year');
}

/**
 * 同年年末, その年の年末, 2012年の年末: 年末 after a year is that year's end, as 同年末 is (not 年末年始,
 * which spans two years).
 */
function yearEndAfter(text: string, at: number): { part: PeriodPart; end: number } | null {
  const season = seasonAfter(text, at);
  if (season) return season;
  const from = text[at] === 'の' ? at + 1 : at;
  if (!YEAR_END || !text.startsWith('年末', from) || YEAR_TURN_SEASONS.some((w) => text.startsWith(w, from)))
    return null;
  return { part: YEAR_END, end: from + 2 };
}

/**
 * Reads one calendar expression at `i`: year (2024年, 令和7年度, 24年度, 昨年), then month (7月,
 * 1〜3月, 先月), day (20日, 同日), a period part (上旬, 前半) and a time (午後3時). Also returns
 * decades (1990年代) and weeks (先週). Returns null when nothing here is a date.
 */
export function readCalendar(text: string, i: number, isWord: WordCheck, opts: ReadOptions = {}): Parsed | null {
  const parsed = readCalendarBody(text, i, isWord, opts);
  return parsed ? { ...parsed, end: aboutEnd(text, parsed.end) } : null;
}

// 4月ごろ, 2019年秋ごろ, 12日午前5時ごろ: ごろ (頃) says the date is approximate and is part of its
// mention; the value stays the month, season or time written.
const ABOUT = new RegExp(alternation(ABOUT_TIME), 'y');
/** A day number right after 週明け (週明け15日, 週明けの16日): the day dates the mention itself. */
const DAY_AFTER = /^の?[0-9０-９一二三四五六七八九十]/;

/** The end of a date mention, past a ごろ or 頃 that follows it. */
function aboutEnd(text: string, end: number): number {
  ABOUT.lastIndex = end;
  return ABOUT.test(text) ? ABOUT.lastIndex : end;
}

function readCalendarBody(text: string, i: number, isWord: WordCheck, opts: ReadOptions): Parsed | null {
  const afterConnector = opts.afterConnector ?? false;
  const spec: CalendarSpec = { kind: 'calendar', year: null, month: null, day: null, part: null, time: null };
  let end = i;
  const era = readEraYear(text, i);
  let numeric = era ? null : readYearPart(text, i);
  // 9年3月 is a year only in an era the article named, and never after 懲役 (懲役1年6月).
  if (numeric?.year.type === 'two' && numeric.year.digits === 1 && (!opts.era || durationHead(text, i))) {
    numeric = null;
  }
  const rel = era || numeric ? null : readRelativeWord(text, i, isWord);
  if (era) {
    spec.year = { type: 'abs', value: era.decadeEnd ? [era.year, era.decadeEnd] : era.year };
    if (era.fiscal) return fiscalEdge(text, spec, era.end) ?? { spec, end: era.end };
    if (era.decadeEnd) return { spec, end: era.end };
    end = era.end;
  } else if (numeric) {
    if (numeric.decade) {
      const [lo] = spanEnds(numeric.year.value);
      // 1970年代前半, 2010年代初め: the part is read with the decade.
      const part = ERA_SPAN_PARTS.find((p) => text.startsWith(p, numeric.end));
      const decadeEnd = numeric.end + (part?.length ?? 0);
      return { spec: { kind: 'decade', year: lo, twoDigit: numeric.year.type === 'two' }, end: decadeEnd };
    }
    spec.year = numeric.year;
    end = numeric.end;
    if (numeric.fiscal) return fiscalEdge(text, markJoined(spec), end) ?? { spec: markJoined(spec), end };
  } else if (rel) {
    const { word } = rel;
    end = rel.end;
    // 先週末, 今週末: the week's end (週末 alone is no week the story names)
    // 週明けに決める, 週明けの市場: a week's Monday; 週明け15日 is dated by its day
    if (word.surface === '週明け')
      return DAY_AFTER.test(text.slice(end, end + 2)) ? null : { spec: { kind: 'week', word, weekStart: true }, end };
    // 前週末比, 前週末の終値: market news's last trading day before, no weekend and no week
    if (word.unit === 'week' && word.anchor === 'previous' && word.offset < 0 && text[end] === '末') return null;
    if (word.unit === 'week') {
      if (text[end] === '末') return { spec: { kind: 'week', word, weekend: true }, end: end + 1 };
      // 今週中に, 来週半ばまで: a part of the week, dated as the week
      const part = WEEK_PARTS.find((w) => text.startsWith(w, end) && !isKanji(text[end + w.length] ?? ''));
      return { spec: { kind: 'week', word }, end: end + (part?.length ?? 0) };
    }
    if (word.unit === 'year' || word.unit === 'fiscal') spec.year = { type: 'rel', word };
    else if (word.unit === 'month') spec.month = { type: 'rel', word };
    else spec.day = { type: 'rel', word };
    if (rel.tick) spec.tick = true;
    if (word.unit === 'fiscal') return relativeFiscalEdge(text, word, end) ?? { spec, end };
  }
  if (!spec.month && !spec.day) {
    // 昨年の11月, 2024年の3月: the year still governs the month after の
    const joined = spec.year && text[end] === 'の' ? end + 1 : end;
    const named = readNamedDay(text, joined, isWord);
    const m = named ? null : readMonthPart(text, joined);
    if (named) {
      spec.month = { type: 'abs', value: named.day.month };
      spec.day = { type: 'abs', value: named.day.day };
      end = named.end;
    } else if (m) {
      spec.month = { type: 'abs', value: m.month };
      end = m.end;
      if (text[end] === '期') end++; // 1〜3月期: a quarter is its months
    }
  }
  if (spec.month && !spec.day && text[end] !== '期') {
    const d = readDayPart(text, end, true);
    if (d && !durationTail(text, d.end)) {
      spec.day = { type: 'abs', value: d.day };
      end = d.end;
    }
  }
  if (end === i) {
    // 八月二日から七日まで: the second day of a range is read in kanji as the first was
    const d =
      readDayPart(text, i, afterConnector) ??
      readDatelineDay(text, i, TIMES_OF_DAY) ??
      // 最終日の四日夜: a kanji day in apposition to a noun of a day
      readDayNounKanjiDay(text, i, TIMES_OF_DAY);
    // bare 5日: 5日間, 5日連続, 約5日 and 2～3日中 are durations
    if (!d || dayDurationTail(text, d.end) || (!afterConnector && durationHead(text, i))) return null;
    // 平年より4日早い: the gap between two dates, a length of time
    if (comparedGap(text, i, d.end) || lengthIsDays(text, i, d.end)) return null;
    // 20〜22日に開催 is three days of the month; 2〜3日かかる is a duration (6月3・4日 needs a month anyway)
    const listed = /[・両]/.test(text.slice(i, d.end));
    if (typeof d.day !== 'number' && !listed && !daySpanTail(text, d.end) && !bracketedDays(text, i, d.end))
      return null;
    spec.day = { type: 'abs', value: d.day };
    end = d.end;
  }
  if (spec.day) {
    const t = readTime(text, end);
    if (t) return { spec: { ...spec, time: t.time }, end: t.end };
    return { spec, end: partOfDayEnd(text, end, isWord) };
  }
  const part =
    readPart(text, end, spec.month ? 'month' : 'year') ??
    (spec.month ? monthPartAfter(text, end) : yearEndAfter(text, end));
  if (part) return { spec: markJoined({ ...spec, part: part.part }), end: part.end };
  if (spec.month) return { spec: markJoined(spec), end };
  return yearAlone(text, i, spec, end, opts);
}

/**
 * 19日夜, 20日未明, 3日午後: a part of the day after a date is part of its mention, when it is a word
 * of its own (19日朝刊 is a morning paper, 5日夕食 a meal).
 */
function partOfDayEnd(text: string, at: number, isWord: WordCheck): number {
  for (const w of TIMES_OF_DAY) {
    if (text.startsWith(w, at) && isWord(at, at + w.length)) return at + w.length;
  }
  return at;
}

/** 元日, 大みそか at `at`, as a whole word (元日本代表 is 元 + 日本代表). */
function readNamedDay(text: string, at: number, isWord: WordCheck): { day: NamedDay; end: number } | null {
  for (const day of NAMED_DAYS) {
    const end = at + day.surface.length;
    if (text.startsWith(day.surface, at) && isWord(at, end)) return { day, end };
  }
  return null;
}

/** A two-digit year followed by a month, 年度 or a period part is a year for sure: 21年8月, 24年度. */
// 2024年度末 closes the fiscal year in the March after it; 2024年度初め opens it in April (年度当初予算
// is the budget first passed, not an April).
const FISCAL_EDGES: readonly { surface: string; month: number; shift: number }[] = [
  { surface: '末', month: 3, shift: 1 },
  { surface: '初め', month: 4, shift: 0 },
];

/**
 * 2024年度末 → 2025-03, 令和6年度末 → 2025-03, 24年度初め → 2024-04: a fiscal year's end or start is
 * a month of its own (末端, 末尾 are other words). Null when no edge follows or the year is a range.
 */
function fiscalEdge(text: string, spec: CalendarSpec, at: number): Parsed | null {
  const edge = FISCAL_EDGES.find((e) => text.startsWith(e.surface, at));
  const y = spec.year;
  if (!edge || (y?.type !== 'abs' && y?.type !== 'two') || typeof y.value !== 'number') return null;
  if (edge.surface === '末' && /[端尾]/.test(text[at + 1] ?? '')) return null;
  const value = y.value + edge.shift;
  if (y.type === 'two' && value > 99) return null;
  return {
    spec: { ...spec, year: { ...y, value }, month: { type: 'abs', value: edge.month } },
    end: at + edge.surface.length,
  };
}

/**
 * 今年度末 → March of next year, 昨年度末, 来年度初め → April: the edge of a fiscal year named by a
 * relative word is a month of it, as after a written year (2024年度末).
 */
function relativeFiscalEdge(text: string, word: RelativeWord, at: number): Parsed | null {
  const edge = FISCAL_EDGES.find((e) => text.startsWith(e.surface, at));
  if (!edge || word.month !== undefined || (edge.surface === '末' && /[端尾]/.test(text[at + 1] ?? ''))) return null;
  const year: YearSpec = { type: 'rel', word: { ...word, month: edge.month } };
  return {
    spec: { kind: 'calendar', year, month: null, day: null, part: null, time: null },
    end: at + edge.surface.length,
  };
}

function markJoined(spec: CalendarSpec): CalendarSpec {
  const y = spec.year;
  return y?.type === 'two' ? { ...spec, year: { ...y, standalone: false } } : spec;
}

const LEADING_ZERO = /[0０]/;

/**
 * 「2018年」 stands alone unless a duration word follows (3年間); 「20年」 needs a date-like tail too,
 * and in an era the article named (平成9年 … 23年の答弁) a few more tails count.
 */
function yearAlone(text: string, i: number, spec: CalendarSpec, end: number, opts: ReadOptions): Parsed | null {
  const y: YearSpec | null = spec.year;
  if (!y) return null;
  if (y.type === 'rel') return { spec, end };
  if (
    (durationTail(text, end) && !fullYearTail(y, text, end) && !(y.type === 'two' && shortYearAverage(text, end))) ||
    (rateTail(text, end) && !(calendarYear(y) && onceThatYear(text, end))) ||
    YEAR_NAMED_ISSUES.some((w) => text.startsWith(w, end))
  )
    return null;
  // 02年, 08年の: nobody writes a length of time with a zero in front, so it is a year for sure.
  // 一九年: a year's digits written kanji by kanji are no length of time either.
  if (y.type === 'two' && (LEADING_ZERO.test(text[i] ?? '') || kanjiPairYear(text, i)) && !namedBefore(text, i))
    return { spec: markJoined(spec), end };
  if (y.type === 'two' && !opts.afterConnector) {
    const tail =
      twoDigitYearTail(text, end, opts.era) ??
      shortYearPeriod(text, end) ??
      headlineYear(text, i, end) ??
      headlineTagYear(text, i, end);
    if (!tail || durationHead(text, i) || twoDigitYearHead(text, i) || namedBefore(text, i)) return null;
    return { spec: { ...spec, year: { ...y, tail } }, end };
  }
  return { spec, end };
}

/**
 * 「2023年に一度、相談した」: a year written in full that could be a year of the calendar is no period of a
 * rate (1000年に1度, 100年に1度 are: nobody counts once in 2023 years).
 */
function calendarYear(y: YearSpec): boolean {
  return (
    y.type === 'abs' && typeof y.value === 'number' && y.value >= CALENDAR_YEARS[0] && y.value <= CALENDAR_YEARS[1]
  );
}

/**
 * 2023年分の報告書, 2025年平均の倍率: a year written with four digits keeps a tail that makes a count of
 * years a duration (3年分, 5年平均): nobody counts two thousand years' worth.
 */
function fullYearTail(y: YearSpec, text: string, end: number): boolean {
  return (
    y.type === 'abs' &&
    typeof y.value === 'number' &&
    y.value >= 1000 &&
    FULL_YEAR_TAILS.some((w) => text.startsWith(w, end))
  );
}

/**
 * 寛永13年, 天正18年: after a kanji word (an era the lexicon does not hold, a name) a short year is not
 * a Western one. 翌83年 and 同12年 still are years.
 */
function namedBefore(text: string, i: number): boolean {
  const c = text[i - 1] ?? '';
  return isKanji(c) && c !== '翌' && c !== '同';
}

/** Reads 「2023-24シーズン」 as the range of its two years. */
export function readSeasonCalendar(text: string, i: number): Parsed | null {
  const r = readSeasonSpan(text, i);
  if (!r) return null;
  const year = (y: number): CalendarSpec => ({
    kind: 'calendar',
    year: { type: 'abs', value: y },
    month: null,
    day: null,
    part: null,
    time: null,
  });
  return { spec: { kind: 'range', from: year(r.from), to: year(r.to) }, end: r.end };
}

/** Reads 「2019/4/14」 as a calendar day. */
export function readNumericCalendar(text: string, i: number): Parsed | null {
  const r = readNumericDate(text, i);
  if (!r) return null;
  const abs = (value: number): UnitSpec => ({ type: 'abs', value });
  const spec: CalendarSpec = {
    kind: 'calendar',
    year: { type: 'abs', value: r.y },
    month: abs(r.m),
    day: abs(r.d),
    part: null,
    time: null,
  };
  return { spec: spec satisfies DateSpec, end: r.end };
}
