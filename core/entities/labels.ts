import type { EntityType } from '../types';

/**
 * The tagger's entity classes: the eight types of the Stockmark Wikipedia NER data it is trained on,
 * each mapped to ours (法人名/政治的組織名/その他の組織名 → organization, 地名/施設名 → place).
 */
export const TAGGER_CLASSES = [
  { code: '人名', type: 'person' },
  { code: '法人名', type: 'organization' },
  { code: '政治的組織名', type: 'organization' },
  { code: 'その他の組織名', type: 'organization' },
  { code: '地名', type: 'place' },
  { code: '施設名', type: 'place' },
  { code: '製品名', type: 'product' },
  { code: 'イベント名', type: 'event' },
] as const satisfies readonly { code: string; type: EntityType }[];

/** Number of BIO tags: O plus B and I for each class. */
export const TAG_COUNT = 1 + 2 * TAGGER_CLASSES.length;
