/**
 * Words that split data already given into parts: 業種別では, 年代別に, 内訳は. A sentence framed with
 * one goes on with the same statistics (厚生労働省によると、…509人だった。業種別では…約1割を占めた。),
 * it does not move to a new scene.
 */

/** Heads of a breakdown frame: IPADIC's suffix 別 (業種別, 地域別), and nouns of a breakdown. */
// 理由 / 項目: answers sorted by what they give (不満の理由では「駐車場が狭い」が最多の41%, 項目では…) split
// the same survey, as 年代別では does.
export const BREAKDOWN_HEADS: ReadonlySet<string> = new Set(['別', '内訳', '内容別', '割合', '理由', '項目']);

/** 1人当たりでは / 1世帯あたりでは: a figure per head splits the same total. */
export const PER_HEADS: ReadonlySet<string> = new Set(['当たり', 'あたり']);
