import { addDays, addMonths, daysInMonth, formatPoint, formatTime, mondayOf, type Ymd } from './calendar';
import type { DateContext, Point } from './context';
import { resolveTerm } from './fiscal-term';
import type { AgoSpec, CalendarSpec, DateSpec, YearSpec } from './spec';
import { spanEnds } from './spec';

/** A resolved mention: its lowest and highest point (equal for a single date), or a literal value. */
export type Resolved = { lo: Point; hi: Point } | { literal: string };

/**
 * Resolves one spec against the publication date and what the article said before it; `quoteDay`
 * is the day quoted words were spoken (null outside quotations). Returns
 * null when the value would be a guess (a relative date with no publication date, 30年 with no
 * full year to take the century from, 2月30日).
 */
export function resolveSpec(spec: DateSpec, ctx: DateContext, quoteDay: Ymd | null): Resolved | null {
  switch (spec.kind) {
    case 'calendar':
      return resolveCalendar(spec, ctx, quoteDay);
    case 'range': {
      const from = resolveCalendar(spec.from, ctx, quoteDay);
      const to = resolveCalendar(spec.to, ctx, quoteDay);
      return from && to ? { lo: from.lo, hi: to.hi } : null;
    }
    case 'decade': {
      // 90年代 in a 2025 article → the 1990s; 20年代 → the 2020s
      // 30年代には下がる (told as to come) may be the next decade: the 2030s in 2025
      const y = spec.twoDigit ? ctx.pastDecade(spec.year, ctx.tense === 'nonpast') : spec.year;
      return { literal: `${String(y).slice(0, 3)}X` };
    }
    case 'ago':
      return resolveAgo(spec, ctx);
    case 'week': {
      if (!ctx.published) return null;
      if (spec.weekStart) {
        // 週明けに発表する → next Monday; 週明けの市場で下落した → this week's Monday
        const start = mondayOf(ctx.published, ctx.tense === 'past' ? 0 : spec.word.offset);
        return { lo: start, hi: start };
      }
      // 翌週 counts from the day just named (「12日に発生し、翌週に…」), the others from publication;
      // 前週 after a span of days (「2月24日〜3月2日の…前週より」) is the week before the span's start.
      const base =
        spec.word.anchor === 'previous'
          ? (spanStart(ctx, spec.word.offset) ?? ctx.dayAnchor(spec.word, quoteDay))
          : ctx.published;
      if (!base) return null;
      const monday = mondayOf(base, spec.word.offset);
      return { lo: addDays(monday, spec.weekend ? 5 : 0), hi: addDays(monday, 6) };
    }
    case 'time':
      return { literal: `T${formatTime(spec.time.h, spec.time.min)}` };
    case 'century':
      // 17世紀 → the 1600s
      return { literal: `${String(spec.n - 1).padStart(2, '0')}XX` };
    case 'term':
      return resolveTerm(spec, ctx);
  }
}

/**
 * The day a week word counts back from when the paragraph's last date was a span of days (2月24日〜3月2日,
 * read as two bounds): its first day for 前週, null otherwise (the last day named is then the anchor).
 */
function spanStart(ctx: DateContext, offset: number): Ymd | null {
  const p = ctx.paragraphPeriod();
  if (offset >= 0 || !p || p.lo.m === undefined || p.lo.d === undefined || p.hi.d === undefined) return null;
  if (p.lo.y === p.hi.y && p.lo.m === p.hi.m && p.lo.d === p.hi.d) return null;
  return { y: p.lo.y, m: p.lo.m, d: p.lo.d };
}

function resolveAgo(spec: AgoSpec, ctx: DateContext): Resolved | null {
  const pub = ctx.published;
  if (!pub) return null;
  const [few, many] = spanEnds(spec.n);
  // 2022年時点で約330万人と、5年前に比べて…: the base counts back from the figure's year (2017).
  const from = (spec.compared && spec.unit === 'year' && ctx.dataYear()) || pub.y;
  const back = (n: number): Point =>
    spec.unit === 'year' ? { y: from - n } : spec.unit === 'month' ? addMonths(pub.y, pub.m, -n) : addDays(pub, -n);
  // 数年前 → from nine years back to two years back
  return { lo: back(many), hi: back(few) };
}

const point = (p: Point): { lo: Point; hi: Point } => ({ lo: p, hi: p });

function resolveYear(y: YearSpec, ctx: DateContext): readonly [number, number] | null {
  if (y.type === 'abs') return spanEnds(y.value);
  if (y.type === 'rel') {
    const anchor = y.word.turn ? ctx.turnYear() : ctx.yearAnchor(y.word);
    if (anchor === null) return null;
    // 年度末 → March of the fiscal year's second calendar year (2020年度末 → 2021-03)
    const late = y.word.unit === 'fiscal' && y.word.month !== undefined && y.word.month < 4 ? 1 : 0;
    const year = anchor + y.word.offset + late;
    // 秋以降に漁が好調だった in a February article: a season told as past that has not come yet this year
    const start = y.word.seasonStart;
    if (start !== undefined && ctx.published && ctx.tense === 'past' && start > ctx.published.m) {
      const before = ctx.storyYear() ?? year - 1;
      return [before, before];
    }
    // 「夏の参院選に向けて」 in a December article: an event of a season already over, still to come, is
    // next year's or a slip; the year is not guessed (told in the past, 夏の参院選で大敗した, it is this year's).
    if (
      start !== undefined &&
      y.word.seasonEvent &&
      ctx.published &&
      ctx.tense !== 'past' &&
      start + 2 < ctx.published.m
    )
      return null;
    return [year, year];
  }
  const [a, b] = spanEnds(y.value);
  // 平成9年 … 23年 → 2011: an era the article named comes before the century of a Western year.
  const inEra = ctx.eraYear(a);
  if (inEra !== null) return [inEra, inEra + b - a];
  if (y.digits === 1) return null;
  const lo = ctx.century(a, y.standalone, y.tail);
  return lo === null ? null : [lo, lo - (lo % 100) + b + (b < a ? 100 : 0)];
}

function resolveCalendar(spec: CalendarSpec, ctx: DateContext, quoteDay: Ymd | null): { lo: Point; hi: Point } | null {
  const time = spec.time ? formatTime(spec.time.h, spec.time.min) : undefined;
  if (spec.day?.type === 'rel') {
    const base = ctx.dayAnchor(spec.day.word, quoteDay);
    return base ? point({ ...addDays(base, spec.day.word.offset), time }) : null;
  }
  const pub = ctx.published;
  let years: readonly [number, number];
  let months: readonly [number, number] | null = null;
  if (spec.month?.type === 'rel') {
    const anchor = ctx.monthAnchor(spec.month.word);
    if (!anchor) return null;
    const { y, m } = addMonths(anchor.y, anchor.m, spec.month.word.offset);
    years = [y, y];
    months = [m, m];
  } else {
    const word = spec.year?.type === 'rel' ? spec.year.word : null;
    if (spec.month) months = spanEnds(spec.month.value);
    // 年末 → December, 年度末 → March, 年明け → January: the word names a month of its year.
    else if (word?.month !== undefined) months = [word.month, word.month];
    // 今年5月の出荷は…前年同月を上回った: the month of the paragraph, a year before; in a paragraph that
    // names none, the month the headline or lede is about (「4月の住宅着工…」).
    else if (spec.sameMonth) {
      const m = (ctx.paragraphMonth() ?? ctx.leadMonthInFocus())?.m;
      if (m !== undefined) months = [m, m];
    }
    // 12日までの1週間で418件と、前年同期の2.3倍: the months of the period in focus, a year before
    // (1〜3月期 → its three months); a period across the turn of a year keeps the year alone. In a
    // paragraph that names none, the period the headline or lede is about (「4〜6月期…」).
    else if (spec.samePeriod) {
      const p = ctx.periodInFocus();
      if (p?.lo.m !== undefined && p.hi.m !== undefined && p.lo.y === p.hi.y) months = [p.lo.m, p.hi.m];
    }
    const resolved = spec.year ? resolveYear(spec.year, ctx) : null;
    if (resolved) years = resolved;
    else if (spec.year) return null;
    else if (!pub) {
      // no publication date: only a year or month named earlier in the paragraph can anchor it
      const anchor = months ? ctx.paragraphYear() : ctx.paragraphMonth();
      if (anchor === null) return null;
      years = typeof anchor === 'number' ? [anchor, anchor] : [anchor.y, anchor.y];
      if (!months && typeof anchor !== 'number') months = [anchor.m, anchor.m];
    }
    // 12月 in a January article is last December (news rarely looks nine months ahead)
    else if (months) years = [monthYear(spec, months, pub, ctx), monthYear(spec, months, pub, ctx)];
    else {
      // bare 30日 in an article of the 2nd, or 31日 in a June article: last month; else this month
      const dayLo = spec.day ? spanEnds(spec.day.value)[0] : 0;
      // 25日に発表した in an article of the 10th: told in the past, it is last month's 25th
      const back =
        (pub.d <= 7 && dayLo > pub.d + 20) ||
        dayLo > daysInMonth(pub.y, pub.m) ||
        (dayLo > pub.d && ctx.tense === 'past');
      const ym = back ? addMonths(pub.y, pub.m, -1) : pub;
      years = [ym.y, ym.y];
      months = [ym.m, ym.m];
    }
  }
  let days = spec.day ? spanEnds(spec.day.value) : null;
  if (spec.part?.span && spec.part.of === 'month' && months && months[0] === months[1] && !days) {
    days = [spec.part.span[0], Math.min(spec.part.span[1], daysInMonth(years[1], months[1]))];
  } else if (spec.part?.span && spec.part.of === 'year' && !months) {
    months = spec.part.span;
  }
  if (days && months && days[1] > daysInMonth(years[1], months[1])) return null;
  const lo: Point = { y: years[0], m: months?.[0], d: days?.[0], time };
  const hi: Point = { y: years[1], m: months?.[1], d: days?.[1], time };
  return { lo, hi };
}

/**
 * The year of a month (and day) written without one: the year its sentence took as its topic
 * (昨年は2月に), else the publication year, except that 12月 in a
 * January article is last December, a date that would fall after publication belongs to the earlier
 * year the paragraph is telling of (「2019年に設立。12月5日に…」 → 2019-12-05) or, told in the past, to
 * last year; and a month two or more before publication told as to come is next year's.
 */
function monthYear(spec: CalendarSpec, months: readonly [number, number], pub: Ymd, ctx: DateContext): number {
  // 「昨年は2月に休業した」: the year the sentence is about.
  const topic = ctx.sentenceTopicYear();
  if (topic !== null) return topic;
  // 「7〜9月の3カ月間、再開する方針だ」: the clause's verb tells the tense the date itself did not.
  const tense = ctx.tense ?? ctx.clauseTense;
  // 「12月までにあと2回の利上げがあるとみている」 in a March article looks ahead to this December.
  if (pub.m <= 3 && months[0] >= pub.m + 9 && tense !== 'nonpast') return pub.y - 1;
  const day = spec.day?.type === 'abs' ? spanEnds(spec.day.value)[0] : 1;
  const after = months[0] > pub.m || (months[0] === pub.m && spec.day !== null && day > pub.d);
  // 「11月に開かれた会合」 in an October article is last November; 「3月末までに結論を出す」 is next March.
  // A month told as to come is no month of the earlier year the paragraph told of: 「2019年にも流行した。
  // 同国は5月ごろまで続くとみる」 in a March article is this May.
  if (after && (tense === 'nonpast' || ctx.statedNonpast)) return pub.y;
  if (after) return ctx.storyYear() ?? (tense === 'past' ? pub.y - 1 : pub.y);
  if (ctx.tense === 'nonpast' && months[1] < pub.m - 1) return pub.y + 1;
  return pub.y;
}

/** The ISO value of a resolved mention: "2024-11", ["2025-07-01", "2025-07-15"], "199X", "T00:30". */
export function formatResolved(r: Resolved): string | [string, string] {
  if ('literal' in r) return r.literal;
  const lo = formatPoint(r.lo);
  const hi = formatPoint(r.hi);
  return lo === hi ? lo : [lo, hi];
}
