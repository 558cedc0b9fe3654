import type { DateMention, Figure } from '../../core/types';
import { formatNumber } from './format-number';
import type { Translate, UiLang } from './i18n';
import type { PageTranslate } from './i18n/page';

export { formatNumber } from './format-number';

export { formatFigureValue } from './format-value';

/** The qualifiers of a figure in words (「約」「最大」「数千」「3%増」), or "" when it has none. */
export function qualifierText(f: Figure, t: PageTranslate): string {
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
