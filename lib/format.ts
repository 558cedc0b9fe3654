import type { DateMention, Figure } from '../core/types';
import { formatNumber } from './format-number';
import type { Translate, UiLang } from './i18n';

export { formatNumber } from './format-number';

// How a unit is written with its number. Japanese writes the counter straight after (12万人, 38億円);
// English readers get ¥ for yen, × for times and a space before other units (120,000 人, 5 km).
const EN_PREFIX: Readonly<Record<string, string>> = { 円: '¥' };
const EN_SUFFIX: Readonly<Record<string, string>> = { '%': '%', 倍: '×', ポイント: ' pt' };

/** Numbers (one, or the two ends of a range) with their unit: [30000, 40000] 人 → 「3万〜4万人」 / "30,000–40,000 人". */
function withUnit(nums: readonly number[], unit: string, lang: UiLang): string {
  const n = nums.map((x) => formatNumber(x, lang)).join(lang === 'ja' ? '〜' : '–');
  if (lang === 'ja' || !unit) return n + unit;
  if (EN_PREFIX[unit]) return EN_PREFIX[unit] + n;
  return EN_SUFFIX[unit] ? n + EN_SUFFIX[unit] : `${n} ${unit}`;
}

/**
 * The bare normalised value with its unit: 95万人 → 「95万人」 / "950,000 人", 3〜4万人 → 「3万〜4万人」,
 * nothing known → "—". 割 is tenths: 3割 (value 0.3) reads 「3割（30%）」 in Japanese and "30%" in English.
 */
function formatRawValue(f: Figure, lang: UiLang): string {
  const nums =
    f.value !== null
      ? [f.value]
      : [f.min, f.max].filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (!nums.length || !nums.every(Number.isFinite)) return '—';
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
  return withUnit(nums, f.unit, lang);
}

/**
 * The normalised value of a figure, readable in the UI language, with approx and bound words:
 * 「約95万人を超え」 → 「約95万人超」 / "over about 950,000 人"; 「最大1,200億円」 / "up to ¥120,000,000,000".
 */
export function formatFigureValue(f: Figure, lang: UiLang, t: Translate): string {
  let v = formatRawValue(f, lang);
  if (v === '—') return v;
  if (f.approx && f.value !== null) v = t('approx', { v });
  if (f.bound === 'max') return t('boundMax', { v });
  if (f.bound === 'min') return t('boundMin', { v });
  if (f.bound === 'over') return t('boundOver', { v });
  if (f.bound === 'under') return t('boundUnder', { v });
  return v;
}

/** The qualifiers of a figure in words (「約」「最大」「数千」「3%増」), or "" when it has none. */
export function qualifierText(f: Figure, t: Translate): string {
  const parts: string[] = [];
  if (f.approx) parts.push(t('qualApprox'));
  if (f.bound) parts.push(t(`qual_${f.bound}`));
  if (f.vague) parts.push(t('qualVague'));
  if (f.change) parts.push(t(`qual_${f.change}`));
  return parts.join(', ');
}

/** A resolved date or date range in the UI language: "2024-11" → "2024年11月" / "Nov 2024". */
export function formatDateValue(v: DateMention['value'], lang: UiLang): string {
  const one = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    if (!y) return s;
    const opts: Intl.DateTimeFormatOptions = { year: 'numeric', ...(m ? { month: 'short' } : {}) };
    if (d) opts.day = 'numeric';
    return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { ...opts, timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)),
    );
  };
  return Array.isArray(v) ? `${one(v[0])} – ${one(v[1])}` : one(v);
}

/**
 * The popup's summary line with plural forms: "14 figures from 8 sources", "1 figure, none attributed
 * to a named source"; 「数字14件（出典8件）」.
 */
export function summaryText(figures: number, sources: number, lang: UiLang, t: Translate): string {
  const rule = new Intl.PluralRules(lang === 'ja' ? 'ja-JP' : 'en-US');
  const count = (key: 'figuresCount' | 'sourcesCount', n: number) =>
    t(rule.select(n) === 'one' ? `${key}_one` : `${key}_other`, { n: formatNumber(n, lang) });
  const f = count('figuresCount', figures);
  return sources
    ? t('summary', { figures: f, sources: count('sourcesCount', sources) })
    : t('summaryNoSources', { figures: f });
}
