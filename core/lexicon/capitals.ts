/**
 * Metonymy in political news: a capital named for the government seated there (「北京は反発した」 is
 * China's government). Capitals news uses this way, and the verbs of a stance that only a government
 * (not a city) takes.
 */

/** Capitals that stand for their government when they take a stance. */
export const GOVERNMENT_CAPITALS: ReadonlySet<string> = new Set([
  '北京',
  'ワシントン',
  'モスクワ',
  'ソウル',
  '平壌',
  '台北',
  'キーウ',
  'キエフ',
  'テヘラン',
  'ロンドン',
  'パリ',
  'ベルリン',
  'ブリュッセル',
  'エルサレム',
  'ニューデリー',
]);

/** Verbs of a stance or a demand (「反発した」, 「非難している」, 「懸念を表明した」). */
export const STANCE_WORDS: readonly string[] = [
  '反発',
  '非難',
  '批判',
  '抗議',
  '警告',
  '表明',
  '主張',
  '要求',
  '求め',
  '拒否',
  '歓迎',
  '懸念',
  '反対',
  '支持',
  '否定',
  '容認',
  '制裁',
  '圧力',
  '牽制',
  'けん制',
  '意欲',
  '姿勢',
  '方針',
  '要請',
  '撤回',
  '譲歩',
];
