/**
 * Metric units written in katakana are a prefix and a base: ミリグラム = mg, マイクロシーベルト = µSv,
 * ナノメートル = nm, メガヘルツ = MHz. News writes them in any combination (呼気1リットル中0.25ミリグラム,
 * 毎時0.1マイクロシーベルト), so the counters take the product of these two tables rather than a list of
 * the combinations met so far.
 */

/** SI prefixes as news writes them in katakana, with their symbol. */
export const METRIC_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['ピコ', 'p'],
  ['ナノ', 'n'],
  ['マイクロ', 'µ'],
  ['ミリ', 'm'],
  ['センチ', 'c'],
  ['ヘクト', 'h'],
  ['キロ', 'k'],
  ['メガ', 'M'],
  ['ギガ', 'G'],
  ['テラ', 'T'],
  ['ペタ', 'P'],
]);

/** Base units that take a prefix, with their symbol. */
export const METRIC_BASES: ReadonlyMap<string, string> = new Map([
  ['グラム', 'g'],
  ['メートル', 'm'],
  ['リットル', 'L'],
  ['ワット時', 'Wh'],
  ['ワット', 'W'],
  ['ボルト', 'V'],
  // 5000ミリアンペア時 → mAh: a battery's charge, as ワット時 is an energy (the 時 is no time of day)
  ['アンペア時', 'Ah'],
  ['アンペア', 'A'],
  ['ヘルツ', 'Hz'],
  // the byte and bit family as one: 800バイト → B, 300キロバイト → kB, 2ペタバイト → PB, 10ギガビット → Gbit
  ['バイト', 'B'],
  ['ビット', 'bit'],
  ['シーベルト', 'Sv'],
  ['ベクレル', 'Bq'],
  ['パスカル', 'Pa'],
  ['ジュール', 'J'],
  ['カロリー', 'cal'],
]);
