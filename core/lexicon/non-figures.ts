import { COUNTRY_COUNTERS } from './counters';
import type { WordTable } from './word-table';
/**
 * Words that contain numerals but state no quantity. A kanji numeral inside one of them is never a
 * figure, whatever the tokenizer made of the word: 一部, 万一, 九州, 五分五分.
 */
export const NUMERAL_WORDS: readonly string[] = [
  ...['一部', '一方', '一段', '唯一', '万一', '万が一', '一人ひとり', '一人一人', '両国', '一層', '一定', '一貫'],
  ...['一斉', '一緒', '一番', '一律', '一気', '一致', '一連', '一線', '一環', '一概', '一向', '一旦', '統一', '同一'],
  ...['一般', '一体', '一切', '一帯', '一見', '一員', '一角', '一面', '一挙', '一転', '一新', '一筋', '一味'],
  ...[
    '一つ一つ',
    '一人前',
    '一流',
    '一家',
    '一行',
    '一同',
    '一任',
    '一因',
    '一助',
    '一端',
    '一覧',
    '一目',
    '逐一',
    '一度に',
    '一度も',
    '一段落',
  ],
  ...['二階堂', '三菱', '四国', '九州', '五輪', '八王子', '千葉', '三重', '京都', '京阪', '京急', '万博', '百貨店'],
  ...['五分五分', '万全', '億劫', '三日坊主', '二人三脚', '再三', '第三者', '無一文', '十分', '七夕', '十字', '二世'],
  // 保守が真っ二つに割れた: split down the middle, no count of two
  '真っ二つ',
  ...[
    '千差万別',
    '八百長',
    '一石二鳥',
    '九死に一生',
    '百も承知',
    '百人一首',
    '三位一体',
    '七五三',
    '九十九里',
    '十人十色',
    '四六時中',
    '三々五々',
    '一目瞭然',
  ],
  ...['千円札', '一万円札', '五十音', '八百屋', '三角', '四角', '百科', '千里', '八幡', '九段', '六本木'],
  ...['数々', '数多', '数値', '数字', '数学', '人数', '件数', '少数', '多数', '無数', '複数', '点数', '回数'],
];

/** Written right before a number, these make it an ordinal or a name: 第2次, 第9条, No.5. */
export const ORDINAL_PREFIXES: readonly string[] = ['第', 'No.', 'No', 'no.', '#', '＃', '№'];

/** Written right after the counter, these make it an ordinal: 3人目, 2回目, 45件目, 3番目. */
export const ORDINAL_SUFFIXES: readonly string[] = ['目', '番目', '代目'];

/**
 * Written right after the counter, these make the number name a kind of thing, not count one: a system
 * (7人制ラグビー, 2学期制, 3交代制) or a rating (5つ星ホテル, 3ツ星).
 */
export const KIND_SUFFIXES: readonly string[] = ['制', '星'];

// 3カ月予報, 1か月予報, 2週間予報: the stretch a weather forecast covers names which forecast it is.
const FORECAST_RANGE = ['予報'];

/**
 * Nouns that, right after a counter, make the number name what kind of thing it is: the points a shot
 * or a line is worth (3点シュート, 3ポイントシュート, 3点ライン), not a count of points; the range of a
 * forecast (気象台の3カ月予報). 3点差, 3点を奪う and 3カ月後の予報 still count. Keyed by the counter as written.
 */
export const KIND_NOUNS_AFTER: Readonly<Record<string, readonly string[]>> = {
  点: ['シュート', 'ライン'],
  ポイント: ['シュート', 'ライン'],
  カ月: FORECAST_RANGE,
  か月: FORECAST_RANGE,
  ヶ月: FORECAST_RANGE,
  ケ月: FORECAST_RANGE,
  ヵ月: FORECAST_RANGE,
  週間: FORECAST_RANGE,
};

/**
 * The sizes a group of countries is named by: 主要7カ国 (G7), 主要8カ国 (G8), 主要20カ国 (G20). Any other
 * number after 主要 / 先進 still counts: 欧州の主要4カ国, 主要5カ国の外相.
 */
export const COUNTRY_GROUP_SIZES: Readonly<Record<string, ReadonlySet<number>>> = Object.fromEntries(
  COUNTRY_COUNTERS.map((c) => [c, new Set([7, 8, 20])]),
);

/**
 * Words right before a number and its counter that make them name a group or a class, not count: 主要7カ国
 * and 先進7カ国 are the G7 (主要20カ国 the G20), 大型2種 a driving licence's class. Keyed by the counter as
 * written; 主要3社 still counts.
 */
export const NAMING_BEFORE: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(COUNTRY_COUNTERS.map((c) => [c, ['主要', '先進']])),
  種: ['大型', '中型', '準中型', '普通'],
  // 1都3県, 2府4県, 1道6県: prefectures named as a region by how many of each kind it takes in
  県: ['都', '道', '府'],
  // 法人2税 (法人住民税 and 法人事業税), 地方法人2税: a pair of taxes named by their number
  税: ['法人'],
};

// 1都|3県: the 都, 道 or 府 a region's name counts before its prefectures (see NAMING_BEFORE 県)
const PREFECTURES_AFTER = [...'123456789１２３４５６７８９一二三四五六七八九'].map((d) => `${d}県`);

/** Nouns right after the counter that make the number a class: 2種免許, 1種免許, 2人以上の世帯, 1都3県. */
export const NAMING_AFTER: Readonly<Record<string, readonly string[]>> = {
  // 2種免許; ダウ工業株30種平均, 225種平均: a stock index named by how many issues it averages
  種: ['免許', '平均'],
  ...Object.fromEntries(['都', '道', '府'].map((c) => [c, PREFECTURES_AFTER])),
  // 2人以上の世帯の消費支出: the survey's class of households, not two people
  人: ['以上の世帯', '以上世帯'],
};

/**
 * Words a bracket follows whose number and counter inside it, alone, name what the word is, not a count:
 * 日経平均株価（225種）, 米ダウ平均（30種）, 東証株価指数（2100種）— an index's make-up as its name.
 * Keyed by the counter as written; 株価（3種）の資料 is none of these, 平均（30種）is.
 */
export const NAMING_IN_BRACKETS: Readonly<Record<string, readonly string[]>> = {
  種: ['株価', '平均', '指数'],
};

/**
 * Counter words that are part of a longer word, not a count: 1人暮らし, 3回戦, 7回表, 2人称, 3本柱, 1人区;
 * idioms of one written in digits (1人っ子, 1人勝ち, 1戸建て, 1晩中) and one by one (1人1人, 1つ1つ).
 */
export const COUNTER_IDIOMS: readonly string[] = [
  '人暮らし',
  '回戦',
  '回表',
  '回裏',
  '人称',
  '本柱',
  '人組織',
  '人一脚',
  ...['人っ子', '人勝ち', '人ひとり', '戸建て', '戸建', '晩中'],
  // elections: a district named by its seats (32の1人区, 3人区) and the disparity in a vote's weight (1票の格差)
  ...['人区', '票の格差'],
  ...['人1人', 'つ1つ', '人１人', 'つ１つ'],
];

/**
 * Numeral words that are a number after all when followed by one of these: 十分 is "enough", but
 * 十分後 / 十分間 is ten minutes, and 十分の一 a tenth (十分の配慮 stays "enough").
 */
export const NUMERAL_WORD_EXCEPTIONS: WordTable<readonly string[]> = new Map([
  ['十分', ['後', '間', '前', '以内', 'おき', 'ほど', '程度', ...[...'一二三四五六七八九'].map((n) => `の${n}`)]],
]);
