/**
 * Particles a は follows when it marks an adverbial, not a topic: 東京には, 会見では, 知事とは, 4月からは,
 * 年末までは, 海外へは, 前年よりは, 調べては. The phrase before them is a place, a time or a partner, never
 * the party the sentence is about.
 */
export const ADVERBIAL_BEFORE_WA: ReadonlySet<string> = new Set(['に', 'で', 'と', 'から', 'まで', 'へ', 'より', 'て']);
