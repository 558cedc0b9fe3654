/**
 * Words that end the name of a part of a company, not a company: 「中国大陸事業」 (a business), 「家電
 * 部門」 (a division), 「金融セグメント」 (a reporting segment). A later 同社 means the company that owns
 * it, never the part (sources/anaphora.ts).
 */
export const DIVISION_HEADS: readonly string[] = ['事業', '事業部', '部門', 'セグメント'];
