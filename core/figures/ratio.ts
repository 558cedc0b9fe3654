import type { Numeral } from '../numbers/scan';
import { type Ctx, type Draft, numberAt } from './draft';

/** Fractions are reported to four places: 3分の1 → 0.3333. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
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
    return ratioDraft(a, b.end, b.end, { value: round4(b.reading.value / r.value) }, '分の');
  }
  if (text[a.end] !== '割') return null;
  if (r.vague) return ratioDraft(a, a.end + 1, a.end, { value: null, min: r.min / 10, max: r.max / 10 }, '割');
  let value = (r.value ?? 0) / 10;
  let end = a.end + 1;
  // 2割5分(3厘): 分 and 厘 are the next places down.
  for (const [place, scale] of [
    ['分', 100],
    ['厘', 1000],
  ] as const) {
    const n = numberAt(ctx, end);
    if (!n || n.reading.value === null || text[n.end] !== place) break;
    value += n.reading.value / scale;
    end = n.end + 1;
  }
  return ratioDraft(a, end, end - 1 === a.end ? a.end : end, { value: round4(value) }, '割');
}
