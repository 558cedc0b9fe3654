import type { Numeral } from '../numbers/scan';

// 三十, 八百九十, 千二百: kanji digits composed with a place value; 十二 (十二支) and a lone 百 or 千
// (百科, 千代) open words of the language too often to count a noun after them.
const COMPOSED =
  /^(?:[二三四五六七八九][十百千万億]|[百千万億][一二三四五六七八九十百千])[〇一二三四五六七八九十百千万億]*$/;

/**
 * A numeral in kanji composed with a place value, which counts the common noun after it as digits do
 * (計八百九十地点, 三百団体 = 890 地点, 300 団体): the names written with kanji numbers are single digits
 * (三国志, 七福神) or words IPADIC knows whole (五十音, 八十八夜, 三千世界).
 */
export function isComposedKanjiCount(n: Pick<Numeral, 'kanjiOnly' | 'written'>): boolean {
  return n.kanjiOnly && COMPOSED.test(n.written);
}
