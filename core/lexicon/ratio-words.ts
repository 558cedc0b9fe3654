/**
 * Words that make N対M a ratio rather than a match's score (core/figures/ratio-pair.ts): 「出資比率は51対49」
 * 「男女比は3対7」「1対3の割合で混ぜる」, while 「3対2で勝った」「1対0の接戦」 stay scores.
 */

/** Nouns that name a ratio, before N対M as its topic (男女比は3対7) or after it (1対3の割合で). */
export const RATIO_NOUNS: readonly string[] = ['比率', '割合', '配分', '比例', '比'];

/**
 * Two sides of a ratio named before N対M as 「AとBは」: the sides of a vote and the sexes (賛成と反対は
 * 1対2, 男性と女性が3対7). A team's or a school's name before it (北浜FCと南台は3対2) is a match's.
 */
export const RATIO_SIDES: readonly string[] = [
  ...['賛成', '反対', '棄権', '支持', '不支持'],
  ...['男性', '女性', '男子', '女子', '男', '女'],
];

/**
 * What follows a score and never a ratio, after で, の or と: 「3対2で勝った」「2対3で敗れた」「1対0の接戦」
 * 「1対1と引き分けた」. Checked first: a match's result wins over a ratio word nearby.
 */
export const SCORE_RESULTS: readonly string[] = [
  ...['勝', '敗', '破', '下', '制', '逃げ切', '引き分', '競り', '完封', '零封', '快勝', '圧勝', '辛勝', '惜敗'],
  ...['大勝', '大敗', '接戦', '試合', '逆転', '先制', 'リード', 'コールド', '延長', 'PK'],
];
