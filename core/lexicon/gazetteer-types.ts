import type { EntityType } from '../types';
import { type WordTable, wordTable } from './word-table';

/**
 * One gazetteer row: [name as written, list label, katakana reading or null].
 * The label says which list the name came from (`country-short` for 米/露/中…), so rules can trust
 * some lists more than others.
 */
export type GazetteerEntry = readonly [name: string, label: string, reading: string | null];

/** Entity type of each gazetteer label. */
export const GAZETTEER_LABEL_TYPES: WordTable<EntityType> = wordTable<EntityType>({
  country: 'place',
  'country-short': 'place',
  prefecture: 'place',
  municipality: 'place',
  region: 'place',
  'intl-org': 'organization',
  ministry: 'organization',
  party: 'organization',
  media: 'organization',
  leader: 'person',
});
