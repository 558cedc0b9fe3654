/**
 * A company's business term (期) named by a word, as results stories write it: 今期 (the term running
 * now), 前期 (the one before the term the story reports), 来期 (the next), and the term's halves 上期 /
 * 下期. A term is dated by the month it closes, as 2025年3月期 is (see core/dates/fiscal-term.ts).
 */
export interface FiscalTermWord {
  surface: string;
  /** Terms after (+) or before (−) the one counted from: 前期 → −1. */
  offset: number;
  /**
   * What the term is counted from. `running`: the term running at publication (今期 in a November
   * article about a March-closing company → next March). `focus`: the term the story reports, the last
   * one named (「2024年3月期の純利益は前期比2割増」 → 前期 is 2023年3月期, whenever it is published).
   */
  from: 'running' | 'focus';
  /** 上期 → the term's first six months, 下期 → its last six. */
  half?: 1 | 2;
  /**
   * The word also begins longer words (前期高齢者, 前期日程): only 比 or 末 may follow it (TERM_GLUED_AFTER).
   * Words counted from the focus are read only once the story has named a term (2025年3月期), so
   * 江戸時代の前期 in a story of no company stays undated.
   */
  startsWords?: true;
}

/** The term words, longest first where one starts another (none do yet). */
export const FISCAL_TERM_WORDS = [
  { surface: '今期', offset: 0, from: 'running' },
  { surface: '来期', offset: 1, from: 'running' },
  { surface: '前期', offset: -1, from: 'focus', startsWords: true },
  { surface: '上期', offset: 0, from: 'focus', half: 1 },
  { surface: '下期', offset: 0, from: 'focus', half: 2 },
] as const satisfies readonly FiscalTermWord[];

/**
 * What may follow 前期 inside its word: 前期比 (the ratio against it), 前期末. Any other kanji makes it
 * the first part of a longer word (前期高齢者, 前期日程), no term of a company.
 */
export const TERM_GLUED_AFTER: readonly string[] = ['比', '末'];
