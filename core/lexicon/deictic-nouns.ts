/**
 * Words that point at a body or place instead of naming it: 「自社」 (one's own company), 「同社」
 * (that company), 「各国」 (each country). A prefix of pointing (DEICTIC_PREFIXES in generic-prefixes.ts),
 * then a word for a kind of body or place.
 * IPADIC files some as organisations' names (自社 is 名詞,固有名詞,組織); they name nothing.
 */

/** Kinds of body or place the prefixes point at: 社, 国, 党, 省, 県, 市 … and 同 + a longer head (同委員会). */
export const DEICTIC_HEADS: ReadonlySet<string> = new Set([
  '社',
  '国',
  '党',
  '省',
  '庁',
  '局',
  '署',
  '都',
  '府',
  '県',
  '市',
  '町',
  '村',
  '区',
  '州',
  '校',
  '大',
  '紙',
  '誌',
  '院',
  '団',
  '軍',
  '会',
  '協会',
  '委員会',
  '研究所',
  '機構',
  '大学',
  '病院',
  '銀行',
  '政府',
  '当局',
  'グループ',
  'チーム',
]);
