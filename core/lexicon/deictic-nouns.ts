/**
 * Words that point at a body or place instead of naming it: 「自社」 (one's own company), 「同社」
 * (that company), 「各国」 (each country). A prefix of pointing (DEICTIC_PREFIXES in generic-prefixes.ts),
 * then a word for a kind of body or place.
 * IPADIC files some as organisations' names (自社 is 名詞,固有名詞,組織); they name nothing.
 */

import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * What a pointed-at head does:
 * - `deictic`: after a pointing prefix (同, 自, 各, 御 …) the word names nothing, even when IPADIC files
 *   it as an organisation's name (「自社」, 「各国」; entities/names-nothing.ts);
 * - `anaphor`: 同 + the head refers back to the name before that holds it (同協会 → 日本旅行協会, 同病院 →
 *   市立中央病院, 同市 → 山川市; sources/anaphora.ts, its type from the head in source-type.ts).
 * The entity side takes one-character heads (社, 党, 紙) that the sources' ANAPHORA table spells
 * whole (同社, 同党, 同紙); the sources take heads like 団体 and 事務所 that the entity side does not list.
 */
export type PointedHeadRole = 'deictic' | 'anaphor';

/** Kinds of body or place a pointing prefix may stand before, with their roles. */
export const POINTED_HEADS: WordTable<readonly PointedHeadRole[]> = wordTable<readonly PointedHeadRole[]>({
  社: ['deictic'],
  国: ['deictic'],
  党: ['deictic'],
  省: ['deictic'],
  庁: ['deictic'],
  局: ['deictic'],
  署: ['deictic', 'anaphor'],
  都: ['deictic'],
  府: ['deictic'],
  県: ['deictic', 'anaphor'],
  市: ['deictic', 'anaphor'],
  町: ['deictic', 'anaphor'],
  村: ['deictic', 'anaphor'],
  区: ['deictic', 'anaphor'],
  州: ['deictic'],
  校: ['deictic'],
  大: ['deictic'],
  紙: ['deictic'],
  誌: ['deictic'],
  院: ['deictic'],
  団: ['deictic'],
  軍: ['deictic', 'anaphor'],
  会: ['deictic'],
  協会: ['deictic', 'anaphor'],
  委員会: ['deictic'],
  研究所: ['deictic'],
  機構: ['deictic'],
  大学: ['deictic', 'anaphor'],
  病院: ['deictic', 'anaphor'],
  銀行: ['deictic', 'anaphor'],
  政府: ['deictic', 'anaphor'],
  当局: ['deictic'],
  グループ: ['deictic', 'anaphor'],
  チーム: ['deictic', 'anaphor'],
  団体: ['anaphor'],
  連盟: ['anaphor'],
  組合: ['anaphor'],
  センター: ['anaphor'],
  財団: ['anaphor'],
  機関: ['anaphor'],
  事務所: ['anaphor'],
  // 県警山岳安全課のまとめで…。同課によると: a section named in full before (県警交通企画課, 市観光課).
  課: ['anaphor'],
  // 年金積立金管理運用独立行政法人は…。同法人は: a corporation named by its legal form (独立行政法人, 公益財団法人).
  法人: ['anaphor'],
});

/** Kinds of body or place the prefixes point at: 社, 国, 党, 省, 県, 市 … and 同 + a longer head (同委員会). */
export const DEICTIC_HEADS: ReadonlySet<string> = new Set(wordsWhere(POINTED_HEADS, (r) => r.includes('deictic')));

/** Heads that make an anaphor with 同 and refer back to a name containing them: 同協会, 同病院, 同市. */
export const ANAPHOR_HEADS: readonly string[] = wordsWhere(POINTED_HEADS, (r) => r.includes('anaphor'));

/** Heads of municipalities that make an anaphor with 同 (同県, 同市, 同町, 同村, 同区): a place's government. */
export const MUNICIPAL_HEADS: readonly string[] = ['県', '市', '町', '村', '区'].filter((h) =>
  ANAPHOR_HEADS.includes(h),
);
