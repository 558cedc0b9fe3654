import { anniversaryTail, comparedGap, lengthIsDays } from '../dates/guards';
import type { CounterEntry } from '../lexicon/counters';
import { DAYS_BACK_TAIL, DURATION_MARKERS, DURATION_PREFIXES, TIME_SPENDING_VERBS } from '../lexicon/duration-words';
import { LENGTH_NOUNS, TERM_NOUNS, YEAR_MARKERS } from '../lexicon/qualifiers';
import { WordIndex } from '../lexicon/word-table';
import { type Numeral, numeralAt } from '../numbers/scan';
import { isAdverb, isAdverbialNoun, isCommonNoun, isIndependent, isNoun, isSahenNoun, isVerb } from '../text/pos';
import { DIGIT, isDigit, isKanji, KANA, KANJI } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Ctx } from './draft';
import { prefixQualifiers, type Qualified } from './qualify';
import { yearsOfEvent, yearsOfTerms } from './years-of';

const DURATION_BEFORE = WordIndex.of(DURATION_PREFIXES);
const DURATION_PREFIX_SET: ReadonlySet<string> = new Set(DURATION_PREFIXES);
const DURATION_AFTER = WordIndex.of(DURATION_MARKERS);
const YEAR_AFTER = WordIndex.of(YEAR_MARKERS);
const LEADING_ZERO = new RegExp(`^[0０][${DIGIT}]`);
const KANA_OR_KANJI = new RegExp(`^[${KANA}${KANJI}]+$`, 'u');
// を, が, は after N年 (と is left alone: 2年と3年の生徒 are school years).
const CASE_AFTER = /^[をがは]/;
// 10年で100個, 5年で約2倍, 10年で倍増: a quantity reached within the years.
// 約, およそ, ほぼ before a number, and a digit or kanji numeral: what opens a quantity written next.
const ABOUT = '(?:約|およそ|ほぼ)?';
const NUMERAL_CHAR = `[${DIGIT}〇一二三四五六七八九十]`;
const QUANTITY_NEXT = new RegExp(`^${ABOUT}(?:${NUMERAL_CHAR}|倍|半)`);

/**
 * Whether 「N年」 or 「N日」 — a counter the lexicon reads only when marked (`rule: 'marker'`), since
 * alone it is mostly a date — is a length of time here: a word before (約10年, 過去5年, 創業115年), a
 * word after (3年間, 10年以上, 10年もの間, 25年の歴史), a term (3年契約), stress (2年も前), more days
 * than a month has (在任2798日), or the grammar of a length of time (10年で100個, 10年ほとんど, 30年勤めた).
 */
export function isMarkedDuration(ctx: Ctx, a: Numeral, pre: Qualified, entry: CounterEntry, unitEnd: number): boolean {
  const { text } = ctx;
  const v = a.reading.value ?? 0;
  const year = entry.unit === '年';
  // 2000年以上前 is a year, and so is 08年 (a length of time has no leading zero); 1万2000年前 is not
  if (year && ((v >= 1000 && v < 3000) || LEADING_ZERO.test(a.written))) return false;
  // 15日で2年となった: the day an anniversary is reached, a date (dates/guards.ts)
  if (entry.unit === '日' && anniversaryTail(text, unitEnd)) return false;
  // 30年度, 5年度: a fiscal year is a label, never a length (which is written 5年間).
  if (year && text[unitEnd] === '度') return false;
  // 少なくとも30日まで続く: at least until the 30th, a day (a length at least that long is 30日間); but
  // 最長30日まで, 最大10年まで are lengths up to a bound.
  if (pre.bound === 'min' && text.startsWith('まで', unitEnd)) return false;
  if (
    DURATION_BEFORE.longestEndingAt(text, pre.edge) !== undefined ||
    pre.words.some((w) => DURATION_PREFIX_SET.has(w)) ||
    (year && sinceBefore(ctx, pre.edge))
  )
    return true;
  // 在任2798日: no month has more than 31 days, so it is a count of days.
  if ((entry.unit === '日' && v > 31) || (year && v >= 3000)) return true;
  // 週2日出勤, 週休2日: days of a week (seven at most) are counted, never a date.
  if (entry.unit === '日' && Number.isInteger(v) && v >= 1 && v <= 7 && perWeek(text, pre)) return true;
  if (DURATION_AFTER.longestAt(text, unitEnd) !== undefined || comparedGap(text, pre.edge, unitEnd)) return true;
  // 3日前に届け出た: days counted back; not 3日前後 (around the 3rd) nor a word of 前 (17日前夜, 5日前半)
  if (!year && text.startsWith(DAYS_BACK_TAIL, unitEnd) && !isKanji(text[unitEnd + DAYS_BACK_TAIL.length])) return true;
  if (listedBeforeDuration(ctx, a, entry, unitEnd)) return true;
  if (!year)
    return entry.unit === '日' && (daysToQuantity(text, pre.edge, unitEnd) || lengthIsDays(text, pre.edge, unitEnd));
  return (
    closingSpan(text, pre.edge, unitEnd) ||
    yearTerm(ctx, pre.edge, unitEnd, v) ||
    emphasised(ctx, a, pre.edge, unitEnd, v) ||
    YEAR_AFTER.longestAt(text, unitEnd) !== undefined ||
    lengthSetTo(text, pre.edge, unitEnd, v) ||
    spentYears(ctx, a, pre.edge, unitEnd, v) ||
    yearsOfEvent(ctx, pre.edge, unitEnd, v) ||
    yearsOfTerms(text, pre.edge)
  );
}

/**
 * 「3日で1万人超」「5日で倍に」: N日で before a quantity is the time it took to reach it (a day of the
 * month takes に or は: 3日に1万人, 3日では). Not after a month (11月3日で) or a digit.
 */
function daysToQuantity(text: string, start: number, at: number): boolean {
  if (text[at] !== 'で' || text[start - 1] === '月' || isDigit(text[start - 1])) return false;
  return QUANTITY_NEXT.test(text.slice(at + 1, at + 4)) && !ANNIVERSARY_NEXT.test(text.slice(at + 1, at + 8));
}

// 戦闘が始まって15日で2年となった, 1日で半年: years or months reached on a day are an anniversary (the
// 15th), never a quantity reached within so few days.
const ANNIVERSARY_NEXT = new RegExp(`^${ABOUT}(?:${NUMERAL_CHAR}+(?:年|カ月|ヵ月|ヶ月|か月|周年)|半年)`);

// 10年、20年先: the list marks that join lengths of time written alike (2年と3年の生徒 are school years).
const LIST_MARKS: ReadonlySet<string> = new Set(['、', 'や', 'か']);

/**
 * 10年、20年先を見据え, 2日か3日以内に: the first of two lengths of time listed together takes the
 * marking of the second, written with the same counter right after the list mark.
 */
function listedBeforeDuration(ctx: Ctx, a: Numeral, entry: CounterEntry, unitEnd: number): boolean {
  const { text } = ctx;
  if (!LIST_MARKS.has(text[unitEnd] ?? '')) return false;
  const b = numeralAt(text, unitEnd + 1);
  if (!b || b.reading.vague || !text.startsWith(entry.surface, b.end)) return false;
  // 1年、1年が勝負: the same length said twice is each one in turn (like 1人1人), not two lengths.
  if (b.reading.value === a.reading.value) return false;
  return isMarkedDuration(ctx, b, prefixQualifiers(text, b.start), entry, b.end + entry.surface.length);
}

// What closes a headline or a sentence right after N年: its end, a full stop, a closing bracket, a space.
const CLOSING = /^(?:$|[。\n　 」』])/;

/** 週|2日, 週休|2日: a week written right before the days (週 a standalone qualifier, 週休 a word). */
function perWeek(text: string, pre: Qualified): boolean {
  return pre.words.includes('週') || text.endsWith('週休', pre.edge);
}

/**
 * 「下請け脱却の10年」「復興の歩み、その10年。」「店を始めて今年で15年。」: N年 after の or で that
 * closes the line or the sentence is the span the phrase looks back on (a year is written with what
 * happened in it, not closing on の); after a verb's て it may go on after 、 (店を始めて5年、).
 */
function closingSpan(text: string, start: number, at: number): boolean {
  const before = text[start - 1];
  // 「投資」を掲げて3年。, 店を始めて5年、: the years since what the verb before て did
  if (before === 'て') return CLOSING.test(text.slice(at, at + 1)) || text[at] === '、';
  return (before === 'の' || before === 'で') && CLOSING.test(text.slice(at, at + 1));
}

// What closes a term a rule sets: 任期は4年に, 4年。, 4年です, 4年で、, 4年とする, 4年、 (not まで: 令和2年から5年まで).
const TERM_END = /^(?:に|で|と|[。、\n」]|$)/;
// 任期は今月20日から4年: the date the term runs from, between the length noun and the length.
const RUNS_FROM = /[^、。はを]{1,12}から$/;

/**
 * 更新の間隔を5年に延ばす, 任期は4年。, 任期は今月20日から4年: a length a rule sets, N年 after a length
 * noun and は/を (with the date it runs from between), closing the clause. One digit only (更新は25年に行う
 * is in 2025).
 */
function lengthSetTo(text: string, start: number, at: number, v: number): boolean {
  if (v >= 10 || !TERM_END.test(text.slice(at, at + 1))) return false;
  const from = RUNS_FROM.exec(text.slice(Math.max(0, start - 14), start));
  const head = from ? start - from[0].length : start;
  if (!/[はを]/.test(text[head - 1] ?? '')) return false;
  return LENGTH_NOUNS.some((n) => text.endsWith(n, head - 1));
}

/** The token starting exactly at `pos`, if any. */
function tokenStarting(tokens: readonly Token[], pos: number): Token | undefined {
  const t = tokens[tokenAt(tokens, pos)];
  return t?.start === pos ? t : undefined;
}

// The last character of a date: 2015年から, 2016年4月から, 3月1日から.
const DATE_END = /[年月日]/;

/**
 * 創業115年, 設立20年, 戦後80年, 創業以来50年: an event noun (or 以来) right before N年 counts the years
 * since it; so does から after anything but a date (父の代から60年, 発売から20年; 2015年から20年 and
 * 2016年4月から19年10月 are spans of dates).
 */
function sinceBefore(ctx: Ctx, at: number): boolean {
  if (ctx.text.endsWith('から', at)) return !(DATE_END.test(ctx.text[at - 3] ?? '') || isDigit(ctx.text[at - 3]));
  const t = ctx.tokens[tokenAt(ctx.tokens, at - 1)];
  if (!t || t.end !== at || !isNoun(t) || !KANA_OR_KANJI.test(t.surface)) return false;
  return isSahenNoun(t) || (isAdverbialNoun(t) && (t.surface.endsWith('後') || t.surface === '以来'));
}

/**
 * 3年契約, 5年計画, 10年国債: N年 before a common noun is a term. Two-digit numbers could be years
 * (19年参院選 is written with a proper noun, but 22年問題 is not), so those need a term noun.
 */
function yearTerm(ctx: Ctx, start: number, at: number, v: number): boolean {
  // 慶応4年閏4月: after a kanji name (an era, a title) N年 is a year.
  if (isKanji(ctx.text[start - 1])) return false;
  const t = tokenStarting(ctx.tokens, at);
  if (!t || !isNoun(t) || (!isCommonNoun(t) && !isSahenNoun(t)) || !KANA_OR_KANJI.test(t.surface)) return false;
  return v < 10 || v >= 100 || TERM_NOUNS.has(t.surface);
}

/**
 * 2年も前, 3年もかかった: も stresses a length of time. Two digits are left to dates (20年も), but
 * not in kanji (十四年も早く is no year unless an era is written before it: 平成十四年も), nor before a
 * verb of spending time (10年も続いた).
 */
function emphasised(ctx: Ctx, a: Numeral, start: number, at: number, v: number): boolean {
  const { text } = ctx;
  if (text[at] !== 'も') return false;
  if (v < 10 || v >= 100 || (a.kanjiOnly && !isKanji(text[start - 1]))) return true;
  const t = tokenStarting(ctx.tokens, at + 1);
  return !isKanji(text[start - 1]) && isVerb(t) && TIME_SPENDING_VERBS.has(t?.basic ?? '');
}

/**
 * A year takes a particle (24年に, 19年の); a length of time may go straight into the clause:
 * 「3年で黒字化」「10年で100個」 (within), 「10年ほとんど売れなかった」 (an adverb), 「30年勤めた」
 * (a verb of spending time), 「工期は7年を見込む」 (a case particle after a number no year is written with). Two digits could be a short year (19年開かれた, 24年では), so they need
 * a quantity after で or a verb of spending time; after an era's kanji (平成5年で) it is a year.
 */
function spentYears(ctx: Ctx, a: Numeral, start: number, at: number, v: number): boolean {
  const { text } = ctx;
  if (isKanji(text[start - 1])) return false;
  const short = v < 10 || v >= 100;
  // 米作り四十年で: in kanji, two digits are a year only after an era's name (平成二十年で), excluded above.
  if (text[at] === 'で')
    return text[at + 1] !== 'は' && (short || a.kanjiOnly || QUANTITY_NEXT.test(text.slice(at + 1, at + 4)));
  // 工期は7年を見込む, 最初の3年は赤字: a case particle after a number no year is written with (in
  // kanji, 孫の一年を描いた is a year of a life, a word more than a figure).
  if (short && !a.kanjiOnly && CASE_AFTER.test(text.slice(at, at + 1))) return true;
  const t = tokenStarting(ctx.tokens, at);
  if (isAdverb(t)) return true;
  return isVerb(t) && isIndependent(t) && (short || TIME_SPENDING_VERBS.has(t?.basic ?? ''));
}
