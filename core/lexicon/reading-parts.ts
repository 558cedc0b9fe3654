/**
 * How parts of a name are read (core/entities/readings.ts). A name no list holds is read from its parts
 * only when each part has one reading in names.
 */

/** One-kanji words that end names and are always read one way: 省 ショウ, 局 キョク, 県 ケン. */
export const FIXED_SUFFIXES: ReadonlySet<string> = new Set([
  '省',
  '庁',
  '局',
  '院',
  '党',
  '県',
  '府',
  '都',
  '道',
  '市',
  '区',
  '郡',
  '州',
  '署',
  '軍',
  '会',
  '社',
  '団',
  '課',
  '部',
  '校',
  '大',
  '線',
  '駅',
  '港',
  '館',
  '園',
  '警',
  '賞',
  '圏',
]);

/**
 * Words read more than one way inside names, so a name holding one is not read from its parts:
 * 日本 (日本航空 ニホン, 日本銀行 and 日本維新の会 ニッポン), 大和 (ヤマト, ダイワ), 町 (チョウ, マチ),
 * 村 (ソン, ムラ), 祭 (サイ, マツリ).
 */
export const VARIED_PARTS: ReadonlySet<string> = new Set(['日本', '大和', '町', '村', '祭']);
