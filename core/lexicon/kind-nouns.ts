import { DIGIT } from '../text/script';
import type { EntityType } from '../types';
import { type WordTable, wordTable } from './word-table';

/**
 * Common nouns that say what kind of thing the name after them is, in apposition: 「町ダンボア」,
 * 「首都キーウ」, 「コンソーシアム「III」」, 「料亭「新喜楽」」, 「文芸誌「群像」」. Facilities are places
 * (the gold convention: a facility's name is where something is).
 */
export const KIND_NOUNS: WordTable<EntityType> = wordTable<EntityType>({
  // places and facilities
  町: 'place',
  村: 'place',
  都市: 'place',
  首都: 'place',
  州都: 'place',
  港町: 'place',
  島: 'place',
  地区: 'place',
  料亭: 'place',
  旅館: 'place',
  ホテル: 'place',
  駅: 'place',
  空港: 'place',
  球場: 'place',
  競技場: 'place',
  スタジアム: 'place',
  劇場: 'place',
  美術館: 'place',
  博物館: 'place',
  神社: 'place',
  公園: 'place',
  ビル: 'place',
  商業施設: 'place',
  // organisations
  企業: 'organization',
  新興企業: 'organization',
  会社: 'organization',
  子会社: 'organization',
  団体: 'organization',
  組織: 'organization',
  政党: 'organization',
  新党: 'organization',
  コンソーシアム: 'organization',
  // 「派閥「未来政策研究会」」, 「米NGO「…」」, 「NPO法人「…」」: a faction or a non-profit is a body, the
  // quoted name after it an organisation (the tagger read such names as products or not at all).
  派閥: 'organization',
  NGO: 'organization',
  NPO: 'organization',
  ＮＧＯ: 'organization',
  ＮＰＯ: 'organization',
  協議会: 'organization',
  法人: 'organization',
  学校法人: 'organization',
  球団: 'organization',
  クラブ: 'organization',
  バンド: 'organization',
  グループ: 'organization',
  文芸誌: 'organization',
  雑誌: 'organization',
  週刊誌: 'organization',
  // 「英紙デイリー・ポスト」, 「独スポーツ紙「…」」, 「医学誌「…」」: the paper or journal is its publisher's
  // name (英紙 is one word in IPADIC; 米紙, 独紙 are 米+紙).
  紙: 'organization',
  英紙: 'organization',
  誌: 'organization',
  // 「地元テレビ局カナル・ソル」, 「通信社イベリア・ニュース」, 「ニュースサイト「…」」: media are organisations.
  テレビ局: 'organization',
  ラジオ局: 'organization',
  放送局: 'organization',
  通信社: 'organization',
  新聞社: 'organization',
  ニュースサイト: 'organization',
  情報サイト: 'organization',
  // 「スーパー「…」」, 「衣料品チェーン「…」」: a chain of shops is the company that runs them.
  スーパー: 'organization',
  チェーン: 'organization',
  // 「最大会派・県政クラブ」, 「民間調査機関のノルド研究所」, 「人材大手のキャリアリンク（東京都渋谷区）」
  会派: 'organization',
  機関: 'organization',
  大手: 'organization',
  // 「資格予備校「スタディ・ワン」」: a school is the body that runs it.
  予備校: 'organization',
  学習塾: 'organization',
  出版社: 'organization',
  メーカー: 'organization',
  スタートアップ: 'organization',
  // 「投資ファンドのノースゲート・キャピタル」: a fund is the firm that runs it (IPADIC reads ・-joined
  // katakana as a person's full name).
  ファンド: 'organization',
  // products and works
  アプリ: 'product',
  サービス: 'product',
  ソフト: 'product',
  ゲーム: 'product',
  作品: 'product',
  番組: 'product',
  映画: 'product',
  小説: 'product',
  アルバム: 'product',
  ブランド: 'product',
  // events
  大会: 'event',
  展覧会: 'event',
  イベント: 'event',
});

/**
 * Roles a person holds, written before their name with の: 「先発の戸郷」, 「3年目の根尾」,
 * 「主将の遠藤」. The word after is that person even where it reads as a place (根尾 is a village too).
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  '先発',
  '代打',
  '代走',
  '主将',
  '新人',
  'エース',
  '守護神',
  '右腕',
  '左腕',
  '抑え',
  'ルーキー',
  'ベテラン',
  '助っ人',
  '司令塔',
  '捕手',
  '遊撃手',
  '外野手',
  '内野手',
  '主砲',
]);

/** A count of years or a batting order before の is a role too: 「3年目の根尾」, 「4番の村上」. */
export const ROLE_COUNT = new RegExp(`[${DIGIT}一二三四五六七八九十]+(?:年目|番)$`);

/**
 * Kinds of business written straight before a company's name, no の between: 「独自動車大手ベルク」,
 * 「米IT企業ノードラ」, 「家電メーカーアズマ」 — the name is a company's, however IPADIC reads it
 * (ベルク as a person's; sources/source-type.ts).
 */
export const BUSINESS_KINDS: readonly string[] = ['大手', 'メーカー', '企業', '商社'];

/**
 * What a business does or is, written before its name with の: 「ゲームメーカーのソラノ・エンタテインメント」,
 * 「配給のミズホシ・ピクチャーズ」, 「物流サービスのハヤテ・ロジスティクス」 — the katakana name after them is a
 * company's, though IPADIC reads ・-joined katakana as a person's (sources/source-type.ts). Only lines
 * of business: a person's role (監督の, 主演の, 広報担当の) is no such word.
 */
export const BUSINESS_LINES: readonly string[] = [
  ...BUSINESS_KINDS,
  '会社',
  'サービス',
  '配給',
  '開発',
  '運営',
  '販売',
  '製造',
  '通販',
  '小売り',
  '小売',
  '卸',
  '派遣',
  '仲介',
  'チェーン',
  // 全国約800店を展開するスーパーのハナミ・ストアーズも…。同社によると: a retailer's line, as チェーン is.
  'スーパー',
  '事業者',
  'ベンチャー',
  'スタートアップ',
];

/**
 * Verbs of a clause saying what a firm runs, written before its name: 「旅行予約サイトを運営するトラベリア」,
 * 「全国に42施設を展開するミヤビホテルズ」 — the name after …を X する is the firm's.
 */
export const RUNNING_VERBS: readonly string[] = ['運営', '展開', '経営'];

/**
 * A body's part in an event, after its name and not part of it: 「（紫苑文化振興会主催）」, 「北斗証券後援の講演会」 —
 * the name before is a body's.
 */
export const ORGANISER_WORDS: ReadonlySet<string> = new Set(['主催', '共催', '後援']);

/**
 * Kinds of one character that are kinds only as IPADIC's suffix word: 「米紙」「地元紙」「医学誌」 (米+紙),
 * not the common noun opening a compound, 「紙オムツ」「紙パック」 (a thing made of paper).
 */
export const SUFFIX_KINDS: ReadonlySet<string> = new Set(['紙', '誌']);
