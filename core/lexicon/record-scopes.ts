/**
 * Words before 「N番目」 that set it in a ranking of records, so it is a rank the article reports, not
 * a place in a row: 過去2番目の少なさ, 観測史上3番目, 歴代2番目 (列の2番目, 3番目の世帯 are places).
 */
export const RECORD_SCOPES: readonly string[] = ['過去', '史上', '歴代', '統計開始以来', '記録が残る中で'];
