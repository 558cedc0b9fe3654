/**
 * Words glued after an amount of money that make it the name of a coin, a note or a kind of shop, not
 * a sum anyone states: 1万円札, 500円玉, 100円硬貨, 5000円紙幣, 100円ショップ.
 */
export const DENOMINATION_NOUNS: ReadonlySet<string> = new Set([
  ...['札', '玉', '硬貨', '紙幣', '金貨', '銀貨', '銅貨', '記念硬貨', 'ショップ'],
]);
