import {
  AGO_COMPARED,
  AGO_SUFFIXES,
  KANA_WORD_FOLLOWERS,
  RELATIVE_WORDS,
  type RelativeWord,
  YEAR_TURN_FROM,
  YEAR_TURN_SEASONS,
  YEAR_TURN_TO,
} from '../lexicon/relative-dates';
import { WordIndex } from '../lexicon/word-table';
import { numeralAt, numeralRunAt } from '../numbers/scan';
import { HIRAGANA } from '../text/script';
import { readNumeral } from './numerals';
import type { AgoSpec, Parsed, RangeSpec, Span, WordCheck } from './spec';

/** Relative words, longest first at each position: 一昨年 before 昨年, 昨年度 before 昨年. */
const RELATIVE = new WordIndex(RELATIVE_WORDS.map((w) => [w.surface, w] as const));

/** Characters a relative word can start with (for the scanner's trigger). */
export const RELATIVE_FIRST_CHARS: readonly string[] = [...new Set(RELATIVE_WORDS.map((w) => w.surface[0] as string))];

const HIRAGANA_WORD = new RegExp(`^[${HIRAGANA}]+$`);

/**
 * きょうは, あすから: a particle after a kana date word (きょうだい is another word); or a verb written in
 * kana that the tokenizer starts there (「厚労省がきょうまとめました」).
 */
function followedByParticle(text: string, at: number, isWord: WordCheck): boolean {
  return KANA_WORD_FOLLOWERS.some((w) => text.startsWith(w, at)) || isWord.verbAt?.(at) === true;
}

/**
 * 前日比, 前週比, 前日を上回った: a day's or a week's base of comparison fused with 比 is the market's
 * tick (終値は前日比120円高), not a date of the story — unless its sentence names the trading day it is
 * the day before (「12日の東京株式市場で一時、前日比12%高」 → the 11th: see `tick`). A year's, a fiscal
 * year's or a month's (前年比, 前年度当初比, 前年同月比, 前月比) names the period compared with: it is a
 * date, as 前年 alone is.
 */
const COMPARISON = /^(?:(?:同期|同月|度)?(?:当初)?比|同期|同月)/;
const PERIOD_UNITS: ReadonlySet<RelativeWord['unit']> = new Set(['year', 'fiscal', 'month']);

/**
 * 2018年同期, 昨年同期, 前年同期比, 去年の同じ時期: after a year, "the same period" of that year (in 同期比
 * too, the ratio against it). The date's mention takes it in, not the 比. 前年同月末 (「12月末時点で…前年同月末
 * に比べ」) is the end of that month: the month still.
 */
export const SAME_PERIOD = /^(?:同(?:月末|期|月|時期)|の同じ(?:時期|月))/;

/** 前年同月, 前年同月末, 昨年の同じ月: "the same month" of that year, the month the story is in. */
export const SAME_MONTH = /^(?:同月末?|の同じ月)$/;

/** 前年同月, 前年の同じ月: "the same month" after a base of comparison belongs to it. */
const COMPARED_BEFORE = /前(?:年度?|月|期)の?$/;

/**
 * Reads the longest relative word at `i`: 「一昨年」「昨年度」「先月」「同日」. `isWord` says whether
 * [start, end) is a whole word in the tokenisation, so 明日香 (a name) and 前日銀総裁 are not dates.
 */
export function readRelativeWord(
  text: string,
  i: number,
  isWord: WordCheck,
): { word: RelativeWord; end: number; tick?: true } | null {
  const word = RELATIVE.longestAt(text, i)?.[1];
  if (!word || insideYearTurn(text, i)) return null;
  const end = i + word.surface.length;
  const after = text.slice(end, end + 3);
  // 昨年同期, 前年同月 (the same period a year before) are dates of their own, and so is the period
  // a ratio is taken against (前年同月比, 前年度比: 前年同月, 前年度); 前日比 is a market's tick.
  const samePeriod = SAME_PERIOD.test(after);
  const tick = !samePeriod && COMPARISON.test(after) && !(PERIOD_UNITS.has(word.unit) && word.offset < 0);
  const dayBefore = word.unit === 'day' && word.anchor === 'previous' && word.offset < 0;
  if ((tick && !dayBefore) || !isWord(i, end)) return null;
  if (tick) return { word, end, tick };
  if (word.anchor === 'previous' && word.offset === 0 && COMPARED_BEFORE.test(text.slice(Math.max(0, i - 4), i)))
    return null;
  if (HIRAGANA_WORD.test(word.surface) && HIRAGANA_WORD.test(text[end] ?? '') && !followedByParticle(text, end, isWord))
    return null;
  return { word, end };
}

/** 年末年始 at or around `i`: neither 年末 nor 年始 inside it is a date of its own. */
function insideYearTurn(text: string, i: number): boolean {
  return YEAR_TURN_SEASONS.some((w) => {
    for (let from = Math.max(0, i - w.length + 1); from <= i; from++) if (text.startsWith(w, from)) return true;
    return false;
  });
}

// 前回の年末年始, 2018年度の年末年始, 昨年年末年始: another turn than the nearest is named before it.
const OTHER_TURN_BEFORE = /[の\p{Script=Han}0-9０-９〇]$/u;

/**
 * 「年末年始の2週間で」 in a December article: the turn of the year nearest the article, December to
 * January, as a range (left out when DateContext.turnYear cannot tell which). Not after a word that
 * names another turn (前回の年末年始).
 */
export function readYearTurnSeason(
  text: string,
  i: number,
  isWord: (start: number, end: number) => boolean,
): Parsed<RangeSpec> | null {
  const w = YEAR_TURN_SEASONS.find((s) => text.startsWith(s, i));
  if (!w || !isWord(i, i + w.length) || OTHER_TURN_BEFORE.test(text.slice(Math.max(0, i - 1), i))) return null;
  const month = (word: RelativeWord) =>
    ({ kind: 'calendar', year: { type: 'rel', word }, month: null, day: null, part: null, time: null }) as const;
  return { spec: { kind: 'range', from: month(YEAR_TURN_FROM), to: month(YEAR_TURN_TO) }, end: i + w.length };
}

/** Vague numerals before 年前, read longest first: 数年前 is two to nine years back, 数十年前 20 to 99. */
const VAGUE_COUNTS = new WordIndex<readonly [number, number]>([
  ['十数', [11, 19]],
  ['数十', [20, 99]],
  ['数', [2, 9]],
]);
/** Words between the count and 前 that only say "about" or "more than": 10年ほど前, 20年以上前. */
const ABOUT = ['ほど', 'くらい', 'ぐらい', '程度', '余り', 'あまり', '近く', '足らず', '以上'] as const;
const RANGE = /[〜～~]/;

/** The count before 年前: 3, 3〜4, 数, 十数. */
function readCount(text: string, i: number): { n: Span; end: number } | null {
  const vague = VAGUE_COUNTS.longestAt(text, i);
  if (vague) return { n: vague[1], end: i + vague[0].length };
  // 二十数年前, 20数年前: tens with 数 after them are 21 to 29. Only a run with 数 in it (or 何 before a
  // place, 何十年前) reads as vague: the figures' numeral grammar is not run on every 3 and 2025 of the text.
  const run = numeralRunAt(text, i);
  const tens = run && (run.includes('数') || run.startsWith('何')) ? numeralAt(text, i) : null;
  if (tens?.reading.vague && tens.reading.min !== null && tens.reading.max !== null)
    return { n: [tens.reading.min, tens.reading.max], end: tens.end };
  const a = readNumeral(text, i);
  if (!a) return null;
  if (RANGE.test(text[a.end] ?? '')) {
    const b = readNumeral(text, a.end + 1);
    if (b && b.kanji === a.kanji && b.value > a.value) return { n: [a.value, b.value], end: b.end };
  }
  // 二、三年前, 2、3年ほど前: two neighbouring numbers listed are "two or three".
  if (text[a.end] === '、' || text[a.end] === '・') {
    const b = readNumeral(text, a.end + 1);
    if (b && b.kanji === a.kanji && b.value === a.value + 1) return { n: [a.value, b.value], end: b.end };
  }
  return { n: a.value, end: a.end };
}

/**
 * Reads 「3年前」「10年ほど前」「数年前」「3〜4年前」 at `i`: counted back from the publication date
 * (a span for vague counts and ranges).
 */
export function readAgo(text: string, i: number): { spec: AgoSpec; end: number } | null {
  const half = readHalfYearAgo(text, i);
  if (half) return half;
  const c = readCount(text, i);
  if (!c) return null;
  const [lo, hi] = typeof c.n === 'number' ? [c.n, c.n] : c.n;
  if (lo < 1 || hi > 200) return null;
  for (const s of AGO_SUFFIXES) {
    // 10年ほど前: the suffix is 年 … 前 with an "about" word between.
    const unit = s.surface.slice(0, -1);
    if (!text.startsWith(unit, c.end)) continue;
    let at = c.end + unit.length;
    at += ABOUT.find((w) => text.startsWith(w, at))?.length ?? 0;
    // 3年前後 is "about three years", not three years ago.
    if (text[at] !== '前' || text[at + 1] === '後') return null;
    const compared = AGO_COMPARED.some((w) => text.startsWith(w, at + 1));
    return { spec: { kind: 'ago', unit: s.unit, n: c.n, ...(compared && { compared }) }, end: at + 1 };
  }
  return null;
}

/**
 * 「半年前」「半年くらい前」「1年半前」: half years back, counted in months (6, 18). Not after の:
 * 「開業の半年前」 counts back from the opening, not from the publication.
 */
function readHalfYearAgo(text: string, i: number): { spec: AgoSpec; end: number } | null {
  if (text[i - 1] === 'の') return null;
  let months: number;
  let at: number;
  if (text.startsWith('半年', i)) {
    months = 6;
    at = i + 2;
  } else {
    const a = readNumeral(text, i);
    if (!a || text.slice(a.end, a.end + 2) !== '年半' || a.value < 1 || a.value > 50) return null;
    months = a.value * 12 + 6;
    at = a.end + 2;
  }
  at += ABOUT.find((w) => text.startsWith(w, at))?.length ?? 0;
  if (text[at] !== '前' || text[at + 1] === '後') return null;
  return { spec: { kind: 'ago', unit: 'month', n: months }, end: at + 1 };
}

/** Qualifiers of "about" written before a count back: 約10年前, およそ30年前, 今から約20年前. */
const ABOUT_BEFORE = ['今から約', '今からおよそ', '約', 'およそ', 'おおよそ', 'ほぼ', '今から'] as const;

/** Where a count back at `i` starts with the qualifiers before it: 約|10年前 → the 約. */
export function agoStart(text: string, i: number): number {
  const q = ABOUT_BEFORE.find((w) => text.startsWith(w, i - w.length));
  return q ? i - q.length : i;
}
