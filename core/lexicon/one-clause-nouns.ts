/**
 * Nouns a non-past clause with 1人 as its subject may qualify without defining a thing for anyone, so the
 * 1人 still counts (figures/one-idioms.ts definingOne). Data only.
 */

/** 予定, 見通し, 可能性: what a clause plans or expects (「1人が出席する見通しだ」), no thing it defines. */
export const OUTLOOK_NOUNS: ReadonlySet<string> = new Set([
  '予定',
  '方針',
  '見通し',
  '可能性',
  '計画',
  '見込み',
  '恐れ',
  'おそれ',
]);

/**
 * Nouns for a thing that happened: 「1人が死亡する事故があった」「2人がけがをする火事」. A clause told
 * in the non-past before one of them reports who it befell, so its 1人 counts (unlike 「一人が生み出す
 * 価値」, which defines a value for anyone: see figures/one-idioms.ts). Read as the last noun of the
 * compound: 交通|事故, 住宅|火災.
 */
export const INCIDENT_NOUNS: ReadonlySet<string> = new Set([
  '事故',
  '事件',
  '火事',
  '火災',
  '騒ぎ',
  '騒動',
  '事案',
  '事態',
  '惨事',
  '災害',
  '被害',
  'トラブル',
  '爆発',
  '衝突',
]);
