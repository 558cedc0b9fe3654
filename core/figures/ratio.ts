import { CHANGE_AFTER_RANGE } from '../lexicon/qualifiers';
import { type Numeral, numeralAt } from '../numbers/scan';
import { DASHES, DIGIT, LATIN } from '../text/script';
import { type Ctx, counterHere, type Draft, numberAt } from './draft';

const ALL_DIGITS = new RegExp(`^[${DIGIT}]+$`);

/** Fractions are reported to four places: 3分の1 → 0.3333. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** n/d to four places, or to four significant digits below 0.01 (8000分の1 → 0.000125, not 0.0001). */
export function fractionValue(n: number, d: number): number {
  const x = n / d;
  return x >= 0.01 ? round4(x) : Number(x.toPrecision(4));
}

function ratioDraft(
  a: Numeral,
  end: number,
  coreEnd: number,
  v: { value: number | null; min?: number; max?: number },
  unit: string,
): Draft {
  return {
    start: a.start,
    end,
    coreStart: a.start,
    coreEnd,
    value: v.value,
    min: v.min ?? null,
    max: v.max ?? null,
    unit,
    kind: 'ratio',
    approx: a.reading.vague,
    bound: null,
    vague: a.reading.vague,
    change: null,
  };
}

/** 3分の1 → 0.3333, 4割 → 0.4, 2割5分 → 0.25, 数割 → 0.2–0.9; null when `a` heads no ratio. */
export function readRatio(ctx: Ctx, a: Numeral): Draft | null {
  const { text } = ctx;
  const r = a.reading;
  if (text.startsWith('分の', a.end)) {
    const b = numberAt(ctx, a.end + 2);
    if (!b || r.vague || b.reading.vague || !r.value || b.reading.value === null) return null;
    const fraction: [number, number] = [b.reading.value, r.value];
    const draft = {
      ...ratioDraft(a, b.end, b.end, { value: fractionValue(b.reading.value, r.value) }, '分の'),
      fraction,
    };
    // 1000分の1秒, 10分の1ミリ: a fraction of a unit is a value in that unit.
    const unit = counterHere(ctx, b.end);
    if (!unit || unit.entry.kind === 'percent' || unit.entry.kind === 'ratio') return draft;
    return { ...draft, end: unit.end, unit: unit.entry.unit, kind: unit.entry.kind };
  }
  if (text[a.end] !== '割') return ratioRange(ctx, a);
  if (r.vague) return ratioDraft(a, a.end + 1, a.end, { value: null, min: r.min / 10, max: r.max / 10 }, '割');
  let value = (r.value ?? 0) / 10;
  let end = a.end + 1;
  // 2割5分(3厘): 分 and 厘 are the next places down.
  for (const [place, scale] of [
    ['分', 100],
    ['厘', 1000],
  ] as const) {
    const n = numberAt(ctx, end);
    if (!n || n.reading.value === null) break;
    // 3割2厘: no 分 written, the 厘 comes next (0.302)
    if (place === '分' && text[n.end] === '厘') continue;
    if (text[n.end] !== place) break;
    value += n.reading.value / scale;
    end = n.end + 1;
  }
  return ratioDraft(a, end, end - 1 === a.end ? a.end : end, { value: round4(value) }, '割');
}

// 3〜4割, 6-8割, 3から4割: the separators of a range of tenths (2、3割 is read apart, from neighbours).
const TENTHS_SEPARATORS: readonly string[] = ['〜', '～', '~', 'から', ...DASHES];

/**
 * 3〜4割 → 0.3–0.4, 2、3割 → 0.2–0.3: the lower end of a range of tenths has no 割 of its own. Digits
 * or kanji on both sides alike (a dash between digits only), the upper end above the lower and at most
 * ten; null otherwise.
 */
function ratioRange(ctx: Ctx, a: Numeral): Draft | null {
  const { text } = ctx;
  const lo = a.reading.value;
  if (lo === null || a.reading.vague || !Number.isInteger(lo) || lo < 0 || lo >= 10) return null;
  const neighbour = text[a.end] === '、';
  const sep = neighbour ? '、' : TENTHS_SEPARATORS.find((s) => text.startsWith(s, a.end));
  if (!sep || (DASHES.includes(sep) && a.kanjiOnly)) return null;
  const b = numberAt(ctx, a.end + sep.length);
  const hi = b?.reading.value;
  if (!b || hi === null || hi === undefined || b.reading.vague || b.kanjiOnly !== a.kanjiOnly) return null;
  if (text[b.end] !== '割' || !Number.isInteger(hi) || hi <= lo || hi > 10 || (neighbour && hi !== lo + 1)) return null;
  // 3から4割に増えた is a change between two figures, not a range.
  if (sep === 'から' && CHANGE_AFTER_RANGE.some((w) => text.startsWith(w, b.end + 1))) return null;
  return { ...ratioDraft(a, b.end + 1, b.end, { value: null, min: lo / 10, max: hi / 10 }, '割'), approx: neighbour };
}

const SLASH: ReadonlySet<string> = new Set(['/', '／']);
// Around a fraction: no digit, letter, slash or point (2019/4/14, PS4/5, 1.5/2 are something else).
const GLUED = new RegExp(`[${DIGIT}${LATIN}/／.．]`);
// After a month/day (3/4（月）, 10/25まで, 1/5から) or a page number (1/2 at a line's end, 1/2ページ).
const DATE_AFTER = /^(?:まで|から|[〜～~\-－]|[（(][月火水木金土日祝]|日|付|ペ|頁|$|\s)/;
// 1/2 could be January 2nd: where month/day is possible, only the denominators of everyday fractions.
const COMMON_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 8, 10]);

/**
 * 1/2, 2/3: a proper fraction written with a slash (→ 0.5, 0.6667, fraction [2, 3]). Not a date
 * (3/4（月）, 10/25まで), a page (1/2 at a line's end) or a path or version (PS4/5, 2019/4/14); digits
 * only, numerator smaller.
 */
export function readSlashFraction(ctx: Ctx, a: Numeral): Draft | null {
  const { text } = ctx;
  if (!SLASH.has(text[a.end] ?? '') || a.kanjiOnly || GLUED.test(text[a.start - 1] ?? '')) return null;
  const b = numeralAt(text, a.end + 1);
  const n = a.reading.value;
  const d = b?.reading.value;
  if (!b || b.kanjiOnly || n === null || d === null || d === undefined) return null;
  if (!ALL_DIGITS.test(a.written) || !ALL_DIGITS.test(b.written)) return null;
  if (n < 1 || d < 2 || n >= d || d > 1000 || GLUED.test(text[b.end] ?? '')) return null;
  if (DATE_AFTER.test(text.slice(b.end, b.end + 2))) return null;
  if (n <= 12 && d <= 31 && !COMMON_DENOMINATORS.has(d)) return null;
  const fraction: [number, number] = [n, d];
  return { ...ratioDraft(a, b.end, b.end, { value: fractionValue(n, d) }, '分の'), fraction };
}

// Around a point-three figure: not a digit, letter or point before the point (v1.248, 3.248).
const BEFORE_POINT = new RegExp(`[${DIGIT}${LATIN}.．]`);
const THREE_DIGITS = new RegExp(`^[${DIGIT}]{3}$`);

/**
 * .248, .300: a batting average or a winning percentage is written with no whole part, always to three
 * places (チーム打率は.248). Null unless a point with nothing numeric before it heads three digits.
 */
export function readPointThree(text: string, a: Numeral): Draft | null {
  const point = a.start - 1;
  if ((text[point] !== '.' && text[point] !== '．') || !THREE_DIGITS.test(a.written)) return null;
  if (BEFORE_POINT.test(text[point - 1] ?? '') || GLUED.test(text[a.end] ?? '')) return null;
  const value = Number(`0.${a.written.normalize('NFKC')}`);
  return { ...ratioDraft(a, a.end, a.end, { value }, ''), start: point, coreStart: point };
}
