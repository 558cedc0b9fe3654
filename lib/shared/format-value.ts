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
 * The bare value with its unit, or "—" when nothing is known. 割 is tenths: 3割 (value 0.3) reads
 * 「3割（30%）」 in Japanese and "30%" in English, never 「0.3割」. A pure fraction (unit 分の) reads
 * 「3分の2（66.67%）」 / "2/3 (66.67%)"; a score 「3対1」 / "3–1"; dimensions 「2,778×1,284ドット」.
 */
function formatRawValue(f: ValueShape, lang: UiLang): string {
  if (pair(f.score)) return f.score.map((x) => formatNumber(x, lang)).join(lang === 'ja' ? '対' : '–');
  if (Array.isArray(f.dimensions) && f.dimensions.length > 1 && f.dimensions.every(finite)) {
    const sides = f.dimensions.map((x) => formatNumber(x, lang)).join(lang === 'ja' ? '×' : ' × ');
    return lang === 'ja' || !f.unit ? sides + f.unit : `${sides} ${f.unit}`;
  }
  const nums = finite(f.value) ? [f.value] : [f.min, f.max].filter(finite);
  if (!nums.length) return '—';
  if (f.unit === '分の') {
    const percent = withUnit(
      nums.map((x) => x * 100),
      '%',
      lang,
    );
    if (!pair(f.fraction)) return percent;
    const [n, d] = f.fraction.map((x) => formatNumber(x, lang));
    return lang === 'ja' ? `${d}分の${n}（${percent}）` : `${n}/${d} (${percent})`;
  }
  if (nums.length === 2 && (f.minExclusive || f.maxExclusive))
    return boundedRange(f, nums[0] as number, nums[1] as number, lang);
  if (f.unit === '割') {
    const percent = withUnit(
      nums.map((x) => x * 100),
      '%',
      lang,
    );
    return lang === 'ja'
      ? `${withUnit(
          nums.map((x) => x * 10),
          '割',
          lang,
        )}（${percent}）`
      : percent;
  }
  if (nums.length === 2 && f.vague)
    return vagueRange(nums[0] as number, nums[1] as number, f.unit, lang) ?? withUnit(nums, f.unit, lang);
  return withUnit(nums, f.unit, lang);
}

/**
 * The place of a vague amount's uncertain digit, when the engine's range for it fills the places below
 * with 9s: 数百万 → [2,000,000, 9,999,999] → 1,000,000; 数十 → [20, 99] → 10. Null for any other
 * range (十数 → [11, 19] is read as written).
 */
function vaguePlace(min: number, max: number): number | null {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min <= 0) return null;
  let place = 1;
  while (place < 1e16 && min % (place * 10) === 0 && (max + 1) % (place * 10) === 0) place *= 10;
  return place >= 10 ? place : null;
}

/**
 * A vague amount as a reader says it, not as 9s: 数百万発 → 「200万〜900万発台」 / "2,000,000 to under
 * 10,000,000 発"; 数千人 → 「2,000〜9,000人台」. The value it stands for is unchanged.
 */
function vagueRange(min: number, max: number, unit: string, lang: UiLang): string | null {
  const place = vaguePlace(min, max);
  if (place === null) return null;
  if (lang === 'ja') return `${formatNumber(min, lang)}〜${withUnit([max + 1 - place], unit, lang)}台`;
  return `${EN_PREFIX[unit] ?? ''}${formatNumber(min, lang)} to under ${withUnit([max + 1], unit, lang)}`;
}

/**
 * The normalised value of a figure, readable in the UI language, with approx and bound words:
 * 「約95万人を超え」 → 「約95万人超」 / "over about 950,000 人"; 「最大1,200億円」 / "up to ¥120,000,000,000".
 */
export function formatFigureValue(f: Figure, lang: UiLang, t: PageTranslate): string {
  let v = formatRawValue(f, lang);
  if (v === '—') return v;
  if (f.approx && f.value !== null) v = t('approx', { v });
  if (f.bound === 'max') return t('boundMax', { v });
  if (f.bound === 'min') return t('boundMin', { v });
  if (f.bound === 'over') return t('boundOver', { v });
  if (f.bound === 'under') return t('boundUnder', { v });
  return v;
}
