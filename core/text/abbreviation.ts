const KANJI = /^[一-龥々]+$/;

/** True when `s` is written in kanji only (李成権, 公取委). */
export const isKanjiWord = (s: string): boolean => KANJI.test(s);

/**
 * True when `short` abbreviates `long` by keeping some of its kanji in order, first one included:
 * 公取委 ↔ 公正取引委員会, 国交省 ↔ 国土交通省, 日銀 ↔ 日本銀行.
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || long.length < short.length + 2 || short[0] !== long[0] || !KANJI.test(short)) return false;
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}
