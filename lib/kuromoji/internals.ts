import type { RawToken } from '../../core/types';

/**
 * The parts of a built kuromoji tokenizer (@patdx/kuromoji 1.0.x) that the fast lattice reads.
 * They are not in the package's typings: the shapes below are what its build/index.mjs holds, and
 * `kuromojiInternals` checks them at run time so a changed package fails loudly, not silently.
 */
export interface KuromojiTokenizer {
  tokenize(text: string): RawToken[];
  token_info_dictionary: TokenInfoDictionary;
  unknown_dictionary: UnknownDictionary;
  viterbi_builder: { trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } } };
  viterbi_searcher: { connection_costs: { buffer: Int16Array; backward_dimension: number } };
}

/** Entries (left id, right id, cost, feature offset) and the trie-id → entry-ids map. */
export interface TokenInfoDictionary {
  dictionary: { buffer: Uint8Array };
  pos_buffer: { buffer: Uint8Array };
  target_map: Record<number, number[]>;
}

/** A character class of IPADIC's char.def: 「カタカナ」 runs group into one unknown word. */
export interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number | boolean;
  is_grouping: number | boolean;
}

export interface UnknownDictionary extends TokenInfoDictionary {
  lookup(ch: string): CharacterClass | undefined;
}

/** Narrows a tokenizer to its internals, or throws naming the missing part. */
export function kuromojiInternals(t: unknown): KuromojiTokenizer {
  const k = t as Partial<KuromojiTokenizer>;
  const bc = k.viterbi_builder?.trie?.bc;
  const cc = k.viterbi_searcher?.connection_costs;
  const ok =
    typeof k.tokenize === 'function' &&
    k.token_info_dictionary?.dictionary?.buffer instanceof Uint8Array &&
    k.token_info_dictionary.pos_buffer?.buffer instanceof Uint8Array &&
    typeof k.token_info_dictionary.target_map === 'object' &&
    k.unknown_dictionary?.dictionary?.buffer instanceof Uint8Array &&
    typeof k.unknown_dictionary.lookup === 'function' &&
    typeof bc?.getBaseBuffer === 'function' &&
    bc.getBaseBuffer() instanceof Int32Array &&
    cc?.buffer instanceof Int16Array &&
    typeof cc.backward_dimension === 'number';
  if (!ok) throw new Error('kuromoji internals changed: the fast tokenizer cannot read this build');
  return k as KuromojiTokenizer;
}
