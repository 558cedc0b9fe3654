/**
 * Nouns that are the predicate of a short が-clause describing the person or body after them:
 * 「為替が専門の佐野健一氏」 (為替が専門だ), 「福岡が地元の議員」, 「大阪が拠点の投資会社」. Before の they
 * describe the head; they are not its owner as 町 is in 「記者が町の担当者に尋ねた」.
 */
export const DESCRIBING_NOUNS: ReadonlySet<string> = new Set([
  '専門',
  '担当',
  '出身',
  '地元',
  '拠点',
  '本拠',
  '本拠地',
  '本社',
  '得意',
  '趣味',
]);
