import { KIND_SUFFIXES, ORDINAL_SUFFIXES } from '../lexicon/non-figures';
import { CHANGE_AFTER_RANGE, RANGE_SEPARATORS, SUFFIX_QUALIFIERS } from '../lexicon/qualifiers';
import { readNumeral } from '../numbers/numerals';
import type { Numeral } from '../numbers/scan';
import { DASHES, DIGIT } from '../text/script';
import { tokenAt } from '../text/tokens';
import { type Ctx, type Draft, numberAt } from './draft';
import { isMarkedDuration } from './durations';
import { convertLatin } from './latin-units';
import { counterAfter } from './open-counter';
import { prefixQualifiers } from './qualify';
import { ranksRecord } from './record-rank';
import { refineUnit } from './units';

const HYPHENS: ReadonlySet<string> = new Set(DASHES);
// The multipliers written at the end of the upper end: 4万 → 万, 4千万 → 千万.
const TRAILING_MULTIPLIER = new RegExp(`(?<=[${DIGIT}〇一二三四五六七八九])[十百千万億兆京]+$`);

// A bracketed aside closes within this many characters: 780億円（前期比65%増）に.
const ASIDE = /^[（(][^（()）\n]{1,30}[）)]/;

/**
 * Where the clause goes on after a bracketed aside on the upper end: 620億円から780億円（前期比65%増）に
 * 引き上げた is still a change from 620億円 to 780億円, whose に comes after the aside.
 */
function pastAside(text: string, at: number): number {
  const aside = ASIDE.exec(text.slice(at, at + 32));
  return aside ? at + aside[0].length : at;
}

/**
 * Reads a range headed by `a`: 3〜4万人 (万 applies to both ends → 30,000–40,000), 3万〜4万人,
 * 25度から30度, 30〜40代 (→ 30–49), 二、三人. Null when what follows is no range of one unit.
 */
export function readRange(ctx: Ctx, a: Numeral): Draft | null {
  const { text } = ctx;
  if (a.reading.vague || a.reading.value === null) return null;
  const c1 = counterAfter(ctx, a);
  const afterA = c1 ? c1.end : a.end;
  let sep = RANGE_SEPARATORS.find((s) => text.startsWith(s, afterA));
  // 二、三人: neighbouring kanji digits joined by 、 are a colloquial range.
  // 2、3日中に: the same with single digits.
  // 三・四人: the same with a middle dot, in kanji (一・五倍 is a decimal: see listedPair).
  const kanjiPair = !c1 && a.written.length === 1 && (text[afterA] === '、' || (a.kanjiOnly && text[afterA] === '・'));
  if (kanjiPair) sep = text[afterA];
  if (!sep) return null;
  const b = numberAt(ctx, afterA + sep.length);
  if (!b || b.reading.vague || b.reading.value === null) return null;
  if (kanjiPair && (b.written.length !== 1 || b.kanjiOnly !== a.kanjiOnly || b.reading.value !== a.reading.value + 1)) {
    return null;
  }
  if (HYPHENS.has(sep) && (a.kanjiOnly || b.kanjiOnly || c1)) return null;
  const c2 = counterAfter(ctx, b);
  if (!c2) return null;
  // 470MHz～3.6GHz: one range whose ends carry different prefixes of one unit, read in the first's.
  const hiInFirst =
    c1 && c1.entry.unit !== c2.entry.unit ? convertLatin(b.reading.value, c2.entry.unit, c1.entry.unit) : null;
  if (c1 && c1.entry.unit !== c2.entry.unit && hiInFirst === null) return null;
  if (ORDINAL_SUFFIXES.some((w) => text.startsWith(w, c2.end))) return null;
  if (KIND_SUFFIXES.includes(ctx.tokens[tokenAt(ctx.tokens, c2.end)]?.surface ?? '')) return null;
  // 8人から11人に増やした is a change between two figures, not a range; so is 90人から200人規模に増やす.
  const about = SUFFIX_QUALIFIERS.find((q) => q.approx && !q.bound && text.startsWith(q.surface, c2.end));
  const tail = pastAside(text, c2.end + (about?.surface.length ?? 0));
  if ((sep === 'から' || sep === 'ないし') && CHANGE_AFTER_RANGE.some((w) => text.startsWith(w, tail))) return null;
  const entry = hiInFirst === null ? c2.entry : (c1 as NonNullable<typeof c1>).entry;
  // 3〜5年間, 約2〜3年, 2、3年かけて: 年 and 日 are a length of time where the range is marked as one.
  if (entry.rule === 'marker' && !isMarkedDuration(ctx, b, prefixQualifiers(text, a.start), entry, c2.end)) return null;
  // 観測史上2〜3番目: a range of ranks in a ranking of records
  if (entry.rule === 'record' && !ranksRecord(text, ctx.tokens, a.start, c2.end)) return null;
  // 7月1日から15日: days after a month are dates; so is the first of 8月2日から3日間 (the 2nd, then three days).
  if ((entry.surface === '日' || c1?.entry.surface === '日') && text[a.start - 1] === '月') return null;
  let lo = a.reading.value;
  let hi = hiInFirst ?? b.reading.value;
  if (!c1) lo = distribute(a, b, lo, hi);
  if (entry.rule === 'band') hi += 9;
  if (lo > hi) return null;
  const { unit, kind } = refineUnit(text, a.start, entry, null, c2.end);
  return {
    start: a.start,
    end: c2.end,
    coreStart: a.start,
    coreEnd: b.end,
    value: null,
    min: lo,
    max: hi,
    unit,
    kind,
    approx: kanjiPair,
    bound: null,
    vague: false,
    change: null,
  };
}

/** 3〜4万: the lower end takes the upper end's multiplier when that keeps it below (5000〜1万 does not). */
function distribute(a: Numeral, b: Numeral, lo: number, hi: number): number {
  if (/[十百千万億兆京]/.test(a.written)) return lo;
  const m = TRAILING_MULTIPLIER.exec(b.written);
  const mult = m ? readNumeral(`1${m[0]}`)?.value : null;
  return mult && lo * mult <= hi ? lo * mult : lo;
}
