import { ERAS } from '../lexicon/eras';
import { NAMED_DAYS, SEASONS } from '../lexicon/relative-dates';
import { DIGIT, HYPHENS, LATIN } from '../text/script';
import { type DayLink, dayLinkBefore } from './anchored-day';
import { readBareSeason } from './bare-season';
import { readBareYearHalf } from './bare-year-half';
import { readCentury } from './century';
import { readEditionYear } from './edition-year';
import { ERA_NAMES } from './eras';
import { readCalendar, readNumericCalendar, readSeasonCalendar, type WordCheck } from './expression';
import { readFiscalTerm, TERM_FIRST_CHARS } from './fiscal-term';
import { NUMERAL_CHAR, readNumeral } from './numerals';
import { extendRange } from './ranges';
import { recurringHead } from './rates';
import { agoStart, RELATIVE_FIRST_CHARS, readAgo, readYearTurnSeason, SAME_MONTH, SAME_PERIOD } from './relative';
import { type DateSpec, type Parsed, spanEnds } from './spec';
import { readTime } from './times';
import { readYearList } from './year-lists';

const NUMBER_AT_END = new RegExp(`(?:[${DIGIT}]+|[一二三四五六七八九])$`);

/** An unresolved date expression found in the text. */
export interface Candidate {
  start: number;
  end: number;
  spec: DateSpec;
  /** A bare day listed after a full date (3月7日と8日): resolved as the date before it is. */
  listed?: true;
  /** 同30日, 翌9日: a bare day tied to the last date named (the link is part of the mention). */
  link?: DayLink;
  /** An end of a span told with から…まで (5日から12月20日まで): a period's bound, no day of the story. */
  bound?: true;
  /** The second bound of such a span (12月20日 above): it does not fall before the first. */
  closes?: true;
}

const escapeClass = (c: string) => c.replace(/[\\\]^-]/g, '\\$&');
const FIRST = new Set(
  [
    // 数 starts 数年前
    // 半 starts 半年前
    '0123456789０１２３４５６７８９〇一二三四五六七八九十午正数半',
    ...ERA_NAMES.map((name) => name[0]),
    ...NAMED_DAYS.map((d) => d.surface[0]),
    ...RELATIVE_FIRST_CHARS,
    ...TERM_FIRST_CHARS,
    ...SEASONS,
  ].join(''),
);
/** Every character a date expression can start with; the scan jumps from one to the next. */
const TRIGGER = new RegExp(`[${[...FIRST].map(escapeClass).join('')}]`, 'g');
// 数 too: the 数 of 二十数年前 is read with the tens before it, never alone.
const NUMERAL_START = new RegExp(`[${DIGIT}〇一二三四五六七八九十数]`);
/**
 * Before a number: a letter or another number means it is part of a name or a longer number
 * (F-16, 12025; any hyphen, 4‐5日 too); 年 or 月 means a date that did not parse (13月1日 is not the 1st).
 */
// 22:54-23:00: the closing time of a colon clock range is no code glued to what is before it.
const CLOCK_BEFORE = new RegExp(`[${DIGIT}][:：][${DIGIT}]{2}-$`);
const GLUED = new RegExp(`[${LATIN}${HYPHENS.map((c) => (c === '-' ? '\\-' : c)).join('')}年月]`);

/**
 * Scans left to right; at each possible start the first reading that succeeds wins and the scan
 * continues after it, so candidates come out sorted and never overlap. Linear in the text length.
 */
export function scanDates(text: string, isWord: WordCheck): Candidate[] {
  const out: Candidate[] = [];
  // Once the article writes an era year (平成9年), bare short years may be years of that era.
  let era = false;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const i = m.index;
    const prev = text[i - 1] ?? '';
    if (
      NUMERAL_START.test(text[i] as string) &&
      (NUMERAL_CHAR.test(prev) ||
        (GLUED.test(prev) && !CLOCK_BEFORE.test(text.slice(Math.max(0, i - 7), i))) ||
        secondOfPair(text, i) ||
        recurringHead(text, i))
    ) {
      continue;
    }
    // 2020、21年と連覇: two years, the second in the first's century.
    const years = readYearList(text, i);
    if (years) {
      out.push(...years);
      TRIGGER.lastIndex = years[1].end;
      continue;
    }
    const p = readAt(text, i, isWord, era);
    if (!p) continue;
    if (p.split && p.spec.kind === 'range') {
      // 8月3日から20日まで: two dates, the second with what it inherited from the first (2025年8月).
      out.push({ start: i, end: p.split.firstEnd, spec: p.spec.from, bound: true });
      out.push({ start: p.split.secondStart, end: p.end, spec: p.spec.to, bound: true, closes: true });
    } else {
      const spec = listedDay(text, out.at(-1), i, p.spec);
      // 約10年前: the qualifier before a count back is part of what is written.
      const link = bareDay(spec) ? dayLinkBefore(text, i, isWord) : null;
      const start = spec.kind === 'ago' ? Math.max(agoStart(text, i), out.at(-1)?.end ?? 0) : link ? i - 1 : i;
      // 前年同月: the same month, of that year
      const same = samePeriodAfter(text, p.end, spec);
      const end = p.end + same.length;
      const dated =
        spec.kind !== 'calendar' || !same
          ? spec
          : SAME_MONTH.test(same)
            ? { ...spec, sameMonth: true as const }
            : { ...spec, samePeriod: true as const };
      if (link) out.push({ start, end, spec: dated, link });
      else out.push(spec === p.spec ? { start, end, spec: dated } : { start, end, spec: dated, listed: true });
      p.end = end;
    }
    era ||= ERAS.some((e) => text.startsWith(e.name, i));
    TRIGGER.lastIndex = p.end;
  }
  return out;
}

/** 9日, 30日: a day number with no month, year or relative word. */
function bareDay(spec: DateSpec): boolean {
  return spec.kind === 'calendar' && !spec.year && !spec.month && spec.day?.type === 'abs';
}

/** 2018年同期, 昨年の同じ時期: "the same period" written after a year alone, or ''. */
function samePeriodAfter(text: string, end: number, spec: DateSpec): string {
  if (spec.kind !== 'calendar' || !spec.year || spec.month || spec.day || spec.part || spec.time) return '';
  return SAME_PERIOD.exec(text.slice(end, end + 5))?.[0] ?? '';
}

const PAIR = new RegExp(`([${DIGIT}]{1,2}|[一二三四五六七八九])、([${DIGIT}]{1,2}|[二三四五六七八九十])`, 'y');

const LISTED = /^(?:と|、|，|や|及び|および)$/;

/**
 * 3月7日と8日, 5月3日、5日: a bare day listed right after a full date takes its month and year (the
 * scan finds the second day on its own).
 */
function listedDay(text: string, prev: Candidate | undefined, start: number, spec: DateSpec): DateSpec {
  const month = listedMonth(text, prev, start, spec);
  if (month) return month;
  if (spec.kind !== 'calendar' || spec.month || spec.year || spec.day?.type !== 'abs') return spec;
  if (prev?.spec.kind !== 'calendar' || prev.spec.month?.type !== 'abs' || prev.spec.day?.type !== 'abs') return spec;
  if (!LISTED.test(text.slice(prev.end, start))) return spec;
  return { ...spec, year: prev.spec.year, month: prev.spec.month };
}

/**
 * 去年7月と8月, 2023年3月5日と4月2日: a month with no year listed right after one with a year takes that
 * year, when it comes later in it (昨年12月と1月 may be this January: left to the usual reading).
 */
function listedMonth(text: string, prev: Candidate | undefined, start: number, spec: DateSpec): DateSpec | null {
  if (spec.kind !== 'calendar' || spec.year || spec.month?.type !== 'abs' || prev?.spec.kind !== 'calendar')
    return null;
  const before = prev.spec;
  if (!before.year || before.month?.type !== 'abs' || !LISTED.test(text.slice(prev.end, start))) return null;
  if (spanEnds(spec.month.value)[0] <= spanEnds(before.month.value)[1]) return null;
  return { ...spec, year: before.year };
}

/** 2、3日: the second of two neighbouring numbers was read (or refused) with the first. */
function secondOfPair(text: string, i: number): boolean {
  if (text[i - 1] !== '、' || !NUMERAL_CHAR.test(text[i - 2] ?? '')) return false;
  const from = text.slice(Math.max(0, i - 4), i - 1).search(NUMBER_AT_END);
  PAIR.lastIndex = Math.max(0, i - 4) + from;
  const m = from >= 0 ? PAIR.exec(text) : null;
  const a = m ? readNumeral(m[1] ?? '', 0) : null;
  const b = m ? readNumeral(m[2] ?? '', 0) : null;
  return !!a && !!b && b.value === a.value + 1;
}

function readAt(text: string, i: number, isWord: WordCheck, era: boolean): Parsed | null {
  const numeric = readNumericCalendar(text, i) ?? readSeasonCalendar(text, i);
  if (numeric) return numeric;
  const ago = readAgo(text, i);
  if (ago) return ago;
  const turn = readYearTurnSeason(text, i, isWord);
  if (turn) return turn;
  const century = readCentury(text, i);
  if (century) return century;
  // 今期, 前期比, 下期に: a company's business term
  const term = readFiscalTerm(text, i, isWord);
  if (term) return term;
  const calendar = readCalendar(text, i, isWord, { era });
  if (calendar) return extendRange(text, calendar, isWord, era);
  const time = readTime(text, i);
  if (time) return { spec: { kind: 'time', time: time.time }, end: time.end };
  // 夏以降の受注, 秋ごろ: this year's season; 年後半には: this year's half
  const season = readBareSeason(text, i, isWord) ?? readBareYearHalf(text, i, isWord);
  if (season) return season;
  // 大学ランキング2026: a title's edition year
  return readEditionYear(text, i);
}
