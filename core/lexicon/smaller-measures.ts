/**
 * A smaller unit of the same quantity written right after a measure, read as one figure in the larger
 * unit (core/figures/smaller-units.ts): 身長1メートル80 → 1.8 m, 2キロ300グラムの金塊 → 2.3 kg, 熱は38度5分
 * → 38.5 度, 北緯35度40分 → 35.6667 度. 157円80銭 and 2時間20分 are read there too, by their own rules.
 */
export interface SmallerMeasure {
  /** The larger unit's counter as written (the counter entry's surface): メートル, キロ, 度. */
  after: string;
  /** The smaller unit written after the number; '' for bare digits (1メートル80, a height). */
  surface: string;
  /** How many of the smaller unit make one of the larger. */
  per: number;
  /** The unit the whole takes when the smaller one tells it (キロ before グラム is kilograms). */
  unit?: string;
}

/** Longer surfaces first within one `after` (センチメートル before センチ, before bare digits). */
export const SMALLER_MEASURES = [
  { after: 'メートル', surface: 'センチメートル', per: 100, unit: 'm' },
  { after: 'メートル', surface: 'センチ', per: 100, unit: 'm' },
  { after: 'メートル', surface: '', per: 100, unit: 'm' },
  { after: 'キロ', surface: 'グラム', per: 1000, unit: 'kg' },
  { after: 'キロ', surface: 'メートル', per: 1000, unit: 'km' },
  { after: 'キログラム', surface: 'グラム', per: 1000, unit: 'kg' },
  { after: 'キロメートル', surface: 'メートル', per: 1000, unit: 'km' },
  // 熱は38度5分: a body temperature's tenths; after 北緯 or 東経, or in two digits, minutes of arc (60 a degree)
  { after: '度', surface: '分', per: 10 },
] as const satisfies readonly SmallerMeasure[];

/** Words before an angle whose 度 is followed by minutes of arc: 北緯35度40分, 東経139度7分. */
export const ARC_WORDS: readonly string[] = ['北緯', '南緯', '東経', '西経', '緯度', '経度'];

/**
 * A currency's hundredth written after the whole amount: 157円80銭 → 157.8 円, 1ドル50セント → 1.5 ドル.
 * The one before it is an amount, not the base of a rate (1円20銭値上がり is no "20 per yen").
 */
export interface SmallerMoney {
  /** The currency's unit (the counter entry's unit): 円, ドル. */
  after: string;
  /** The smaller coin written after the number. */
  surface: string;
  /** How many of the smaller make one of the larger. */
  per: number;
}

export const SMALLER_MONEY = [
  { after: '円', surface: '銭', per: 100 },
  { after: 'ドル', surface: 'セント', per: 100 },
  { after: 'ユーロ', surface: 'セント', per: 100 },
] as const satisfies readonly SmallerMoney[];
