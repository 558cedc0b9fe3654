// Head words that decide what a figure counts (used by core/figures/counted.ts).
import { SOURCE_TITLES } from './person-titles';

/** Heads that scope or compare a figure rather than name what it counts: 前年比3%増, 全国30人, 合計3万人. */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  '比',
  '前年比',
  '年率',
  '前年',
  '前月',
  '前週',
  '全国',
  '国内',
  '海外',
  '世界',
  '県内',
  '都内',
  '市内',
  '全体',
  '合計',
  '総計',
  '累計',
  '通算',
  '延べ',
  '計',
  '平均',
  '最大',
  '最小',
  '最高',
  '最低',
  // 観測史上最多の402ミリ, 過去最長の12年: a superlative ranks the figure, it names nothing counted
  '最多',
  '最少',
  '最長',
  '最短',
  '最悪',
  '最速',
  '過去',
  '時点',
  '現在',
  'うち',
  '中',
  'ほか',
  'など',
  '等',
  '別',
  'あたり',
  '当たり',
  '時',
  // 年間約50万回, 月間100万人: a figure per year or month, not a thing counted
  '年間',
  '月間',
  // 税込2,980円: how a price is stated, not what it prices
  '税込',
  '税込み',
  '税抜',
  '税抜き',
  '税別',
]);

/** Heads that mean "the number of" and defer to the phrase before their の: 兵士の数, 参加者の総数. */
export const NUMBER_OF: ReadonlySet<string> = new Set(['数', '総数']);

/** Topics that act rather than being counted: 「政府は3万人を」, 「同社は3000億円を」, 「防衛相は約3千人と」. */
export const AGENT_HEADS: readonly string[] = [
  ...SOURCE_TITLES,
  '政府',
  '当局',
  '広報官',
  '同社',
  '同省',
  '同庁',
  '省',
  '庁',
  '軍部',
  // 「市教育委員会は…3校を1校に統合する」: a board or committee decides; it is not what is counted.
  '委員会',
  '教委',
];

/**
 * Counters of those who act — people, organisations, countries (IPADIC's place suffixes 県, 市, 州 are
 * read from the dictionary): a verbal noun after 「Nの」 is what they do or undergo, not what is
 * counted. 「3県の低迷」 counts prefectures, not slumps; 「5社の参入」 companies (but 「3万台の出荷」,
 * 「2件の調査」 count what the noun names).
 */
export const ACTOR_COUNTERS: ReadonlySet<string> = new Set([
  ...['人', '名', '社', '校', '党', '団体', '機関', '大学', 'チーム', '球団', '行', '店', '病院', '自治体'],
  ...['カ国', 'か国', 'ヵ国', 'ヶ国', 'ケ国', '国', '都市', '地域', '家族', '世帯'],
]);

/**
 * Verbs after 「Nを」 that say the topic reached or holds the figure, so the topic is what it counts:
 * 「視聴率は20.3%を記録した」「会員は200万人を突破」「同社株は2300円をつけた」「女性が3割を占める」
 * (「政府は3万人を派遣」: the topic acts).
 */
export const REACHED_VERBS: readonly string[] = [
  ...['を記録', 'をマーク', 'を突破', 'を達成', 'を更新', 'をつけ', 'を付け', 'を割り込', 'を割っ', 'を割る'],
  // 「女性が3割を占める」: a share the subject takes of a whole
  ...['を占め', 'を占める'],
];
