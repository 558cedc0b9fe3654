import type { CounterEntry } from '../lexicon/counters';
import { SHARED_CURRENCIES } from '../lexicon/currencies';
import { isCounter, isNoun, isPlaceName, isProperNoun } from '../text/pos';
import type { Token } from '../types';

const MIDDLE_DOT: ReadonlySet<string> = new Set(['・', '･']);

/** The currency a word after a number ends in, longer than it (カナダドル, スイスフラン), else undefined. */
function sharedCurrencyTail(word: string): string | undefined {
  return SHARED_CURRENCIES.find((c) => word.length > c.length && word.endsWith(c));
}

/**
 * カナダドル, シンガポールドル, スイスフラン: a counter IPADIC keeps whole (名詞,接尾,助数詞) that ends in a
 * currency several countries share is money, its unit the word (a plain noun such as ハンドル or
 * ブランド is not).
 */
export function currencyWord(t: Token): CounterEntry | null {
  return isCounter(t) && sharedCurrencyTail(t.surface) ? { surface: t.surface, unit: t.surface, kind: 'money' } : null;
}

/**
 * 191億オーストラリア・ドル, 3億ニュージーランドドル: a country's name (名詞,固有名詞,地域) and a shared
 * currency, with or without a middle dot, after a number are money in that country's currency.
 * `i` is the index of the token right after the number.
 */
export function countryCurrency(tokens: readonly Token[], i: number): { entry: CounterEntry; end: number } | null {
  const place = tokens[i];
  if (!place || !isProperNoun(place) || !isPlaceName(place)) return null;
  let j = i + 1;
  if (MIDDLE_DOT.has(tokens[j]?.surface ?? '') && tokens[j]?.start === place.end) j++;
  const cur = tokens[j];
  if (!cur || cur.start !== (tokens[j - 1] as Token).end || !isNoun(cur) || !SHARED_CURRENCIES.includes(cur.surface))
    return null;
  const unit = place.surface + cur.surface;
  return { entry: { surface: unit, unit, kind: 'money' }, end: cur.end };
}
