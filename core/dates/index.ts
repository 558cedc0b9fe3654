import { ERAS } from '../lexicon/eras';
import { DATA_POINT_AFTER, VALUE_DAY_AFTER, YEAR_OF_ORIGIN } from '../lexicon/relative-dates';
import { originalSpan, stripFormatChars } from '../numbers/format-chars';
import { isVerb } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { DateMention, Token } from '../types';
import { linkedDay } from './anchored-day';
import { benchmarkYear } from './benchmark';
import { parseYmd } from './calendar';
import { DateContext, type Point } from './context';
import { eventDay } from './event-day';
import { eventLabel } from './event-label';
import type { WordCheck } from './expression';
import { namedTerm } from './fiscal-term';
import { formerPost } from './former-post';
import { bodyMonthYears, headlineMonthSpec } from './headline-month';
import { QuoteTracker } from './quotes';
import { formatResolved, type Resolved, resolveSpec } from './resolve';
import { type Candidate, scanDates } from './scan';
import type { DateSpec } from './spec';
import { quoteDay } from './speech';
import { statisticMonth } from './statistic-month';
import { clausePast, clauseTense, copulaTense, goingOnNow, mainVerbPast, tenseAfter } from './tense';

/**
 * Finds date expressions and resolves them against `published` (YYYY-MM-DD), in text order so
 * 同日 / 同年 / 15年 can lean on what came before. Values are ISO prefixes ("2024-11"), decades
 * ("199X"), [start, end] ranges, "…T15:00" for a day with a time and "T00:30" for a bare time.
 * Without `published`, relative dates (昨年, 5日, 先月) are omitted rather than guessed; absolute
 * ones (2024年6月20日, 令和7年度) and those anchored on them (同日, 翌年) are still resolved.
 */
export function findDates(text: string, tokens: readonly Token[], published: string | null): DateMention[] {
  // 「7\u200B月10日」: dates are read with the invisible format characters taken out (see findFigures).
  const stripped = stripFormatChars(text, tokens);
  if (!stripped) return readDates(text, tokens, published);
  return readDates(stripped.text, stripped.tokens, published).map((d) => {
    const span = originalSpan(stripped, d.start, d.end);
    return { ...d, ...span, text: text.slice(span.start, span.end) };
  });
}

function readDates(text: string, tokens: readonly Token[], published: string | null): DateMention[] {
  const isWord = wordCheck(text, tokens);
  const ctx = new DateContext(parseYmd(published), text);
  const quotes = new QuoteTracker(text);
  const out: DateMention[] = [];
  const found = scanDates(text, isWord);
  ctx.firstTerm = firstNamedTerm(text, found);
  const monthYears = bodyMonthYears(text, found);
  // Whether a day of the story has been named: until one is, a bound or a value's day is all 同日 can mean.
  let storyNamed = false;
  // Where the sentence of the last dateline (美術館は28日、…) ends: a day inside it is an event it reports.
  let datelineUntil = -1;
  // Where the span whose first bound was just read starts (2月12日から…): its end comes after it.
  let openFrom: Point | null = null;
  for (const [i, scanned] of found.entries()) {
    // 「輸出32%減　12月、…響く」 over 2024年12月の輸出額: the headline's month is the body's.
    const spec = headlineMonthSpec(scanned, monthYears);
    const c = spec === scanned.spec ? scanned : { ...scanned, spec };
    ctx.moveTo(c.start);
    if (unanchoredEvent(text, c, ctx)) continue;
    // 終値は前日比120円高: a tick; 「12日の東京株式市場で…前日比12%高」 dates it from the day named.
    if (c.spec.kind === 'calendar' && c.spec.tick && !ctx.dayInSentence()) continue;
    // 3月7日と8日: the listed day keeps the tense of the date it follows (its predicate is theirs).
    if (!c.listed) {
      ctx.tense = tokens.length ? tenseAfter(tokens, c.end, text) : null;
      ctx.statedNonpast = !ctx.tense && copulaTense(text, c.start, c.end) === 'nonpast';
      ctx.clauseTense =
        !ctx.tense && tokens.length ? clauseTense(tokens, c.end, SINCE_AFTER.test(text.slice(c.end, c.end + 2))) : null;
      // 「4月1日付の人事異動を発表した」: past only reaches a date the clause ties to its verb (10〜12月期に
      // …減った); the past of a verb after a date qualifying a noun may be the reporting of it.
      // 「10月の利用者数は…増えた」: the past of a statistic's clause is the month's (statisticMonth).
      if (ctx.clauseTense === 'past' && !TIED_AFTER.test(text.slice(c.end, c.end + 2)) && !statisticMonth(text, c.end))
        ctx.clauseTense = null;
    }
    // 週明けの市場で…下落した: a week's start before の sets the scene; the main verb tells its tense.
    if (c.spec.kind === 'week' && c.spec.weekStart && !ctx.tense && tokens.length)
      ctx.tense = mainVerbPast(tokens, c.end, text);
    // 秋以降にサバの漁が好調だった: a season alone takes the tense of its clause's first predicate.
    if (c.spec.kind === 'calendar' && c.spec.year?.type === 'rel' && c.spec.year.word.seasonStart && !ctx.tense)
      ctx.tense = clausePast(tokens, c.end);
    ctx.goingOnNow = previousYear(c.spec) && tokens.length > 0 && goingOnNow(tokens, c.end);
    const inQuote = quotes.inside(c.start) && speaks(c.spec);
    // 大会当日: the day of an event the article dated becomes the story's day (翌日 after it counts from it).
    const event = eventDay(text, tokens, c, out);
    if (event) {
      ctx.remember(event.day);
      storyNamed = true;
    }
    const start = event?.start ?? c.start;
    const resolved = resolveSpec(linkedDay(c.spec, c.link, ctx), ctx, inQuote ? quoteDay(text, found, i, ctx) : null);
    const r: Resolved | null = c.closes && resolved ? notBefore(resolved, c.spec, openFrom) : resolved;
    openFrom = c.bound && !c.closes && r && 'lo' in r ? r.lo : null;
    ctx.markSeen();
    if (!r) continue;
    out.push({ text: text.slice(start, c.end), start, end: c.end, value: formatResolved(r) });
    // 「きのうは…」 in one quote counts from when it was said; it is not the day the story moves to,
    // so a later quote's 「けさ」 still counts from its own speaking (the publication date).
    // 18年度の水準, 2008年以来: a benchmark year is no year of the story for 前年度 / 前年 to count from.
    const benchmark = benchmarkYear(text, c.end) || sameAsBase(c.spec, text, c.end);
    if ('lo' in r && remembers(c.spec, text.slice(c.end, c.end + 1)) && !inQuote && !benchmark) {
      // 1月下旬 names a month's part, not a day: a 同日 after it still means the last day named.
      const part = c.spec.kind === 'calendar' && c.spec.part !== null && c.spec.day === null;
      // 「美術館は28日、入館者が27日に10万人を超えたと発表した。同日、…」: the 27th is what the 28th's
      // announcement tells of; 同日 after it is still the day of the story, the 28th.
      // 12月1日開会の市議会: a day labelling an event is no day of the story either.
      const story = storyDay(text, c) && c.start >= datelineUntil && !eventLabel(tokens, c.end);
      if (story && r.lo.d !== undefined && DATELINE_AFTER.test(text.slice(c.end, c.end + 1)))
        datelineUntil = sentenceEndAfter(text, c.end);
      // 「5日から12月20日まで受け付ける。同日は…」: with no day of the story before, the bound is the day meant
      ctx.remember(part || (!story && storyNamed) ? { y: r.lo.y, m: r.lo.m } : r.lo);
      if (story && !part && r.lo.d !== undefined) storyNamed = true;
      if (text.endsWith('年度', c.end)) ctx.lastFiscalYear = r.lo.y;
      ctx.notePeriod(r.lo, r.hi, c.bound === true);
      if (!c.bound && !(c.spec.kind === 'calendar' && namedTerm(c.spec, text, c.end))) ctx.noteLeadPeriod(r.lo, r.hi);
    }
    if (writtenYear(c.spec) && 'lo' in r) ctx.lastWrittenYear = r.lo.y;
    if (c.spec.kind === 'calendar' && namedTerm(c.spec, text, c.end) && 'lo' in r && r.lo.m !== undefined)
      ctx.lastTerm = { y: r.lo.y, m: r.lo.m };
    if ('lo' in r && DATA_POINT_AFTER.some((w) => text.startsWith(w, c.end))) ctx.noteDataYear(r.lo.y);
    if ('lo' in r) noteTopicYear(ctx, text, c, r.lo);
    noteStyle(ctx, text, c);
  }
  return out;
}

/**
 * The first term the article names with a full year (2027年3月期 → 2027-03): 「上期営業益2.4倍」 in a
 * headline is a half of it before it is written.
 */
function firstNamedTerm(text: string, found: readonly Candidate[]): { y: number; m: number } | null {
  for (const { spec, end } of found) {
    if (spec.kind !== 'calendar' || !namedTerm(spec, text, end) || spec.year?.type !== 'abs') continue;
    const { value } = spec.year;
    if (typeof value === 'number' && spec.month?.type === 'abs' && typeof spec.month.value === 'number')
      return { y: value, m: spec.month.value };
  }
  return null;
}

/**
 * 「取得期間は2月12日から12月23日まで」 in a February article: a span's end with no year of its own is not
 * before its start, so a December the reading put in last year (12月 in a February article) is this one.
 */
function notBefore(r: Resolved, spec: DateSpec, from: Point | null): Resolved {
  if (!from || !('lo' in r) || spec.kind !== 'calendar' || spec.year || spec.month?.type !== 'abs') return r;
  const key = (p: Point) => p.y * 10000 + (p.m ?? 1) * 100 + (p.d ?? 1);
  if (key(r.lo) >= key(from)) return r;
  return { lo: { ...r.lo, y: r.lo.y + 1 }, hi: { ...r.hi, y: r.hi.y + 1 } };
}

// 去年の同じ月を2.6%上回った, 昨年同期より2割多い: the period a year before, as what is compared against.
const BASE_AFTER = /^(?:を|より)/;

/**
 * 「5月の指数は去年の同じ月を2.6%上回った。上昇率は前の月から縮小した」: the same month or period a year
 * before, made the base of a comparison, is no month of the story: 前の月 still counts from 5月.
 */
function sameAsBase(spec: DateSpec, text: string, end: number): boolean {
  return (
    spec.kind === 'calendar' &&
    (spec.sameMonth === true || spec.samePeriod === true) &&
    BASE_AFTER.test(text.slice(end, end + 2))
  );
}

// 28日、: a day set off by a comma dates the sentence it opens.
const DATELINE_AFTER = /^[、，]/;

/** The end of the sentence going on at `from` (its 。 or line break), or the text's end. */
function sentenceEndAfter(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.exec(text)?.index ?? text.length;
}

/** 前年, 前年同期: a year counted back from the last one named. */
function previousYear(spec: DateSpec): boolean {
  return spec.kind === 'calendar' && spec.year?.type === 'rel' && spec.year.word.anchor === 'previous';
}

/**
 * Whether a day named can be the one a later 同日 means: not the bound of a period (受付は5日から12月20日
 * まで。…同日) nor a day that dates a value (6日の終値, 14日現在): 同日 goes back to the day of the event.
 */
function storyDay(text: string, c: Candidate): boolean {
  return !c.bound && !VALUE_DAY_AFTER.some((w) => text.startsWith(w, c.end));
}

// に, まで, から: the particle that ties a date to the verb of its clause.
const TIED_AFTER = /^(?:に|まで|から)/;
// 11月から, 11月以降: the start of what the clause tells (see clauseTense's since)
const SINCE_AFTER = /^(?:から|以降)/;

// 昨年は, 2019年には, 今年も: a year alone, then the topic or a particle that sets the scene.
const TOPIC_AFTER = /^(?:は|には|では|も|にも)/;
const SENTENCE_END = /[。！？\n]/g;

/** A year alone made the topic of its sentence (昨年は…): its months follow it to the sentence's end. */
function noteTopicYear(ctx: DateContext, text: string, c: Candidate, lo: { y: number; m?: number }): void {
  if (c.spec.kind !== 'calendar' || lo.m !== undefined || !TOPIC_AFTER.test(text.slice(c.end, c.end + 2))) return;
  // 今季は12月の解禁から: a season across the turn of the year sets no year for the months after it.
  // ランキング2026は: an edition's year labels a title, and sets no year either.
  if ((c.spec.year?.type === 'rel' && c.spec.year.word.season) || c.spec.edition) return;
  SENTENCE_END.lastIndex = c.end;
  const end = SENTENCE_END.exec(text);
  ctx.topicYear = { y: lo.y, until: end ? end.index : text.length };
}

/** Keeps what the way a year was written tells later ones: its era (平成9年), a decade (1970年代). */
function noteStyle(ctx: DateContext, text: string, c: Candidate): void {
  const year = c.spec.kind === 'calendar' ? c.spec.year : c.spec.kind === 'range' ? c.spec.from.year : null;
  const era = ERAS.find((e) => text.startsWith(e.name, c.start));
  if (era) {
    ctx.nameEra(era);
    ctx.eraStyle = true;
  } else if (year?.type === 'abs') {
    ctx.eraStyle = false;
  }
  if (c.spec.kind === 'decade' && !c.spec.twoDigit) ctx.lastDecade = c.spec.year;
}

/**
 * 同日 / 前年 / 翌日 look from the story's date; they do not become it, so 「10日に入院し、翌日手術、
 * 翌々日退院」 counts both from the 10th and a second 前年 is not two years back. 翌年 and 翌年度 move the
 * story on a year when made what the sentence is about (FOCUS_AFTER): 「2019年に開業した。翌年の利用者数は
 * …前年を上回った」 compares 2020 with 2019.
 */
function remembers(spec: DateSpec, after: string): boolean {
  if (spec.kind !== 'calendar') return spec.kind === 'range' || spec.kind === 'ago';
  if (spec.edition) return false;
  const rel = spec.day?.type === 'rel' ? spec.day : spec.month?.type === 'rel' ? spec.month : spec.year;
  if (rel?.type === 'rel' && rel === spec.year && rel.word.offset > 0 && FOCUS_AFTER.test(after)) return true;
  return !(rel?.type === 'rel' && rel.word.anchor === 'previous');
}

// 翌年の利用者数, 翌年は, 翌年度も: the year after as what its sentence is about; 次の年に完成した is a step
// of a chain told from the first year (その前の年 after it still counts from 2020年).
const FOCUS_AFTER = /^(?:の|は|も)/;

// 震災が起きた翌年, 事故の翌日: a clause or a noun before the word names the event it counts from.
const EVENT_BEFORE = /[たのだ]$/;
// また同年, まただ: adverbs that end like a past verb.
const NOT_EVENT = /(?:また|まだ|ただ)$/;

/**
 * 「震災が起きた翌年」「事故の翌日」 count from an event, not from the publication date: when the
 * article has named no date of that kind to anchor them (2011年3月の震災の翌年 → 2012), their
 * value would be a guess, so they are left out.
 */
function unanchoredEvent(text: string, c: Candidate, ctx: DateContext): boolean {
  const { spec } = c;
  const before = text.slice(Math.max(0, c.start - 2), c.start);
  if (spec.kind !== 'calendar' || !EVENT_BEFORE.test(before) || NOT_EVENT.test(before)) return false;
  const rel = spec.day?.type === 'rel' ? spec.day : spec.month?.type === 'rel' ? spec.month : spec.year;
  if (rel?.type !== 'rel' || rel.word.anchor !== 'previous') return false;
  const unit = rel.word.unit;
  if (unit === 'day') return ctx.lastDay === null;
  if (unit === 'month') return ctx.lastMonth === null;
  return ctx.lastYear === null;
}

/** 昨日 / 今日 / 明日: words that count from the moment of speaking. */
function speaks(spec: DateSpec): boolean {
  return spec.kind === 'calendar' && spec.day?.type === 'rel' && spec.day.word.anchor === 'speech';
}

function writtenYear(spec: DateSpec): boolean {
  if (spec.kind === 'calendar' && spec.edition) return false;
  const year = spec.kind === 'calendar' ? spec.year : spec.kind === 'range' ? spec.from.year : null;
  return year?.type === 'abs' || year?.type === 'two';
}

/** Suffixes kuromoji may glue to a relative word (昨年来, 今年中) without making it another word. */
const GLUED_SUFFIX = /[来末中内頭初]/;

/**
 * 昨年産米, 今年産: kuromoji reads 昨|年産 (annual output), but a year word before 産 or 製 is the year
 * of origin (lexicon YEAR_OF_ORIGIN). Only after 年: 前日産 is "former Nissan".
 */
function yearOfOrigin(text: string, end: number): boolean {
  return text[end - 1] === '年' && YEAR_OF_ORIGIN.some((w) => text.startsWith(w, end));
}

/**
 * Whether [start, end) is a word: it starts a token and ends one, or is followed by a suffix that
 * the tokenizer glued on (昨年来). 明日香, 前日銀総裁 and 前日産社長 (a former post: formerPost) fail.
 * Test seam: without tokens (a fake tokenizer) every span counts as a word.
 */
function wordCheck(text: string, tokens: readonly Token[]): WordCheck {
  if (tokens.length === 0) return () => true;
  // Tokens are sorted, never empty and never overlap, so the token a word starts (or ends) with is the
  // one a binary search finds: no set of every token's offsets is built per text (a tenth of the stage).
  const starts = (at: number) => (tokens[tokenAt(tokens, at)] as Token | undefined)?.start === at;
  const ends = (at: number) => (tokens[tokenAt(tokens, at - 1)] as Token | undefined)?.end === at;
  const check: WordCheck = (start, end) =>
    starts(start) &&
    (ends(end) || GLUED_SUFFIX.test(text[end] ?? '') || yearOfOrigin(text, end)) &&
    !formerPost(tokens, tokenAt(tokens, start));
  check.verbAt = (at) => {
    const t = tokens[tokenAt(tokens, at)];
    return t?.start === at && isVerb(t);
  };
  return check;
}
