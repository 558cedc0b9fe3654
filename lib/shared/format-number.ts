import type { UiLang } from './i18n';

/**
 * Numbers as each UI language's readers write them. Japanese groups by 万 (10⁴), 億 (10⁸), 兆 (10¹²)
 * and 京 (10¹⁶), as every Japanese newspaper does: 950000 → 「95万」, 120000000000 → 「1,200億」,
 * 123456789 → 「1億2,345万6,789」. English keeps western grouping: 950,000.
 */

/**
 * A formatter made on first use, not when the module loads: the first Intl.NumberFormat of a context
 * loads ICU's locale data (10–15 ms in a page's content script, measured with the CPU profiler), and
 * every page runs the content script while most never show a number in the card.
 */
function lazyFormat(locale: string): () => Intl.NumberFormat {
  let made: Intl.NumberFormat | null = null;
  return () => (made ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }));
}

const WESTERN = lazyFormat('en-US');
// Inside one myriad group (0–9,999) the Japanese press also groups thousands: 1,200億.
const GROUP = lazyFormat('ja-JP');
const MYRIADS: readonly [number, string][] = [
  [1e16, '京'],
  [1e12, '兆'],
  [1e8, '億'],
  [1e4, '万'],
];

/**
 * A number in Japanese myriad style: 30000 → 「3万」, 15000 → 「1万5,000」, 1.5 → 「1.5」,
 * 2500.5 → 「2,500.5」. Below 10,000 it is the ordinary grouped number.
 */
export function formatMyriad(n: number): string {
  if (!Number.isFinite(n)) return GROUP().format(n);
  const sign = n < 0 ? '-' : '';
  let rest = Math.abs(n);
  if (rest < 1e4) return sign + GROUP().format(rest);
  // Values past 10⁴ are whole in news (95万人, 1.2兆円 = 1,200,000,000,000); a stray fraction
  // (an average of 12,345.6) stays on the last group.
  let out = '';
  for (const [size, name] of MYRIADS) {
    const part = Math.floor(rest / size + 1e-9);
    if (part > 0) {
      out += GROUP().format(part) + name;
      rest -= part * size;
    }
  }
  // Floating error from the subtractions (1.2e11 - 1200 * 1e8) must not print as 「0.0001」.
  rest = Math.round(rest * 1e4) / 1e4;
  if (rest > 0) out += GROUP().format(rest);
  return sign + out;
}

/** A number in the UI language's style: 「95万」 in Japanese, 950,000 in English. */
export function formatNumber(n: number, lang: UiLang): string {
  return lang === 'ja' ? formatMyriad(n) : WESTERN().format(n);
}

/** A plain count (rows, sources) with grouping but no myriads: 1,700 in both languages. */
export function formatCount(n: number): string {
  return WESTERN().format(n);
}
