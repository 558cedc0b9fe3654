import { loadImageTokenizer } from '../tokenizer/node';
import type { ImageTokenizer } from '../tokenizer/tokenizer';
import { installNodeEntityModel } from './entity-model';

/**
 * The tokenizer the pipeline uses (once per process): kuromoji's words, over the same dictionary
 * image the extension ships (tokenizer/node.ts). The entity model is installed with it, so whatever
 * analyses with this tokenizer has both.
 */
export function loadNodeTokenizer(): Promise<ImageTokenizer> {
  installNodeEntityModel();
  return loadImageTokenizer();
}
