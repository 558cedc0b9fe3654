import type { DateMention, Figure } from '../core/types';
import type { Translate, UiLang } from './i18n';

const NUMBER_FORMATS: Record<UiLang, Intl.NumberFormat> = {
  ja: new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }),
};

/** A number in the UI language's format: 30000 → "30,000" (both use grouping; decimals follow the locale). */
export function formatNumber(n: number, lang: UiLang): string {
  return NUMBER_FORMATS[lang].format(n);
}

/** The bare normalised value: 95万人 → "950,000", 3〜4万人 → "30,000–40,000", nothing known → "—". */
function formatRawValue(f: Figure, lang: UiLang): string {
  if (f.value !== null) return formatNumber(f.value, lang);
  if (f.min !== null && f.max !== null) return `${formatNumber(f.min, lang)}–${formatNumber(f.max, lang)}`;
  if (f.min !== null) return formatNumber(f.min, lang);
  if (f.max !== null) return formatNumber(f.max, lang);
  return '—';
}

/**
 * The normalised value of a figure, readable in the UI language: 95万人 → "950,000", 3〜4万人 →
 * "30,000–40,000", with approx and bound words ("over 950,000" / "950,000超").
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
