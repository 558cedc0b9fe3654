import type { Figure } from '../core/types';
import type { Translate, UiLang } from './i18n';

/**
 * The normalised value of a figure, readable in the UI language: 95万人 → "950,000", 3〜4万人 →
 * "30,000–40,000", with approx and bound words ("over 950,000" / "950,000超").
 */
export function formatFigureValue(f: Figure, lang: UiLang, t: Translate): string {
  const nf = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 4 });
  let v: string;
  if (f.value !== null) v = nf.format(f.value);
  else if (f.min !== null && f.max !== null) v = `${nf.format(f.min)}–${nf.format(f.max)}`;
  else if (f.min !== null) v = nf.format(f.min);
  else return '—';
  if (f.approx && f.value !== null) v = t('approx', { v });
  if (f.bound === 'max') return t('boundMax', { v });
  if (f.bound === 'min') return t('boundMin', { v });
  if (f.bound === 'over') return t('boundOver', { v });
  if (f.bound === 'under') return t('boundUnder', { v });
  return v;
}
