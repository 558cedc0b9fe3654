/**
 * Words that end a place's name and are part of it (gold convention): 「クルスク州」, 「千代田区」,
 * 「千葉県」, 「成田空港」.
 */
import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * What a place ending is:
 * - `division`: an administrative division that makes a name of the word before it (州, 県, 市, 区);
 * - `prefecture`: the last character of a Japanese prefecture's name (東京都, 北海道, 大阪府, 千葉県);
 * - `facility`: a facility, a place in the gold convention (「上野動物園」, 「種子島宇宙センター」);
 * - `landform`: a feature of the land or sea named by the word before it (「房総半島」, 「奄美諸島」).
 */
export type PlaceEndingRole = 'division' | 'prefecture' | 'facility' | 'landform';

/** Every place ending, with its roles. */
export const PLACE_ENDINGS: WordTable<readonly PlaceEndingRole[]> = wordTable<readonly PlaceEndingRole[]>({
  州: ['division'],
  県: ['division', 'prefecture'],
  市: ['division'],
  区: ['division'],
  町: ['division'],
  村: ['division'],
  郡: ['division'],
  都: ['prefecture'],
  道: ['prefecture'],
  府: ['prefecture'],
  動物園: ['facility'],
  水族館: ['facility'],
  空港: ['facility'],
  駅: ['facility'],
  港: ['facility'],
  公園: ['facility'],
  神社: ['facility'],
  寺: ['facility'],
  城: ['facility'],
  球場: ['facility'],
  美術館: ['facility'],
  博物館: ['facility'],
  宇宙センター: ['facility'],
  原発: ['facility'],
  // JR鹿児島本線, 東海道本線: a railway line is a place in the gold convention, like a station.
  本線: ['facility'],
  // 房総半島, 奄美諸島, 日本列島, 津軽海峡, 飛騨山脈, 甲府盆地, 濃尾平野: the land and sea by their features
  // (伊豆 alone is a surname to IPADIC, so 伊豆半島 was no name without its last word).
  半島: ['landform'],
  諸島: ['landform'],
  列島: ['landform'],
  海峡: ['landform'],
  山脈: ['landform'],
  盆地: ['landform'],
  平野: ['landform'],
});

const withRole = (role: PlaceEndingRole) => wordsWhere(PLACE_ENDINGS, (r) => r.includes(role));

/** Divisions that end a place name: 「クルスク州」, 「千代田区」. */
export const PLACE_SUFFIXES: readonly string[] = withRole('division');

/** Last characters of a prefecture's name: 東京都, 北海道, 大阪府, 千葉県. */
export const PREFECTURE_SUFFIXES: readonly string[] = withRole('prefecture');

/** Features of the land and sea: 「房総半島」, 「津軽海峡」. */
export const LANDFORM_SUFFIXES: readonly string[] = withRole('landform');

/** Facilities, places in the gold convention: 「上野動物園」, 「成田空港」, 「種子島宇宙センター」. */
export const FACILITY_SUFFIXES: readonly string[] = withRole('facility');

/** Any ending of an administrative area's name, division or prefecture: 桜川市, 東和町, 大阪府, 北海道, クルスク州. */
export const ADMINISTRATIVE_ENDS: readonly string[] = wordsWhere(
  PLACE_ENDINGS,
  (r) => r.includes('division') || r.includes('prefecture'),
);

/**
 * Activities whose 所 makes the body that does them, not a facility: 「地質調査所」, 「気象観測所」 are
 * organisations, while 「撮影所」, 「営業所」, 「蒸留所」 and 「発電所」 are places (the facility convention).
 */
export const INSTITUTE_ACTIVITIES: ReadonlySet<string> = new Set(['調査', '観測', '試験', '検査', '研究']);

/**
 * Words that after a bare place name a branch or a subsidiary there, not a body of its own name: 「日本法人」,
 * 「東京支店」, 「郡山営業所」, 「大阪本社社会部」.
 */
export const BRANCH_WORDS: ReadonlySet<string> = new Set(['法人', '本社', '支社', '支店', '営業所', '事務所', '工場']);

/**
 * Katakana words that end a facility's name, not a firm's: 「サンシャインシティ」, 「みなとタワー」,
 * 「ベイモール」 (entities/head-office.ts: a facility has an address in brackets too).
 */
export const FACILITY_WORDS: readonly string[] = [
  'シティ',
  'タワー',
  'モール',
  'プラザ',
  'ホール',
  'アリーナ',
  'ドーム',
  'センター',
  'パーク',
  'テラス',
  'ヒルズ',
  'ビル',
  'ホテル',
  'スタジアム',
];
