/**
 * Words that end an event's name: 「パリ五輪」, 「G7広島サミット」, and names joined by ・ like
 * 「大阪・関西万博」 (one expo, not the places 大阪 and 関西).
 */
export const EVENT_SUFFIXES: readonly string[] = [
  '万博',
  '博覧会',
  '五輪',
  'オリンピック',
  'パラリンピック',
  'サミット',
  'ワールドカップ',
  '映画祭',
];
