import { TokenizerBuilder } from '@patdx/kuromoji';
import type { Tokenizer } from '../../core/types';
import { fastTokenizer } from './fast-tokenizer';
import { kuromojiInternals } from './internals';
import { TargetMap } from './target-map';

const TARGET_MAP_FILE = 'tid_map.dat.gz';

/**
 * Builds the pipeline's tokenizer from IPADIC files fetched by `load` (file name → gunzipped bytes):
 * kuromoji's dictionary with the fast lattice on top. kuromoji gets an empty target map and the
 * real one is indexed as typed arrays (TargetMap) instead of its object of 325,871 arrays; its own
 * tokenizer, still used for pieces with surrogate pairs, reads that index through a proxy.
 */
export async function loadTokenizer(load: (file: string) => Promise<ArrayBuffer>): Promise<Tokenizer> {
  const held: { targets: ArrayBuffer | null } = { targets: null };
  const built = await new TokenizerBuilder({
    loader: {
      loadArrayBuffer: async (file: string) => {
        const bytes = await load(file);
        if (file !== TARGET_MAP_FILE) return bytes;
        held.targets = bytes;
        return new ArrayBuffer(4); // the leading record count, no records
      },
    },
  }).build();
  const info = kuromojiInternals(built).token_info_dictionary;
  const map = held.targets ? TargetMap.parse(held.targets) : null;
  if (map) info.target_map = map.asObject();
  else if (held.targets) {
    // A map this index cannot hold (a word listed twice): kuromoji builds its own after all.
    (info as unknown as { loadTargetMap(b: Uint8Array): void }).loadTargetMap(new Uint8Array(held.targets));
  }
  return fastTokenizer(built, map ?? undefined);
}
