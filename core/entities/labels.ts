import type { EntityType } from '../types';

/**
 * The tagger's entity classes, with the Stockmark Wikipedia NER types each one is trained from
 * (法人名/政治的組織名/その他の組織名 → organization, 地名/施設名 → place).
 */
export const TAGGER_CLASSES = [
  { codes: ['人名'], type: 'person' },
  { codes: ['法人名', '政治的組織名', 'その他の組織名'], type: 'organization' },
  { codes: ['地名', '施設名'], type: 'place' },
  { codes: ['製品名'], type: 'product' },
  { codes: ['イベント名'], type: 'event' },
] as const satisfies readonly { codes: readonly string[]; type: EntityType }[];

/** Number of BIO tags: O plus B and I for each class. */
export const TAG_COUNT = 1 + 2 * TAGGER_CLASSES.length;
