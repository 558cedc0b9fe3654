import type { CounterEntry } from '../lexicon/counters';
import { DENOMINATION_NOUNS } from '../lexicon/denominations';
import { GAME_CLOCK_WORDS } from '../lexicon/matches';
import {
  COUNTER_IDIOMS,
  COUNTRY_GROUP_SIZES,
  KIND_NOUNS_AFTER,
  KIND_SUFFIXES,
  NAMING_AFTER,
  NAMING_BEFORE,
  NAMING_IN_BRACKETS,
  ORDINAL_SUFFIXES,
} from '../lexicon/non-figures';
import { DERIVING_SUFFIXES } from '../lexicon/open-counters';
import { WordIndex } from '../lexicon/word-table';
import { readNumeral } from '../numbers/numerals';
import type { Numeral } from '../numbers/scan';
import { isSuffix } from '../text/pos';
import { DIGIT } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { isGluedNumber } from './context';
import { isLaterSide, readDimensions } from './dimensions';
import { type Ctx, type Draft, valueFields } from './draft';
import { isMarkedDuration } from './durations';
import { finishDraft } from './finish';
import { readFloors } from './floors';
import { isInning } from './innings';
import { isOneAsRecordBase } from './one-as-record-base';
import { isOneIdiom, isShareOut } from './one-idioms';
import { counterAfter, namedBefore } from './open-counter';
import { perDenominator } from './per';
import { prefixQualifiers, type Qualified } from './qualify';
import { readRange } from './range';
import { readPointThree, readRatio, readSlashFraction } from './ratio';
import { ranksRecord } from './record-rank';
import { smallerUnit } from './smaller-units';
import { readMagnitudeLetter, readUnitless } from './special';
import { refineUnit } from './units';
import { readYearsAndMonths } from './years-months';

const ORDINAL_AFTER = WordIndex.of(ORDINAL_SUFFIXES);
// 時59分 before a number of seconds: a clock time written to the second.
const CLOCK_MINUTE_BEFORE = new RegExp(`時[${DIGIT}〇一二三四五六七八九十]{1,3}分$`);
const KIND_AFTER: ReadonlySet<string> = new Set(KIND_SUFFIXES);
const IDIOMS = WordIndex.of(COUNTER_IDIOMS);
/** Whether a word of `index` is written at `pos`. */
const startsWithAny = (text: string, pos: number, index: WordIndex) => index.longestAt(text, pos) !== undefined;

/**
 * Builds the figures that start with the numeral `a`: the number, its counter or unit, a range or
 * ratio it heads, and the qualifiers on both sides. Empty when `a` is no figure (2024年, 第2次, G7).
 * `allowRate` lets `a` be the denominator of a rate (1人あたり10万円).
 */
export function buildFigures(ctx: Ctx, a: Numeral, allowRate = true): Draft[] {
  const { text } = ctx;
  // 1/2, 2/3: a slash glues numbers into dates and paths, but a proper fraction is read first.
  const slashed = readSlashFraction(ctx, a);
  if (slashed) return [finishDraft(ctx, prefixQualifiers(text, a.start), slashed)];
  const average = readPointThree(text, a);
  if (average) return [finishDraft(ctx, prefixQualifiers(text, average.start), average)];
  // 108×148×230mm, W300×D200×H100mm gives three figures: only the first takes the prefixes before it.
  if (isLaterSide(text, a.start)) return [];
  const sides = readDimensions(ctx, a);
  if (sides) return sides.map((d, i) => finishDraft(ctx, prefixQualifiers(text, i === 0 ? a.start : d.start), d));
  const magnitude = readMagnitudeLetter(text, a);
  if (magnitude) return [finishDraft(ctx, prefixQualifiers(text, magnitude.start), magnitude)];
  if (isGluedNumber(text, a.start, a.end)) return [];
  const pre = prefixQualifiers(text, a.start);
  // 三・四人 is three or four people; 一・五倍 stays 1.5 times.
  const listed = listedPair(a);
  const pair = listed ? readRange(ctx, listed) : null;
  if (pair && pair.kind !== 'ratio' && pair.kind !== 'percent' && pair.kind !== 'measure')
    return [finishDraft(ctx, pre, pair)];
  // 3分の1, 4割, 2割5分
  const ratio = readRatio(ctx, a);
  if (ratio) return [finishDraft(ctx, pre, ratio)];
  // 3〜4万人, 3万〜4万人, 25度から30度, 二、三人
  const range = readRange(ctx, a);
  if (range) return [finishDraft(ctx, pre, range)];
  const counter = counterAfter(ctx, a);
  // 地上30階、地下3階: a building's floors, though 階 alone places a thing (地下1階にある).
  const floors = counter ? null : readFloors(ctx, a);
  if (floors) return [finishDraft(ctx, pre, floors)];
  if (!counter) return readUnitless(ctx, a, pre).map((d) => finishDraft(ctx, pre, d));
  // 1人1人, 1つ1つ: one by one is an idiom, not a rate of one per one; nor is 1人1台 (one each).
  if (startsWithAny(text, a.end, IDIOMS) || isShareOut(text, a, counter.end)) return [];
  // 1試合1試合, 一歩一歩, 1球1球: one and its counter said twice is "one at a time", no count.
  if (a.reading.value === 1 && text.startsWith(text.slice(a.start, counter.end), counter.end)) return [];
  // 1年9カ月, 3年と2カ月: one length of time, not a year and then months (nor 1年 as a rate's denominator).
  const yearsMonths = readYearsAndMonths(ctx, a, counter);
  if (yearsMonths) return [finishDraft(ctx, pre, yearsMonths)];
  // 1人あたり10万円, 3人に1人, 1時間に80ミリ: the first number is a denominator.
  // The numerator is built with allowRate = false: 1日1日1日… never recurses more than once.
  const per = allowRate ? perDenominator(ctx, a, counter, (c, b) => buildFigures(c, b, false)) : null;
  if (per) return per.map((d) => ({ ...d, start: Math.min(d.start, pre.edge) }));
  const single = readCounted(ctx, a, pre, counter.entry, counter.end);
  return single ? [finishDraft(ctx, pre, single)] : [];
}

// 残り1分|30秒: the minutes a clock reading gives before its seconds.
const CLOCK_MINUTES = /[0-9０-９]{1,2}分$/;

/** True when the number at `start` reads the game clock: 残り|2分, 残り1分|30秒. */
function onGameClock(text: string, start: number): boolean {
  const minutes = CLOCK_MINUTES.exec(text.slice(Math.max(0, start - 3), start));
  const at = minutes ? start - minutes[0].length : start;
  return GAME_CLOCK_WORDS.some((w) => text.endsWith(w, at));
}

/** Halves of a match: 前半23分, 後半ロスタイム, 延長後半5分 name a moment of the game. */
const MATCH_HALVES: readonly string[] = ['前半', '後半'];
const NEIGHBOURS = /^([一二三四五六七八])・([二三四五六七八九])$/;

/** 三・四 read as a decimal: its first digit alone when the two are neighbours (a list), else null. */
function listedPair(a: Numeral): Numeral | null {
  const m = a.kanjiOnly ? NEIGHBOURS.exec(a.written) : null;
  const head = m ? readNumeral(m[1] ?? '') : null;
  const tail = m ? readNumeral(m[2] ?? '') : null;
  if (!m || !head || head.value === null || tail?.value !== head.value + 1) return null;
  return { start: a.start, end: a.start + 1, written: m[1] ?? '', reading: head, kanjiOnly: true };
}
/** The token starting exactly at `pos`, if any. */
function tokenStarting(tokens: readonly Token[], pos: number): Token | undefined {
  const t = tokens[tokenAt(tokens, pos)];
  return t?.start === pos ? t : undefined;
}

/** 一本化, 二極化: a derived word, not a count. */
function derivedWord(ctx: Ctx, at: number): boolean {
  const t = tokenStarting(ctx.tokens, at);
  return !!t && isSuffix(t) && DERIVING_SUFFIXES.has(t.surface);
}

/** A number with its counter: 3万人, 7カ月, 1年半, 30代; null for dates and ordinals (2024年, 3人目). */
function readCounted(ctx: Ctx, a: Numeral, pre: Qualified, entry: CounterEntry, unitEnd: number): Draft | null {
  const { text } = ctx;
  if (startsWithAny(text, unitEnd, ORDINAL_AFTER) || startsWithAny(text, a.end, IDIOMS)) return null;
  // The second half of 1人1人, 1つ1つ (one by one): the same one and counter written right before.
  const written = text.slice(a.start, unitEnd);
  if (a.reading.value === 1 && text.endsWith(written, a.start)) return null;
  // 午後3時15分: minutes after an hour are a time of day (but 当時54歳 is an age); 前半23分 is the
  // minute of a match.
  if ((entry.unit === '分' || entry.unit === '秒') && text[a.start - 1] === '時') return null;
  // 23時59分59秒: the seconds of a time of day
  if (entry.unit === '秒' && CLOCK_MINUTE_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start))) return null;
  if (entry.unit === '分' && MATCH_HALVES.some((w) => text.endsWith(w, a.start))) return null;
  // 前半12分に先制…同28分に同点: 同 points back to the half (or hour) named, a minute of it, no length
  // of time (28分間 is one).
  if (entry.surface === '分' && text[a.start - 1] === '同') return null;
  // 残り2分で, 残り1分30秒: the game clock, not a length of time.
  if ((entry.unit === '分' || entry.unit === '秒') && onGameClock(text, a.start)) return null;
  // 起死回生の一発, 一人の女性, 一発逆転, の1つ: a word of the language, not a count of one.
  if (isOneIdiom(ctx, a, entry, unitEnd)) return null;
  // 1試合としては歴代最多: the base a record is measured over, not a count of one.
  if (isOneAsRecordBase(text, a, unitEnd)) return null;
  // 日航123便: a name glued before the number makes it a designation (国内線86便, 計86便 are counts).
  if (entry.rule === 'designation' && pre.edge === a.start && namedBefore(ctx.tokens, a.start)) return null;
  // 過去2番目の少なさ is a rank; 列の2番目 a place in a row.
  if (entry.rule === 'record' && !ranksRecord(text, ctx.tokens, a.start, unitEnd)) return null;
  if (derivedWord(ctx, unitEnd)) return null;
  // 7人制ラグビー, 2学期制, 5つ星: a suffix of its own (not 5人制限) makes the number name a kind.
  // 3点シュート, 3ポイントシュート: the points a shot is worth name its kind.
  const next = tokenStarting(ctx.tokens, unitEnd)?.surface ?? '';
  if (KIND_AFTER.has(next) || KIND_NOUNS_AFTER[text.slice(a.end, unitEnd)]?.includes(next)) return null;
  // 主要7カ国（G7）, 大型2種免許: a group or a class named by its number.
  if (namedByNumber(text, a, unitEnd)) return null;
  // 1万円札, 500円玉, 100円ショップ: a coin, a note or a kind of shop, named by its face value.
  if (entry.kind === 'money' && DENOMINATION_NOUNS.has(tokenStarting(ctx.tokens, unitEnd)?.surface ?? '')) return null;
  // 同点の7回、: an inning of a baseball game is a place in it, not a count of times.
  if (entry.surface === '回' && isInning(text, a.start, unitEnd, a.reading.value)) return null;
  // 十数年前 is counted back like a date; 数年 alone is a duration. Days are not counted back as
  // dates (core/lexicon/relative-dates.ts), so 数日前 / 数日後 stay a vague length of time.
  if (entry.rule === 'marker' && a.reading.vague && entry.unit === '年' && /^[前後]/.test(text[unitEnd] ?? ''))
    return null;
  // 3年間, 約10年, 10年で100個: 年 and 日 are a length of time only where something marks them so.
  if (entry.rule === 'marker' && !a.reading.vague && !isMarkedDuration(ctx, a, pre, entry, unitEnd)) return null;
  // 30代: a band of ten (30–39), from a round number only.
  const n = a.reading.value;
  if (entry.rule === 'band' && (n === null || n % 10 !== 0 || n <= 0 || n > 120)) return null;
  const fields =
    entry.rule === 'band' && n !== null ? { ...valueFields(a), value: null, min: n, max: n + 9 } : valueFields(a);
  // 1年半, 2時間半: half a unit more.
  const half =
    entry.kind === 'duration' &&
    text[unitEnd] === '半' &&
    fields.value !== null &&
    !/[ば減額数]/.test(text[unitEnd + 1] ?? '');
  const whole =
    half && fields.value !== null
      ? { value: fields.value + 0.5, end: unitEnd + 1 }
      : { value: fields.value, end: unitEnd };
  const { value, end, place, upper, unit: smallest } = smallerUnit(text, a, pre, entry, whole);
  const refined = refineUnit(text, a.start, entry, pre.unit, unitEnd);
  const { kind } = refined;
  const unit = smallest ?? refined.unit;
  return {
    start: a.start,
    end,
    coreStart: a.start,
    coreEnd: a.end,
    ...fields,
    value,
    ...(upper !== undefined ? { value: null, min: value, max: upper } : {}),
    unit,
    kind,
    approx: fields.vague,
    bound: null,
    change: null,
    ...(place ? { lastPlace: place } : {}),
  };
}

// 主要20カ国・地域（G20）: an acronym in brackets after the count, carrying its number.
const ACRONYM_AFTER = /^(?:・地域)?[（(][A-Za-zＡ-Ｚａ-ｚ]+([0-9０-９]+)[）)]/;

/**
 * 主要7カ国（G7）, 主要20カ国・地域（G20）, 先進7カ国, 大型2種免許: the number names a group (its acronym
 * carries the same number) or a class (core/lexicon/non-figures.ts NAMING_BEFORE / NAMING_AFTER); 主要5カ国
 * is five countries (COUNTRY_GROUP_SIZES).
 */
function namedByNumber(text: string, a: Numeral, unitEnd: number): boolean {
  const counter = text.slice(a.end, unitEnd);
  const sizes = COUNTRY_GROUP_SIZES[counter];
  const size = !sizes || sizes.has(a.reading.value ?? Number.NaN);
  if (size && NAMING_BEFORE[counter]?.some((w) => text.endsWith(w, a.start))) return true;
  if (NAMING_AFTER[counter]?.some((w) => text.startsWith(w, unitEnd))) return true;
  // 日経平均株価（225種）: the number alone in brackets after an index names it
  const open = text[a.start - 1] ?? '';
  if ((open === '（' || open === '(') && /^[）)]/.test(text[unitEnd] ?? ''))
    if (NAMING_IN_BRACKETS[counter]?.some((w) => text.endsWith(w, a.start - 1))) return true;
  const acronym = ACRONYM_AFTER.exec(text.slice(unitEnd, unitEnd + 16));
  return !!acronym && acronym[1]?.normalize('NFKC') === a.written.normalize('NFKC');
}
