import type { CounterEntry } from '../lexicon/counters';
import { SENTENCE_PREFIXES } from '../lexicon/qualifiers';
import { ARC_WORDS, SMALLER_MEASURES, SMALLER_MONEY } from '../lexicon/smaller-measures';
import type { Numeral } from '../numbers/scan';
import { numeralAt } from '../numbers/scan';
import { DIGIT, HIRAGANA, LATIN } from '../text/script';
import type { Qualified } from './qualify';

// 11秒21: hundredths of a second written after 秒 (a race time), one or two digits, then no counter.
const SECOND_FRACTION = new RegExp(`^([${DIGIT}]{1,2})(?![${DIGIT}.．,，]|[秒分人回本点位]|[${LATIN}])`);
// 5回1/3: a proper fraction of the counter written right after it (innings pitched).
const COUNTER_FRACTION = new RegExp(`^([${DIGIT}])[/／]([${DIGIT}])(?![${DIGIT}/／])`);

/** The fractional part written after a counter: 11秒21 → +0.21, 6回1/3 → +0.3333. */
function fractionalTail(
  text: string,
  a: Numeral,
  entry: CounterEntry,
  end: number,
): { add: number; end: number; place?: number } | null {
  if (a.kanjiOnly) return null;
  const rest = text.slice(end, end + 4);
  const sec = entry.unit === '秒' ? SECOND_FRACTION.exec(rest) : null;
  if (sec?.[1]) {
    const place = 1 / 10 ** sec[1].length;
    return { add: Number(sec[1].normalize('NFKC')) * place, end: end + sec[1].length, place };
  }
  const frac = entry.kind === 'count' ? COUNTER_FRACTION.exec(rest) : null;
  if (!frac?.[1] || !frac[2]) return null;
  const n = Number(frac[1].normalize('NFKC'));
  const d = Number(frac[2].normalize('NFKC'));
  return n > 0 && n < d ? { add: Math.round((n / d) * 1e4) / 1e4, end: end + frac[0].length } : null;
}

/** The smaller units of a length of time written after hours or minutes, with their share of one. */
const CLOCK_PARTS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  時間: [
    ['分', 60],
    ['秒', 3600],
  ],
  分: [['秒', 60]],
};

/**
 * 2時間20分16秒, 3分20秒: a length of time written down to minutes or seconds is one figure, its value
 * in the smallest unit written, where it is exact (2時間20分 → 140 分, 2時間6分12秒 → 7572 秒; 2時間20分
 * in hours would be 2.3333…). Null when no smaller unit follows.
 */
function clockParts(
  text: string,
  a: Numeral,
  entry: CounterEntry,
  end: number,
): { add: number; end: number; place: number; per: number; unit: string } | null {
  const parts = entry.kind === 'duration' ? CLOCK_PARTS[entry.unit] : undefined;
  if (!parts) return null;
  let add = 0;
  let at = end;
  let place = 1;
  let last: readonly [string, number] | undefined;
  for (const [unit, per] of parts) {
    const n = numeralAt(text, at);
    if (!n || n.reading.value === null || n.kanjiOnly !== a.kanjiOnly || !text.startsWith(unit, n.end)) continue;
    add += n.reading.value / per;
    at = n.end + unit.length;
    place = 1 / per;
    last = [unit, per];
    // 2分2秒2: tenths of a second after the seconds (a race time)
    const tenths = unit === '秒' && !a.kanjiOnly ? SECOND_FRACTION.exec(text.slice(at, at + 4)) : null;
    if (tenths?.[1]) {
      add += Number(tenths[1].normalize('NFKC')) / 10 ** tenths[1].length / per;
      at += tenths[1].length;
      place = 1 / 10 ** tenths[1].length / per;
    }
  }
  return last ? { add, end: at, place, unit: last[0], per: last[1] } : null;
}

// 北緯35度40分: how far back an angle's word may stand before its degrees.
const ARC_REACH = 4;
// 1メートル80で, 1メートル80、: bare digits after メートル end in a particle or a mark, never a unit or word.
const DURATION_NEXT = /^[間後前ほ以も]/;
const BARE_END = new RegExp(`^(?:$|[${HIRAGANA}、。，．）」\\s])`);

/**
 * 身長1メートル80, 2キロ300グラム, 熱は38度5分, 北緯35度40分: a smaller unit of the same quantity right
 * after a measure, added as its share of the larger (lexicon/smaller-measures.ts). Bare digits after
 * メートル are two, then no unit or word (1メートル80で; 100メートル8位 is a place); the smaller amount is
 * less than one of the larger.
 */
function smallerMeasure(
  text: string,
  a: Numeral,
  entry: CounterEntry,
  end: number,
): { add: number; end: number; place: number; unit?: string } | null {
  // 度 is a count until its words make it a temperature (units.ts, after this): 38度5分 is one already.
  if ((entry.kind !== 'measure' && entry.surface !== '度') || a.kanjiOnly) return null;
  const n = numeralAt(text, end);
  const v = n?.reading.value;
  if (!n || v === null || v === undefined || n.kanjiOnly || n.reading.vague || v <= 0) return null;
  for (const m of SMALLER_MEASURES) {
    if (m.after !== entry.surface || !text.startsWith(m.surface, n.end)) continue;
    if (m.surface === '' && (n.end - n.start !== 2 || !BARE_END.test(text.slice(n.end, n.end + 1)))) continue;
    // 2度5分間, 1度5分後: a count of times, then a length of time
    if (m.after === '度' && DURATION_NEXT.test(text.slice(n.end + 1, n.end + 2))) return null;
    // 度 then 分: minutes of arc after 北緯 or in two digits (35度40分), else a temperature's tenths (38度5分)
    const before = text.slice(Math.max(0, a.start - ARC_REACH - 2), a.start);
    const arc = m.after === '度' && (n.end - n.start > 1 || ARC_WORDS.some((w) => before.includes(w)));
    const per = arc ? 60 : m.per;
    if (v >= per) return null;
    const place = arc ? 1e-4 : 1 / per;
    return {
      add: Math.round((v / per) * 1e4) / 1e4,
      end: n.end + m.surface.length,
      place,
      ...('unit' in m ? { unit: m.unit } : {}),
    };
  }
  return null;
}

/**
 * A smaller unit written after the first: 157円80銭 → 157.8, 懲役1年6月 → 1.5 (年), 2時間20分 → 140 (with
 * `unit` 分, the smallest written), and the
 * fractional part of a race time or of innings (11秒21 → 11.21, 6回1/3 → 6.3333). Returns the value
 * with it added and the new end (both unchanged when none is written); 148円50～60銭 also gives the
 * range's `upper` end (148.6).
 */
export function smallerUnit(
  text: string,
  a: Numeral,
  pre: Qualified,
  entry: CounterEntry,
  read: { value: number | null; end: number },
): { value: number | null; end: number; place?: number; upper?: number; unit?: string } {
  const { value, end } = read;
  if (value === null) return read;
  const clock = clockParts(text, a, entry, end);
  const tail = clock ? null : fractionalTail(text, a, entry, end);
  if (clock) {
    const exact = (x: number) => Number((x * clock.per).toPrecision(12));
    return { value: exact(value + clock.add), end: clock.end, place: exact(clock.place), unit: clock.unit };
  }
  if (tail) return { value: Number((value + tail.add).toPrecision(12)), end: tail.end, place: tail.place };
  const measure = smallerMeasure(text, a, entry, end);
  if (measure)
    return {
      value: Number((value + measure.add).toPrecision(12)),
      end: measure.end,
      place: measure.place,
      unit: measure.unit,
    };
  const sentence =
    entry.unit === '年' && SENTENCE_PREFIXES.some((p) => text.endsWith(p, pre.edge) || pre.words.includes(p));
  const coin = SMALLER_MONEY.find((m) => m.after === entry.unit);
  const [sub, scale]: [string, number] = coin ? [coin.surface, coin.per] : sentence ? ['月', 12] : ['', 0];
  if (!sub) return read;
  const n = numeralAt(text, end);
  if (!n || n.reading.value === null || a.kanjiOnly !== n.kanjiOnly) return read;
  const low = Number((value + n.reading.value / scale).toPrecision(12));
  // 148円50～60銭: the quote's bid and offer, a range of sen on one yen.
  const hi = coin && RANGE_MARKS.has(text[n.end] ?? '') ? numeralAt(text, n.end + 1) : null;
  const hiValue = hi?.reading.value;
  if (hi && hiValue !== null && hiValue !== undefined && text.startsWith(sub, hi.end) && hiValue > n.reading.value)
    return { value: low, end: hi.end + sub.length, upper: Number((value + hiValue / scale).toPrecision(12)) };
  if (!text.startsWith(sub, n.end)) return read;
  return { value: low, end: n.end + sub.length };
}

const RANGE_MARKS: ReadonlySet<string> = new Set(['〜', '～', '~']);

/**
 * 1メートル50センチ, 1キロ500メートル, 1円20銭, 1ドル50セント: whether a smaller unit of the measure or
 * the money at `end` follows (no rate).
 */
export function smallerMeasureNext(text: string, entry: CounterEntry, end: number): boolean {
  const n = numeralAt(text, end);
  if (!n) return false;
  const coin = SMALLER_MONEY.find((m) => m.after === entry.unit);
  if (coin && text.startsWith(coin.surface, n.end)) return true;
  return SMALLER_MEASURES.some(
    (m) => m.after === entry.surface && m.surface !== '' && text.startsWith(m.surface, n.end),
  );
}
