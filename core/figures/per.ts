import type { CounterEntry } from '../lexicon/counters';
import { GAME_RESULTS } from '../lexicon/matches';
import { CALENDAR_YEARS } from '../lexicon/relative-dates';
import type { Numeral } from '../numbers/scan';
import { isNoun, isNumeral, isSuffix } from '../text/pos';
import { DIGIT, KANA, KANJI } from '../text/script';
import { tokenAt } from '../text/tokens';
import { type Ctx, counterHere, type Draft, numberAt } from './draft';
import { countedBefore, counterAfter } from './open-counter';
import { fractionValue } from './ratio';
import { smallerMeasureNext } from './smaller-units';

// 1人あたり10万円, 人口10万人当たり5人: the first number is the denominator of a rate.
// 1ドル=150円: an exchange rate reads the same way.
const PER_WORDS: readonly string[] = ['あたり', '当たり', '当り', 'につき', 'ごとに', '毎に', '=', '＝'];
// 求職者1人に対して何件: after one only (3人に対して賠償を求めた is against three people), the one a rate
// is told per.
const ONE_PER_WORDS: readonly string[] = ['に対して', 'に対し'];
// 何件, いくつ, どれだけ: the numerator of a rate asked after, as a rate is defined.
const ASKED_RATE = /^(?:何|いくつ|いくら|どれだけ|どのくらい)/;
// 3年ごとに, 5分おきに: an interval when nothing is counted per it.
const INTERVAL: ReadonlySet<string> = new Set(['ごとに', '毎に']);
// 1時間に80ミリ, 1日に3回: に makes a rate only after a span of time.
const TIME_UNITS: ReadonlySet<string> = new Set(['日', '時間', '週', 'カ月', '年', '分', '秒']);
// Qualifiers allowed between the denominator and the number, longest first, up to three: 1人当たり約10万円,
// 1人あたり月額1万円, 1世帯あたり月200円, 1日平均で約3000人.
const BETWEEN: readonly string[] = [
  ...['平均で', '約', 'およそ', '平均', '最大', '最高', '最低', '月額', '年額', '日額'],
  ...['月', '年'],
];
const MAX_BETWEEN = 3;
// 1試合平均の観客数, 1世帯平均の支出, 1試合平均観客数, 1試合平均は2万人: one of something as the base of an
// average, whether the average's noun or a topic or subject particle follows (the number then stands later).
const AVERAGE_OF = /^平均(?:[のはがも]|\p{Script=Han})$/u;

type Build = (ctx: Ctx, a: Numeral) => Draft[];

const CLOCK_NEXT = new RegExp(`^[${DIGIT}〇一二三四五六七八九十]+[分秒]`);

const WORD = new RegExp(`^[${KANA}${KANJI}]+$`, 'u');

/**
 * 1医療機関あたり: the dictionary splits a compound after the number (医療|機関); the words that run on
 * from the counter, up to a rate word, are part of the denominator, as are the nouns after の before
 * あたり (1回の運行あたり). Returns where they end.
 */
function compoundEnd(ctx: Ctx, end: number): number {
  const at = nounsEnd(ctx, end);
  // 1回の運行あたり, 1人の利用者当たり: one of what the の names is the denominator too.
  if (at === end && ctx.text[end] === 'の') {
    const after = nounsEnd(ctx, end + 1);
    if (after > end + 1 && PER_NOUN_WORDS.some((w) => ctx.text.startsWith(w, after))) return after;
  }
  return at;
}

/** あたり after 「1回の運行」: only these take a noun phrase with の as their base. */
const PER_NOUN_WORDS: readonly string[] = ['あたり', '当たり', '当り'];

/** Where up to two nouns written from `end` on stop (before a rate word). */
function nounsEnd(ctx: Ctx, end: number): number {
  const { tokens, text } = ctx;
  let i = tokenAt(tokens, end);
  let at = end;
  for (let n = 0; n < 2; n++, i++) {
    const t = tokens[i];
    if (!t || t.start !== at || !isNoun(t) || isNumeral(t) || !WORD.test(t.surface)) break;
    if (PER_WORDS.some((w) => text.startsWith(w, at))) break;
    at = t.end;
  }
  return at;
}

/** True when the word at `pos` is a plain noun the open grammar counts (ゴール), not a counter. */
function plainNounAfter(ctx: Ctx, pos: number): boolean {
  if (counterHere(ctx, pos)) return false;
  const t = ctx.tokens[tokenAt(ctx.tokens, pos)];
  return t?.start === pos && isNoun(t) && !isSuffix(t);
}

/**
 * When `a` with its counter is the denominator of a rate, returns the rate's figure spanning both
 * (1人あたり10万円 → 100,000 円; 1日1回 → 1 回) or the ratio 3人に1人 → 0.3333; otherwise null.
 */
export function perDenominator(
  ctx: Ctx,
  a: Numeral,
  counter: { entry: CounterEntry; end: number },
  build: Build,
): Draft[] | null {
  const { text } = ctx;
  const { entry } = counter;
  if (text[a.start - 1] === '月') return null; // 6月1日1000人: a date
  if (a.reading.value === null) return onceInVagueSpan(ctx, a, counter, build);
  // 1時間30分, 1分20秒: a length of time to the minute or second, not a rate.
  if ((entry.unit === '時間' || entry.unit === '分') && CLOCK_NEXT.test(text.slice(counter.end, counter.end + 4)))
    return null;
  // 1メートル50センチ, 1キロ500グラム: a measure written down to a smaller unit, not a rate.
  if (smallerMeasureNext(text, entry, counter.end)) return null;
  let q = compoundEnd(ctx, counter.end);
  const word =
    PER_WORDS.find((w) => text.startsWith(w, q)) ??
    (a.reading.value === 1 ? ONE_PER_WORDS.find((w) => text.startsWith(w, q)) : undefined);
  if (!word) q = counter.end;
  const isTime = TIME_UNITS.has(entry.unit);
  // 1人あたりで約500万円: で may follow the rate word
  if (word) q += word.length + (text[q + word.length] === 'で' ? 1 : 0);
  else if (text[q] === 'に') q += 1;
  // 1日1回, 1人3000円: with no particle only one of something (or a day, a week) is a denominator.
  else if (!(entry.surface === '日' || entry.surface === '週' || a.reading.value === 1)) return null;
  const particle = word ?? (q > counter.end ? 'に' : '');
  // 1ゴール1アシスト: a plain noun counted once, then another count, is two figures; a rate with no
  // particle takes a counter (1人3000円, 1袋300円, 1日1回).
  if (!particle && plainNounAfter(ctx, a.end)) return null;
  // 1敗28ホールド, 1安打1失点: a match's result is nothing a count is per; and in 3勝|1敗1分け the one
  // follows another count glued before it, an entry of a record line, not a denominator.
  if (!particle && (GAME_RESULTS.has(entry.surface) || countedBefore(ctx.tokens, a.start))) return null;
  const between = q;
  for (let n = 0, w = BETWEEN.find((x) => text.startsWith(x, q)); w && n < MAX_BETWEEN; n++) {
    q += w.length;
    w = BETWEEN.find((x) => text.startsWith(x, q));
  }
  const b = numberAt(ctx, q);
  // 一人当たりのGDP, 1試合平均の観客数: a denominator with no number after it is no figure at all; but
  // 3年ごとに (every three years) is an interval worth its figure.
  if (!b && !word && a.reading.value === 1 && AVERAGE_OF.test(text.slice(between, q + 1))) return [];
  // 1人に対して何件: a rate asked after; 1社に対して処分を出した is against one company, a count.
  if (!b && word && ONE_PER_WORDS.includes(word)) return ASKED_RATE.test(text.slice(q, q + 4)) ? [] : null;
  if (!b) return word && word !== '=' && word !== '＝' && !(INTERVAL.has(word) && a.reading.value > 1) ? [] : null;
  const c2 = counterAfter(ctx, b);
  // 3人に1人, 三社に一社: one in three.
  if (particle === 'に' && c2?.entry.unit === entry.unit && b.reading.value === 1 && a.reading.value > 1) {
    return [
      {
        start: a.start,
        end: c2.end,
        coreStart: a.start,
        // the whole 3人に1人 is the core: the ratio is written with both counters
        coreEnd: c2.end,
        value: fractionValue(1, a.reading.value),
        min: null,
        max: null,
        unit: '分の',
        kind: 'ratio',
        approx: false,
        bound: null,
        vague: false,
        change: null,
        fraction: [1, a.reading.value],
      },
    ];
  }
  if (particle === 'に' && !isTime) return null;
  const figs = build(ctx, b);
  if (!figs.length) return null;
  // 1日に3回, 3日に1回, 10年に1度 are rates; 5日に3人が死亡 is the 5th and 1981年に20歳 a year: with
  // に one side of a rate is one.
  if (particle === 'に' && a.reading.value !== 1 && figs[0]?.value !== 1) return null;
  // 4週間に1回, 30分に1回程度, 1000年に1度: once in a span, the span is the figure (every four weeks
  // → 4 週間); the one counted adds nothing. 1日に2回 keeps its count.
  const once = figs[0];
  // 2023年に一度、相談した: a year of the calendar and "once" (a date); 2000年に1度の確率 is still a rate.
  if (particle === 'に' && once && calendarYearOnce(ctx.text, a, entry.unit, once.end)) return null;
  if (particle === 'に' && a.reading.value !== 1 && once && figs.length === 1)
    return [
      {
        ...once,
        start: a.start,
        coreStart: a.start,
        coreEnd: a.end,
        value: a.reading.value,
        min: null,
        max: null,
        unit: entry.unit,
        kind: 'duration',
        change: null,
      },
    ];
  return figs.map((d, i) => (i === 0 ? { ...d, start: a.start } : d));
}

/**
 * 数年に1度, 十数年に1回: once in a span counted vaguely; the span is the figure (2–9 年), as in 100年に1度,
 * and the one counted adds nothing. Null for anything else after a vague count (数年で, 数日に3回).
 */
function onceInVagueSpan(
  ctx: Ctx,
  a: Numeral,
  counter: { entry: CounterEntry; end: number },
  build: Build,
): Draft[] | null {
  const { min, max } = a.reading;
  if (min === null || max === null || !TIME_UNITS.has(counter.entry.unit) || ctx.text[counter.end] !== 'に')
    return null;
  const b = numberAt(ctx, counter.end + 1);
  const figs = b?.reading.value === 1 ? build(ctx, b) : [];
  const once = figs[0];
  if (!once || figs.length !== 1) return null;
  return [
    {
      ...once,
      start: a.start,
      coreStart: a.start,
      coreEnd: a.end,
      value: null,
      min,
      max,
      unit: counter.entry.unit,
      kind: 'duration',
      approx: true,
      vague: true,
      change: null,
    },
  ];
}

/** 「2023年に一度、」: four digits of a calendar year (CALENDAR_YEARS) before 年に and once, no noun after. */
function calendarYearOnce(text: string, a: Numeral, unit: string, onceEnd: number): boolean {
  const v = a.reading.value;
  return (
    unit === '年' &&
    v !== null &&
    a.end - a.start === 4 &&
    v >= CALENDAR_YEARS[0] &&
    v <= CALENDAR_YEARS[1] &&
    text[onceEnd] !== 'の'
  );
}
