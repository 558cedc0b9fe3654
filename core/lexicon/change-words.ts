/**
 * Words that tell how a quantity changed or ended up, read right after a number by the figure rules.
 */

/** After から, within the clause: a count changing from a base (48から約1.8倍に, 95から増えた). */
export const CHANGE_STEMS: readonly string[] = ['倍', '増', '減', '伸び', '拡大', '縮小'];

/**
 * After 半分に: a verb of becoming, cutting down or raising, so 半分 is a result (半分になる, 納期を半分に
 * 縮める, 費用を半分に抑えた); 半分に切る is a manner and none of these.
 */
export const HALF_RESULT_STEMS: readonly string[] = [
  'な',
  '縮',
  '抑',
  '減',
  '削',
  '短縮',
  '下が',
  '下げ',
  '引き下',
  '落',
  '増',
  '伸',
  '膨',
  '圧縮',
];

/**
 * Verbs of growing or shrinking by their dictionary form (IPADIC's basic): right after a bare number
 * they make it the count a thing changed by (この20年で15減った, 議席を2減らした).
 */
export const CHANGED_BY_VERBS: ReadonlySet<string> = new Set(['増える', '減る', '増す', '増やす', '減らす']);
