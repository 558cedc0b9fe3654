import type { FigureKind } from '../types';
import { WORLD_CURRENCIES } from './currencies';
import { METRIC_BASES, METRIC_PREFIXES } from './metric-units';
import { WordIndex, type WordTable } from './word-table';

/** The spellings of the counter of countries, all read as カ国: 5カ国, 5か国, 5ヵ国, 5ヶ国, 5ケ国, 5箇国. */
export const COUNTRY_COUNTERS: readonly string[] = ['カ国', 'か国', 'ヵ国', 'ヶ国', 'ケ国', '箇国'];

/** 人, 名: the counters of people (2人, 3名), whose count is of the people named before it. */
export const PEOPLE_COUNTERS: ReadonlySet<string> = new Set(['人', '名']);

/**
 * How a counter behaves after a number.
 * - `marker`: only a figure with a duration marker after it or an approx prefix before it
 *   (3年間, 3年以上, 約3年 are durations; 2024年, 20年から are dates).
 * - `band`: an age band: 30代 → 30–39.
 * - `designation`: after a name glued to the number it names one thing: 日航123便 is a flight,
 *   国内線86便 and 計86便 are counts.
 * - `record`: a rank only in a ranking of records (過去2番目, 2番目の高さ; figures/record-rank.ts),
 *   else a place in a row (列の2番目).
 */
export type CounterRule = 'marker' | 'band' | 'designation' | 'record';

/** A counter or unit word that may follow a number. */
export interface CounterEntry {
  /** As written after the number (full-width Latin is folded before lookup: ｋｍ → km). */
  surface: string;
  /** The unit reported, normalised lightly: パーセント → %, ヶ月 → カ月, キロメートル → km. */
  unit: string;
  kind: FigureKind;
  rule?: CounterRule;
}

const COUNT = (surface: string, unit = surface): CounterEntry => ({ surface, unit, kind: 'count' });
const MEASURE = (surface: string, unit = surface): CounterEntry => ({ surface, unit, kind: 'measure' });
const DURATION = (surface: string, unit: string, rule?: CounterRule): CounterEntry =>
  rule ? { surface, unit, kind: 'duration', rule } : { surface, unit, kind: 'duration' };
const MONEY = (surface: string, unit = surface): CounterEntry => ({ surface, unit, kind: 'money' });

/** ボルト → V, ミリグラム → mg, マイクロシーベルト → µSv: every base, alone and with every katakana prefix. */
const PREFIXED_METRIC: readonly CounterEntry[] = [['', ''] as const, ...METRIC_PREFIXES].flatMap(([prefix, p]) =>
  [...METRIC_BASES].map(([base, b]) => MEASURE(prefix + base, p + b)),
);

/**
 * Counters and units after a number. Dates (年 alone, 月, 日) and times (時) are deliberately absent.
 * The prefixed metric units come first, so a unit listed by hand below (ミリリットル → ml) wins; the
 * katakana names they already give as wanted (キロメートル → km, バイト → B, ミリシーベルト → mSv) are not repeated.
 */
export const COUNTERS: readonly CounterEntry[] = [
  ...PREFIXED_METRIC,
  // people and things
  ...['人', '名', '件', '台', '機', '隻', '艇', '両', '発', '棟', '戸', '軒', '本', '校', '社', '店', '店舗'].map((s) =>
    COUNT(s),
  ),
  ...[
    '回',
    '度',
    '個',
    'つ',
    '枚',
    '冊',
    '頭',
    '匹',
    '羽',
    '票',
    '議席',
    '席',
    '世帯',
    '項目',
    '品目',
    '種類',
    '団体',
  ].map((s) => COUNT(s)),
  ...['グループ', 'チーム', '基', '門', '着', '杯', '点', '勝', '敗', '試合', '層', '県', '都市', '病院', '施設'].map(
    (s) => COUNT(s),
  ),
  ...[
    '部隊',
    '人分',
    '例',
    '問',
    '曲',
    '作品',
    '選手',
    '本塁打',
    '安打',
    '打点',
    '得点',
    '失点',
    // 8奪三振, 5被安打: IPADIC reads 奪 and 被 as prefixes (接頭詞) of the noun, so no open counter forms.
    '奪三振',
    '被安打',
    '歩',
    '株',
    '拠点',
    '回線',
    '室',
  ].map((s) => COUNT(s)),
  ...COUNTRY_COUNTERS.map((s) => COUNT(s, 'カ国')),
  ...['カ所', 'か所', 'ヵ所', 'ヶ所', 'ケ所', '箇所'].map((s) => COUNT(s, 'カ所')),
  COUNT('カ国・地域', 'カ国'),
  ...['都道府県', '市町村', '自治体', '市区町村', '市町'].map((s) => COUNT(s)),
  { surface: '便', unit: '便', kind: 'count', rule: 'designation' },
  // money (suffix; prefixes like $ are in qualifiers.ts)
  ...WORLD_CURRENCIES.map((s) => MONEY(s)),
  // percent, points and ratios
  { surface: '%', unit: '%', kind: 'percent' },
  { surface: '％', unit: '%', kind: 'percent' },
  { surface: 'パーセント', unit: '%', kind: 'percent' },
  { surface: 'ポイント', unit: 'ポイント', kind: 'percent' },
  { surface: '倍', unit: '倍', kind: 'ratio' },
  // durations: 年 alone is a date unless a marker follows (3年以上) or an approx precedes (約3年)
  DURATION('年間', '年'),
  DURATION('年', '年', 'marker'),
  DURATION('日', '日', 'marker'),
  ...['カ月', 'か月', 'ヵ月', 'ヶ月', 'ケ月', '箇月', 'カ月間', 'か月間', 'ヶ月間', 'ケ月間'].map((s) =>
    DURATION(s, 'カ月'),
  ),
  DURATION('週間', '週'),
  DURATION('日間', '日'),
  // 5営業日以内, 10開庁日: days counted on the calendar of a business, an office or a market
  ...['営業日', '開庁日', '稼働日', '取引日'].map((s) => DURATION(s, '日')),
  DURATION('時間', '時間'),
  DURATION('分間', '分'),
  DURATION('分', '分'),
  DURATION('秒間', '秒'),
  DURATION('秒', '秒'),
  // ages and ranks
  { surface: '歳', unit: '歳', kind: 'age' },
  { surface: '才', unit: '歳', kind: 'age' },
  { surface: '代', unit: '歳', kind: 'age', rule: 'band' },
  // 80歳代, 30～40歳代: the band written with 歳
  { surface: '歳代', unit: '歳', kind: 'age', rule: 'band' },
  { surface: '位', unit: '位', kind: 'rank' },
  { surface: '番目', unit: '番目', kind: 'rank', rule: 'record' },
  // measures (キロ and ミリ are refined by context in figures/units.ts)
  ...['km', '㎞'].map((s) => MEASURE(s, 'km')),
  ...['kg', '㎏'].map((s) => MEASURE(s, 'kg')),
  MEASURE('m'),
  ...['センチ', 'cm', '㎝'].map((s) => MEASURE(s, 'cm')),
  ...['mm', '㎜'].map((s) => MEASURE(s, 'mm')),
  ...['ミリリットル', 'ml', 'mL', '㎖'].map((s) => MEASURE(s, 'ml')),
  MEASURE('L'),
  MEASURE('g'),
  ...['平方キロメートル', '平方キロ', '平方km', 'km2', '㎢'].map((s) => MEASURE(s, 'km2')),
  ...['平方メートル', '㎡', 'm2'].map((s) => MEASURE(s, 'm2')),
  ...['平方センチメートル', '平方センチ', '㎠', 'cm2'].map((s) => MEASURE(s, 'cm2')),
  // 300立方メートル → m3, as 平方メートル → m2: a volume in the area's notation, one power up
  ...['立方メートル', '㎥', 'm3'].map((s) => MEASURE(s, 'm3')),
  ...['立方キロメートル', '立方キロ', 'km3'].map((s) => MEASURE(s, 'km3')),
  ...['立方センチメートル', '立方センチ', '㎤', 'cm3'].map((s) => MEASURE(s, 'cm3')),
  // 地球から40光年: a length, not a count of years (the 年 of 光年 is no duration); so the astronomer's others
  ...['光年', '天文単位', 'パーセク'].map((s) => MEASURE(s)),
  ...['℃', '°C', '度C'].map((s) => MEASURE(s, '℃')),
  MEASURE('W'),
  MEASURE('kW'),
  MEASURE('MW'),
  MEASURE('GW'),
  MEASURE('kWh'),
  MEASURE('GB'),
  MEASURE('TB'),
  MEASURE('MB'),
  ...['ヘクタール', 'ha'].map((s) => MEASURE(s, 'ha')),
  // 台風の中心気圧 960hPa (ヘクトパスカル is in the metric product)
  MEASURE('hPa'),
  ...['トン', 'インチ', 'フィート', 'マイル', 'ノット'].map((s) => MEASURE(s)),
  ...['デシベル', '畳', '坪', '階建て', '階建'].map((s) => MEASURE(s)),
  // resolution: 2778×1284ドット, 4800万画素 (and the counter that lets a product of them be read)
  ...['ドット', 'ピクセル', '画素'].map((s) => COUNT(s)),
  MEASURE('キロ', 'km'),
  MEASURE('ミリ', 'mm'),
  MEASURE('メガ', 'M'),
];

/** Counters by surface, for lookup at a position: longest surface wins (カ月間 over カ月, キロワット over キロ). */
export const COUNTER_BY_SURFACE: WordTable<CounterEntry> = new Map(COUNTERS.map((c) => [c.surface, c]));

const COUNTER_INDEX = new WordIndex(COUNTER_BY_SURFACE);

/** Looks up the longest counter written at `pos` in `text` (already folded to half-width). */
export function counterAt(text: string, pos: number): CounterEntry | null {
  return COUNTER_INDEX.longestAt(text, pos)?.[1] ?? null;
}
