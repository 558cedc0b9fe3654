import { isKanjiWord } from './script';

/**
 * True when `short` abbreviates `long` by keeping some of its kanji in order, first one included:
 * 公取委 ↔ 公正取引委員会, 国交省 ↔ 国土交通省, 日銀 ↔ 日本銀行.
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || long.length < short.length + 2 || short[0] !== long[0] || !isKanjiWord(short)) return false;
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}
