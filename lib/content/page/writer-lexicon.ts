/**
 * Who wrote a page: the section names and address paths of signed opinion, what bylines write around a
 * name, and writers that are not persons. Data only; the rules live beside their use (author.ts, verdict.ts,
 * metadata.ts).
 */

/**
 * Section names of signed opinion (article:section, JSON-LD articleSection, the breadcrumb): コラム, 寄稿,
 * オピニオン. Not 社説: an editorial speaks for the paper, and the paper is already the byline.
 */
export const OPINION_SECTIONS: readonly string[] = [
  'コラム',
  'オピニオン',
  '論説',
  '寄稿',
  '評論',
  'エッセー',
  'エッセイ',
  '随筆',
  '時評',
  '論考',
  '視点',
  '論点',
  '私見',
  '提言',
  'column',
  'opinion',
  'essay',
  'commentary',
];

/** Address path segments of opinion sections: /column/, /opinion/, /kiko/ (寄稿). */
export const OPINION_PATHS: ReadonlySet<string> = new Set([
  'column',
  'columns',
  'opinion',
  'opinions',
  'essay',
  'essays',
  'kiko',
  'commentary',
  'viewpoint',
  'expert',
]);

/**
 * What bylines write around a name: 「文・山田太郎」「筆者：山田太郎」「山田太郎記者」「By 山田太郎」. Taken off
 * before the name is used.
 */
export const NAME_PREFIXES: RegExp =
  /^(?:文|写真と文|文と写真|筆者|著者|執筆|執筆者|寄稿|記者|編集|構成|取材|by)\s*[・:：=＝／/|｜]?\s*/i;
export const NAME_SUFFIXES: RegExp = /\s*(?:氏|さん|記者|編集委員|論説委員|特派員|撮影)$/;

/** Writers that are not persons: 「編集部」「○○新聞社」「株式会社…」. */
export const NOT_PERSON: RegExp =
  /編集部|編集局|新聞|通信|放送|ニュース|株式会社|有限会社|（株）|\(株\)|inc\.?$|ltd\.?$|corp|co\.,|staff|editor|desk|news/i;
