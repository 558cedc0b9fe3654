/**
 * Words of credit lines: who took a picture or supplied it, whose copyright it is. A name in a credit
 * is not a name in the story (core/entities/credits.ts).
 */

/** A bracket ending in one of these credits a picture: 「（柳原一哉撮影）」, 「（代表撮影）」, 「（博物館提供）」. */
export const CREDIT_ENDS: readonly string[] = ['撮影', '提供', '写す'];

/** A bracket or line starting with one of these, then ・ or ：, credits a picture: 「（写真・共同）」. */
export const CREDIT_HEADS: readonly string[] = ['写真', '撮影', '画像', '動画', '映像', 'イラスト', '図', '資料'];

/** Marks that open a copyright notice: 「（ｃ）朝日新聞社」, 「(c)AFP/Aminu ABUBAKAR」, 「©共同」. */
export const COPYRIGHT_MARKS: readonly string[] = [
  '(c)',
  '(C)',
  '（c）',
  '（C）',
  '（ｃ）',
  '（Ｃ）',
  '©',
  'Copyright',
];

/**
 * Words that end an outlet's name in the credit closing an article: 「（東和新報）」, 「（北辰通信）」,
 * 「（港町ニュース）」, 「（北海タイムス）」. The outlet is a body the article names (credit-outlets.ts).
 */
export const OUTLET_NAME_ENDS: readonly string[] = [
  '新聞',
  '新報',
  '日報',
  '通信',
  'ニュース',
  '放送',
  'テレビ',
  'タイムズ',
  'タイムス',
  'TV',
  'ＴＶ',
];

/**
 * Words that end a desk or a bureau in a closing credit, not an outlet: 「（経済部）」, 「（遠野支局）」,
 * 「（テック編集部）」 — a part of an outlet, named after what it covers or where it sits.
 */
export const DESK_ENDS: readonly string[] = ['部', '支局', '総局', '局', '支社', '取材班', '班', '室', '委員', '記者'];
