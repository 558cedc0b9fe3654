import type { Figure } from '../../core/types';
import { formatNumber } from './format-number';
import type { PageTranslate, UiLang } from './i18n/page';

/**
 * A figure's normalised value as a reader of the UI's language writes it. Japanese keeps the counter
 * after the number and groups by 万 and 億 (「約1,200億円」, 「95万人超」); English keeps western grouping
 * (¥120,000,000,000, "over 950,000 人"). Shapes the engine may add beyond one number — a score, a
 * fraction, dimensions, a range with an excluded end, a vague amount (数百万) — are written as such.
 */

/** What formatting reads from a figure beyond the core fields (all optional: older analyses lack them). */
type ValueShape = Figure & {
  minExclusive?: boolean;
  maxExclusive?: boolean;
  score?: [number, number];
  fraction?: [number, number];
  dimensions?: number[];
};

// How a unit is written with its number. Japanese writes the counter straight after (12万人, 38億円);
// English readers get ¥ for yen, × for times and a space before other units (120,000 人, 5 km).
const EN_PREFIX: Readonly<Record<string, string>> = { 円: '¥' };
const EN_SUFFIX: Readonly<Record<string, string>> = { '%': '%', 倍: '×', ポイント: ' pt' };

/** One number or a range's two ends with the unit once: [30000, 40000] 人 → 「3万〜4万人」 / "30,000–40,000 人". */
function withUnit(nums: readonly number[], unit: string, lang: UiLang): string {
  const n = nums.map((x) => formatNumber(x, lang)).join(lang === 'ja' ? '〜' : '–');
  if (lang === 'ja' || !unit) return n + unit;
  if (EN_PREFIX[unit]) return EN_PREFIX[unit] + n;
  return EN_SUFFIX[unit] ? n + EN_SUFFIX[unit] : `${n} ${unit}`;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const pair = (p: unknown): p is [number, number] => Array.isArray(p) && p.length === 2 && p.every(finite);

/** 「10%以上20%未満」 / "10% to under 20%": a range whose ends say whether they are included. */
function boundedRange(f: ValueShape, min: number, max: number, lang: UiLang): string {
  const unit = f.unit === '割' ? '%' : f.unit;
  const [a, b] = f.unit === '割' ? [min * 100, max * 100] : [min, max];
  if (lang === 'ja')
    return `${withUnit([a], unit, lang)}${f.minExclusive ? '超' : '以上'}${withUnit([b], unit, lang)}${f.maxExclusive ? '未満' : '以下'}`;
  return `${f.minExclusive ? 'over ' : ''}${withUnit([a], unit, lang)} to ${f.maxExclusive ? 'under ' : ''}${withUnit([b], unit, lang)}`;
}

/**
 * A share as a percentage to two places (3分の2, held exactly as 2/3, → 66.67), or to four significant
 * digits below 1% (100万分の1 → 0.0001), so no repeating decimal runs on.
 */
function percentOf(x: number): number {
  const p = x * 100;
  return Math.abs(p) >= 1 ? Math.round(p * 100) / 100 : Number(p.toPrecision(4));
}

/**
 * The bare value with its unit, or "—" when nothing is known. 割 is tenths: 3割 (value 0.3) reads
 * 「3割（30%）」 in Japanese and "30%" in English, never 「0.3割」. A pure fraction (unit 分の) reads
 * 「3分の2（66.67%）」 / "2/3 (66.67%)"; a score 「3対1」 / "3–1" (a ratio "3:7"); dimensions 「2,778×1,284ドット」.
 */
function formatRawValue(f: ValueShape, lang: UiLang): string {
  // 3対1 / "3–1" for a score; a ratio (男女比は3対7) reads "3:7" in English.
  if (pair(f.score))
    return f.score.map((x) => formatNumber(x, lang)).join(lang === 'ja' ? '対' : f.kind === 'ratio' ? ':' : '–');
  if (Array.isArray(f.dimensions) && f.dimensions.length > 1 && f.dimensions.every(finite)) {
    const sides = f.dimensions.map((x) => formatNumber(x, lang)).join(lang === 'ja' ? '×' : ' × ');
    return lang === 'ja' || !f.unit ? sides + f.unit : `${sides} ${f.unit}`;
  }
  const nums = finite(f.value) ? [f.value] : [f.min, f.max].filter(finite);
  if (!nums.length) return '—';
  // 分の and 割 are shares, also written as a percentage.
  const percent = withUnit(nums.map(percentOf), '%', lang);
  if (f.unit === '分の') {
    if (!pair(f.fraction)) return percent;
    const [n, d] = f.fraction.map((x) => formatNumber(x, lang));
    return lang === 'ja' ? `${d}分の${n}（${percent}）` : `${n}/${d} (${percent})`;
  }
  if (nums.length === 2 && (f.minExclusive || f.maxExclusive))
    return boundedRange(f, nums[0] as number, nums[1] as number, lang);
  if (f.unit === '割')
    return lang === 'ja'
      ? `${withUnit(
          nums.map((x) => x * 10),
          '割',
          lang,
        )}（${percent}）`
      : percent;
  if (nums.length === 2 && f.vague) return vagueRange(f, nums[0] as number, nums[1] as number, lang);
  return withUnit(nums, f.unit, lang);
}

/**
 * A vague amount as a reader says it, not as the 9s the engine fills the places below its uncertain
 * digit with (数百万 → [2,000,000, 9,999,999]): 「200万〜900万発台」, and in English the rounder
 * "2,000,000–10,000,000 発". Any other range (十数 → [11, 19]) reads as written. The value it stands
 * for is unchanged.
 */
function vagueRange(f: ValueShape, lo: number, hi: number, lang: UiLang): string {
  // Stops by itself: past hi + 1 no place divides it (nor Infinity, nor NaN).
  let place = 1;
  while (lo > 0 && lo % (place * 10) === 0 && (hi + 1) % (place * 10) === 0) place *= 10;
  if (place < 10) return withUnit([lo, hi], f.unit, lang);
  return lang === 'ja' ? `${withUnit([lo, hi + 1 - place], f.unit, lang)}台` : withUnit([lo, hi + 1], f.unit, lang);
}

/**
 * The normalised value of a figure, readable in the UI language, with approx and bound words:
 * 「約95万人を超え」 → 「約95万人超」 / "over about 950,000 人"; 「最大1,200億円」 / "up to ¥120,000,000,000".
 */
export function formatFigureValue(f: Figure, lang: UiLang, t: PageTranslate): string {
  let v = formatRawValue(f, lang);
  if (v === '—') return v;
  if (f.approx && f.value !== null) v = t('approx', { v });
  return f.bound ? t(`bound_${f.bound}`, { v }) : v;
}
