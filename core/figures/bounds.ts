import type { Draft } from './draft';

/** Lower bounds after a number, inclusive (以上) or not (超, を超える, を上回る). */
const LOWER: ReadonlyMap<string, boolean> = new Map([
  ['以上', false],
  ...['超', '超え', 'を超える', 'を超え', 'を上回る', 'を上回り'].map((w) => [w, true] as const),
]);
/** Upper bounds after a number, inclusive (以下, まで, 以内) or not (未満, を下回る). */
const UPPER: ReadonlyMap<string, boolean> = new Map([
  ...['以下', 'まで', '以内'].map((w) => [w, false] as const),
  ...['未満', 'を下回る', 'を下回り'].map((w) => [w, true] as const),
]);
// What may stand between the two bounds: 10%以上、20%未満 / 10%以上で20%未満.
const BETWEEN = /^(?:[、，,]|で|かつ)?$/;

/**
 * Joins a lower and an upper bound written one after the other into one range: 「10%以上20%未満」 →
 * [10, 20) with maxExclusive; 「1万円超3万円以下」 → (10000, 30000]. `drafts` are sorted and
 * non-overlapping; the result is too.
 */
export function joinBounds(text: string, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const lo = drafts[i] as Draft;
    const hi = drafts[i + 1];
    const joined = hi ? join(text, lo, hi) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else {
      out.push(lo);
    }
  }
  return out;
}

function join(text: string, lo: Draft, hi: Draft): Draft | null {
  const lower = LOWER.get(lo.suffixes?.at(-1) ?? '');
  const upper = UPPER.get(hi.suffixes?.at(-1) ?? '');
  if (lower === undefined || upper === undefined || lo.value === null || hi.value === null) return null;
  if (lo.unit !== hi.unit || lo.kind !== hi.kind || lo.value >= hi.value || lo.change || hi.change) return null;
  if (!BETWEEN.test(text.slice(lo.end, hi.start))) return null;
  return {
    ...lo,
    end: hi.end,
    coreEnd: hi.coreEnd,
    value: null,
    min: lo.value,
    max: hi.value,
    bound: null,
    approx: lo.approx || hi.approx,
    ...(lower ? { minExclusive: true } : {}),
    ...(upper ? { maxExclusive: true } : {}),
    suffixes: hi.suffixes,
  };
}
