/**
 * Words near a number that say which quantity an ambiguous unit measures (core/figures/units.ts):
 * キロ is kilograms or kilometres, 度 a temperature or angle or a count.
 */

/** 体重100キロ, 重さ5キロの米: キロ is kilograms when one of these is near before it. */
export const WEIGHT_WORDS: readonly string[] = [
  ...['体重', '重さ', '重量', '減量', '増量', '荷重', '積載'],
  ...['米', 'コメ', '肉', '魚', '野菜', '果物', '砂糖', '小麦', '大豆', '収穫', '漁獲'],
  ...['爆薬', '麻薬', '覚醒剤', '大麻', 'コカイン', '金塊', 'ごみ', 'ゴミ', '食品'],
];

/** 航続距離は1万4千キロ, 射程300キロ: a length named nearer the number than any weight word makes it km. */
export const DISTANCE_WORDS: readonly string[] = [
  ...['距離', '射程', '航続', '走行', '全長', '延長', '総延長', '半径', '深さ', '高度', '上空', '沖'],
  ...['離れ', '区間', '移動', '飛行', '歩行'],
];

/** 気温は25度: 度 is a temperature (or an angle) near these words, otherwise a count (2度の爆発). */
export const DEGREE_MEASURE_WORDS: readonly string[] = [
  ...['気温', '温度', '水温', '体温', '海水温', '最高', '最低', '猛暑', '真夏日', '氷点下', '零下', '熱'],
  ...['北緯', '南緯', '東経', '西経', '角度', '傾き'],
];
