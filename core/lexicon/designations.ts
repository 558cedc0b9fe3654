/**
 * Words after a number or a code that designate one thing instead of counting or naming a body: ルイ14世,
 * 5号線, 209型潜水艦, 「AA型」, 「RT系」. One table, read by two rules.
 */
import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * Where a designation is read:
 * - `counter`: after a number, so the number is no figure (figures/open-counter.ts: 5号線, 4番, 2代目);
 * - `model`: after capitals, so the capitals name a model, not a body (entities/acronyms.ts: 「AA型」,
 *   「RT系」).
 */
export type DesignationRole = 'counter' | 'model';

/** Every designating word, with where it is read. */
export const DESIGNATIONS: WordTable<readonly DesignationRole[]> = wordTable<readonly DesignationRole[]>({
  世: ['counter'],
  号: ['counter', 'model'],
  号室: ['counter'],
  号棟: ['counter'],
  号機: ['counter'],
  号線: ['counter'],
  号証: ['counter'],
  号館: ['counter'],
  号車: ['counter'],
  番: ['counter'],
  番地: ['counter'],
  番線: ['counter'],
  番手: ['counter'],
  番台: ['counter'],
  番目: ['counter'],
  // 11、12両日: days of the month
  両日: ['counter'],
  丁目: ['counter'],
  条: ['counter'],
  項: ['counter'],
  章: ['counter'],
  節: ['counter'],
  篇: ['counter'],
  編: ['counter'],
  話: ['counter'],
  幕: ['counter'],
  巻目: ['counter'],
  版: ['counter', 'model'],
  刷: ['counter'],
  年版: ['counter'],
  年生: ['counter'],
  期生: ['counter'],
  回生: ['counter'],
  回忌: ['counter'],
  周忌: ['counter'],
  回戦: ['counter'],
  代目: ['counter'],
  度目: ['counter'],
  巡目: ['counter'],
  等: ['counter'],
  等地: ['counter'],
  等席: ['counter'],
  親等: ['counter'],
  次: ['counter'],
  次元: ['counter'],
  進数: ['counter'],
  式: ['counter', 'model'],
  段式: ['counter'],
  型: ['counter', 'model'],
  形: ['counter', 'model'],
  系: ['counter', 'model'],
  階: ['counter'],
  限: ['counter'],
  時限: ['counter'],
  級: ['counter', 'model'],
  段: ['counter'],
  位: ['counter'],
  // wards, arrondissements and relay legs are named by number: パリ14区, 5区を走る
  区: ['counter'],
  年: ['counter'],
  年度: ['counter'],
  年代: ['counter'],
  年余: ['counter'],
  年来: ['counter'],
  月: ['counter'],
  日: ['counter'],
  時: ['counter'],
  時半: ['counter'],
  分: ['counter'],
  分の: ['counter'],
  分ノ: ['counter'],
  分目: ['counter'],
  分木: ['counter'],
  秒: ['counter'],
  世紀: ['counter'],
  時代: ['counter'],
  世代目: ['counter'],
  代: ['counter'],
  才: ['counter'],
  歳: ['counter'],
  歳児: ['counter'],
  割: ['counter'],
  倍: ['counter'],
  目: ['counter'],
  前: ['counter'],
  後: ['counter'],
  中: ['counter'],
  間: ['counter'],
  内: ['counter'],
  機: ['model'],
});

/**
 * Counters (IPADIC 助数詞 and nouns) that name, order or date one thing instead of counting many:
 * ルイ14世, 5号線, 4番, 1丁目, 第9条, 3年生, 2代目, 209型潜水艦, 2400形, 地下1階, 1等, 2次元.
 * Dates and times (年, 月, 日, 時, 世紀) belong to core/dates.
 */
export const DESIGNATING_COUNTERS: ReadonlySet<string> = new Set(
  wordsWhere(DESIGNATIONS, (r) => r.includes('counter')),
);

/**
 * What follows capitals that name a model, not a body: 「MD-80」, 「BBR1」, 「AA型」, 「RT系」. The
 * acronym rule leaves such capitals alone (digits, hyphens and slashes are checked by character).
 */
export const MODEL_DESIGNATION_MARKS: ReadonlySet<string> = new Set(
  wordsWhere(DESIGNATIONS, (r) => r.includes('model')),
);

/**
 * Heads of a noun a bare number names or ranks a thing by, not how many of it there are: 背番号は87で,
 * 登録番号は12だ, 決まった順位は3で (figures/bare.ts leaves such a topic's number unmarked).
 */
export const NAMING_HEADS: readonly string[] = [
  '番号',
  '番',
  '号',
  'コード',
  '順位',
  'ランク',
  'レベル',
  '段階',
  '等級',
];
