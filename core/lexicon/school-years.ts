/**
 * Schools a pupil's year is written after: 「県立北浜高校2年、三宅さん」「中学3年の女子生徒」「北浜高2年」.
 * N年 after one of these is a school year (a grade), never how long something has gone on; the
 * abbreviations 高, 中, 小 and 大 (北浜高2年, 西中1年) end a school's short name.
 */
export const SCHOOL_YEAR_HEADS: readonly string[] = [
  ...['高校', '中学', '中学校', '小学', '小学校', '大学', '大学院', '高専', '学院', '学園', '学校'],
  ...['高', '中', '小', '大'],
];
