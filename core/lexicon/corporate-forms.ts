/**
 * Legal forms written before or after a company's name; the name without one is the same company:
 * 「沖縄クロス・ヘッド株式会社」 = 「沖縄クロス・ヘッド」, 「株式会社ニトリ」 = 「ニトリ」.
 */
export const CORPORATE_FORMS: readonly string[] = [
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '（株）',
  '(株)',
  '㈱',
  '（有）',
  '(有)',
  '㈲',
];
