import { dictionaryImage } from '../../scripts/dictionary-assets';

/**
 * Vitest global setup: builds the dictionary image once (when the cache has none for this kuromoji
 * and builder), before the test workers start and would each build it.
 */
export default async function setup(): Promise<void> {
  await dictionaryImage();
}
