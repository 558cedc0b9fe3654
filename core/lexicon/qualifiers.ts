import { DASHES } from '../text/script';
import type { Bound } from '../types';
import type { WordTable } from './word-table';

/** What a qualifier word says about the number next to it. */
export interface Qualifier {
  surface: string;
  approx?: boolean;
  bound?: Bound;
  /** The figure is a change: 前年比3%増 → increase. */
  change?: 'increase' | 'decrease';
  /** A unit the qualifier implies: 時速300キロ → km/h, マグニチュード7.1 → M. */
  unit?: string;
  /** A currency written before the number: $100 → ドル. */
  currency?: string;
  /** A sign: ▲0.2% → −0.2. */
  negative?: boolean;
  /** Only when the character before is not a kanji or digit (年3050万円 but not 今年3人). */
  standalone?: boolean;
}

/** Qualifiers written before the number, matched backwards from it; they may stack (最大震度6強, 年約1万円). */
export const PREFIX_QUALIFIERS: readonly Qualifier[] = [
  ...['約', 'およそ', 'おおよそ', '凡そ', 'ほぼ', '概ね', 'おおむね', 'ざっと', '推定', '推計'].map((s) => ({
    surface: s,
    approx: true,
  })),
  ...['最大', '最大で', '最高', '最高で', '最多', '最長', '最長で', '多くとも', '多くて', '上限'].map((s) => ({
    surface: s,
    bound: 'max' as const,
  })),
  ...['少なくとも', '最低', '最低でも', '最少', '最小', '最短', '下限'].map((s) => ({
    surface: s,
    bound: 'min' as const,
  })),
  ...[
    '前年比',
    '前年同期比',
    '前年同月比',
    '前月比',
    '前期比',
    '前年度比',
    '前週比',
    '前回比',
    '対前年比',
    '年率換算で',
  ].map((s) => ({ surface: s })),
  // 計15人 and 同42位, but not 統計3万人 or 共同3社
  ...['年', '月', '週', '計', '同'].map((s) => ({ surface: s, standalone: true })),
  ...['毎分', '毎秒', '毎時', '毎日', '毎年', '毎月', '毎週', '合計', '世界', '前年'].map((s) => ({
    surface: s,
  })),
  // a speed per hour, minute or second: 時速40キロ → km/h, 秒速38メートル → m/s, 分速80メートル → m/min
  { surface: '時速', unit: 'km/h' },
  { surface: '分速', unit: 'm/min' },
  { surface: '秒速', unit: 'm/s' },
  // マグニチュードは6.8, 震度は5強: the scale may be the topic
  // マグニチュード（M）は7.1: the scale's name with its symbol in brackets, as a news report first writes it
  ...['', '（M）', '(M)', '（Ｍ）'].flatMap((m) =>
    ['', 'は', 'が'].map((p) => ({ surface: `マグニチュード${m}${p}`, unit: 'M' })),
  ),
  // 地震の規模（マグニチュード）は5.2: the scale named in brackets after what it measures
  ...['（マグニチュード）は', '（マグニチュード）が', '(マグニチュード)は'].map((s) => ({ surface: s, unit: 'M' })),
  ...['震度', '震度は', '震度が'].map((s) => ({ surface: s, unit: '震度' })),
  { surface: '射程', unit: 'km' },
  { surface: '体重', unit: 'kg' },
  ...['▲', '△', 'マイナス', '−', '氷点下', '零下'].map((s) => ({ surface: s, negative: true })),
  ...['$', '＄', 'US$', 'US＄', '米$'].map((s) => ({ surface: s, currency: 'ドル' })),
  ...['¥', '￥'].map((s) => ({ surface: s, currency: '円' })),
  { surface: '€', currency: 'ユーロ' },
  { surface: '£', currency: 'ポンド' },
];

/** Qualifiers written after the number and its unit; they may stack (300人以上に上る, 1億円超). */
export const SUFFIX_QUALIFIERS: readonly Qualifier[] = [
  ...['以上'].map((s) => ({ surface: s, bound: 'min' as const })),
  // 未満 leaves the number out; 以下 takes it in, as 以内 and まで do (半分以下 is at most half, ≤ 0.5).
  ...['未満'].map((s) => ({ surface: s, bound: 'under' as const })),
  ...['超', '超え', 'を超える', 'を超え', 'を超えた', 'を超えて', 'を上回る', 'を上回った', 'を上回り', 'を上回っ'].map(
    (s) => ({ surface: s, bound: 'over' as const }),
  ),
  ...['を下回る', 'を下回った', 'を下回り', 'を下回っ'].map((s) => ({ surface: s, bound: 'under' as const })),
  // 10人に満たない, 半分に満たず: short of the number
  ...['に満たない', 'に満たなかった', 'に満たず'].map((s) => ({ surface: s, bound: 'under' as const })),
  ...['以下', '以内', 'まで'].map((s) => ({ surface: s, bound: 'max' as const })),
  ...['強', '余り', 'あまり', '余', 'ちょっと'].map((s) => ({
    surface: s,
    approx: true,
    bound: 'over' as const,
  })),
  // 1万人近い観客, 50年近く: just under the number (近い before a noun, 近く before a verb)
  ...['弱', '近く', '近い', '足らず', 'たらず'].map((s) => ({ surface: s, approx: true, bound: 'under' as const })),
  ...['程度', '前後', 'ほど', 'くらい', 'ぐらい', '規模', '級', '台'].map((s) => ({ surface: s, approx: true })),
  // 前年比3%増, 1,023円安 (a share price down by ¥1,023), 500円高
  ...['増', '増加', '増し', 'アップ', '高'].map((s) => ({ surface: s, change: 'increase' as const })),
  // 3割引き, 500円引: a discount
  ...['減', '減少', 'ダウン', '安', '引き', '引'].map((s) => ({ surface: s, change: 'decrease' as const })),
  ...['分', '相当', '連続', 'ぶり'].map((s) => ({ surface: s })),
];

/**
 * A floor the price starts at: 「24万9800円から」 closing a headline or a clause (から。, から）, からで、,
 * からです); 「1万円から、2万円に」 and 「3万円から5万円」 start a change or a range instead.
 */
export const FLOOR_FROM: Qualifier = { surface: 'から', bound: 'min' };
export const FLOOR_FROM_CLOSE = /^から(?:$|[。\n　 」』）)]|で[、。]|です|となる)/;

/** After N年 only (10日になる is a date): 戦後80年となる, 発売から20年になる. */
export const YEAR_MARKERS: readonly string[] = ['とな', 'にな'];

/**
 * Nouns after a two-digit N年 that make it a term, not a year: 10年契約, 30年ローン, 20年国債 (one digit
 * or three need none: 3年計画, 100年企業; 22年問題 stays a year).
 */
export const TERM_NOUNS: ReadonlySet<string> = new Set([
  ...['契約', '計画', '国債', '債', 'ローン', '保証', '任期', '周期', '満期', '保存', '分割', '償還'],
]);

/**
 * Nouns naming a length that a rule sets: 更新の間隔を5年に延ばす, 任期は4年に, 登録更新は3年に. N年 after
 * them and は/を, before に, is the new length (see figures/durations.ts).
 */
export const LENGTH_NOUNS: readonly string[] = ['間隔', '期間', '任期', '周期', '期限', '更新', '猶予'];

/** After these a month count is written N月, not Nカ月: 懲役1年6月, 拘禁刑2年6月. */
export const SENTENCE_PREFIXES: readonly string[] = ['懲役', '禁錮', '禁固', '拘禁刑', '執行猶予'];

/**
 * "About" written after a number that names no scale of its own (規模, 級 and 台 do): with an amount's
 * qualifier before, a bare number hedged on both sides is an amount (少なくとも1000程度は, 約300ほどが).
 */
export const HEDGES_AFTER: readonly string[] = ['程度', '前後', 'ほど', 'くらい', 'ぐらい'];

/** Range separators between two numbers: 3〜4万人, 30-40%, 25度から30度. */
export const RANGE_SEPARATORS: readonly string[] = ['〜', '～', '~', ...DASHES, 'から', 'ないし'];

/**
 * After a から-range these mean a change, not a range: 8人から11人に増やした, 9240円から1万1310円となり,
 * 3人から5人と増えた (3人から5人とみられる stays a range).
 */
export const CHANGE_AFTER_RANGE: readonly string[] = [
  'に',
  'へ',
  'とな',
  'と増',
  'と減',
  'と倍',
  'と上昇',
  'と下落',
  'と拡大',
  'と縮小',
];

/** Words a little after a figure that make it a change: 2倍に増えた, 3%の減少. */
export const CHANGE_WORDS: WordTable<'increase' | 'decrease'> = new Map([
  ['増', 'increase'],
  ['上昇', 'increase'],
  ['拡大', 'increase'],
  ['伸び', 'increase'],
  ['上がっ', 'increase'],
  ['減', 'decrease'],
  ['低下', 'decrease'],
  ['下落', 'decrease'],
  ['縮小', 'decrease'],
  ['下がっ', 'decrease'],
]);
