/**
 * Words of an earthquake's report: a magnitude written with its letter (M7.6) is one only near them
 * (「M7.6の地震」, 「規模はＭ６．８と推定」; figures/special.ts) — M4チップ, M16 are names.
 */
export const QUAKE_WORDS: readonly string[] = [
  '地震',
  '規模',
  '震源',
  '余震',
  '津波',
  '揺れ',
  '震度',
  'マグニチュード',
];
