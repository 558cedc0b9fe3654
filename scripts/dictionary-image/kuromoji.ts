/**
 * The parts of a built kuromoji tokenizer (@patdx/kuromoji 1.0.x) the image is made from. They are
 * not in the package's typings: the shapes are what its build/index.mjs holds, and `internalsOf`
 * checks them so a changed package fails the build loudly instead of writing a wrong image.
 */
export interface KuromojiDictionary {
  dictionary: { buffer: Uint8Array; getShort(at: number): number };
  target_map: Record<number, number[]>;
  getFeatures(id: number): string;
}

export interface KuromojiClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number | boolean;
  is_grouping: number | boolean;
}

export interface KuromojiInternals {
  token_info_dictionary: KuromojiDictionary;
  unknown_dictionary: KuromojiDictionary & {
    lookup(ch: string): KuromojiClass | undefined;
    character_definition: { invoke_definition_map: { map: KuromojiClass[] } };
  };
  viterbi_searcher: { connection_costs: { buffer: Int16Array; forward_dimension: number; backward_dimension: number } };
}

/** Narrows a built tokenizer to its internals, or throws naming what is missing. */
export function internalsOf(built: unknown): KuromojiInternals {
  const k = built as Partial<KuromojiInternals>;
  const known = k.token_info_dictionary;
  const unknown = k.unknown_dictionary;
  const cc = k.viterbi_searcher?.connection_costs;
  const ok =
    known?.dictionary?.buffer instanceof Uint8Array &&
    typeof known.getFeatures === 'function' &&
    typeof known.target_map === 'object' &&
    unknown?.dictionary?.buffer instanceof Uint8Array &&
    typeof unknown.lookup === 'function' &&
    Array.isArray(unknown.character_definition?.invoke_definition_map?.map) &&
    cc?.buffer instanceof Int16Array &&
    typeof cc.backward_dimension === 'number';
  if (!ok) throw new Error('kuromoji internals changed: the dictionary image cannot be built from this version');
  return k as KuromojiInternals;
}
