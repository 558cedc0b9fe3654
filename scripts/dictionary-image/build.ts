/**
 * Build step: the dictionary image (tokenizer/image.ts) from a built kuromoji tokenizer, so the
 * image holds exactly kuromoji's IPADIC — its words, entries, costs, character classes and feature
 * lines — read through kuromoji's own accessors. Throws when the dictionary breaks an assumption
 * the format relies on (the tests then compare tokens with kuromoji's on top).
 */
import { META_WORDS, type SectionName, writeImage } from '../../tokenizer/image';
import { type EntryFeatures, encodeFeatures } from './features';
import { internalsOf, type KuromojiInternals } from './kuromoji';
import { buildTrie, compareLetters, lookupLetters, type TrieKey } from './trie';

/** Entries per word fit in 5 bits of a trie value (IPADIC has at most 20). */
const COUNT_BITS = 5;

export function buildImage(built: unknown): Uint8Array {
  const k = internalsOf(built);
  const info = k.token_info_dictionary;
  // 1. Words: each trie word of kuromoji's map with its entries, in kuromoji's order.
  const words: { surface: string; ids: number[] }[] = [];
  for (const key of Object.keys(info.target_map)) {
    const ids = info.target_map[Number(key)] as number[];
    const surface = (info.getFeatures(ids[0] as number).split(',')[0] ?? '') as string;
    if (!surface || /[\uD800-\uDFFF]/.test(surface)) throw new Error(`unexpected surface ${surface}`);
    if (ids.length >= 1 << COUNT_BITS) throw new Error(`${surface}: too many entries`);
    words.push({ surface, ids });
  }
  // 2. Letters: UTF-16 units renumbered by frequency, so common characters get small letters.
  const freq = new Map<number, number>();
  for (const w of words)
    for (let i = 0; i < w.surface.length; i++)
      freq.set(w.surface.charCodeAt(i), (freq.get(w.surface.charCodeAt(i)) ?? 0) + 1);
  const letters = new Uint16Array(65536);
  [...freq.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .forEach(([unit], i) => {
      letters[unit] = i + 1;
    });
  const spell = (s: string) => Uint16Array.from(s, (c) => letters[c.charCodeAt(0)] as number);
  // 3. Entries grouped by word in trie-key order; a word's value says where its run starts and how long it is.
  const keyed = words
    .map((w) => ({ w, letters: spell(w.surface) }))
    .sort((a, b) => compareLetters(a.letters, b.letters));
  const order: { surface: string; id: number }[] = [];
  const keys: TrieKey[] = keyed.map(({ w, letters: l }) => {
    const value = order.length * (1 << COUNT_BITS) + w.ids.length;
    for (const id of w.ids) order.push({ surface: w.surface, id });
    return { letters: l, value };
  });
  const trie = buildTrie(keys);
  for (const key of keys) if (lookupLetters(trie, key.letters) !== key.value) throw new Error('trie self-check failed');
  // 4. Per entry: context id, cost, part of speech, kuromoji's word id, feature record.
  const pos = new PosTable();
  const n = order.length;
  const entryContext = new Uint16Array(n);
  const entryCost = new Int16Array(n);
  const entryPos = new Uint16Array(n);
  const wordIds = new Int32Array(n);
  const features: EntryFeatures[] = order.map(({ surface, id }, e) => {
    const f = info.getFeatures(id).split(',');
    if (f.length !== 10 || f[0] !== surface) throw new Error(`entry ${id}: unexpected feature line ${f.join(',')}`);
    const left = info.dictionary.getShort(id);
    if (left !== info.dictionary.getShort(id + 2) || left < 0)
      throw new Error(`entry ${id}: left and right ids differ`);
    entryContext[e] = left;
    entryCost[e] = info.dictionary.getShort(id + 4);
    entryPos[e] = pos.id(f.slice(1, 7));
    wordIds[e] = id;
    return { surface, basic: f[7] as string, reading: f[8] as string, pronunciation: f[9] as string };
  });
  const { classes, charClass, unknown } = unknownWords(k, pos);
  const cc = k.viterbi_searcher.connection_costs;
  const fwd = cc.buffer[0] as number;
  const back = cc.buffer[1] as number;
  if (back !== cc.backward_dimension) throw new Error('connection costs: unexpected header');
  const meta = Int32Array.from([n, trie.base.length, fwd, back, classes.length / 4, unknown.length / 4]);
  if (meta.length !== META_WORDS) throw new Error('meta layout changed');
  const sections: Record<SectionName, ArrayBufferView> = {
    meta,
    letters,
    base: trie.base,
    check: trie.check,
    entryContext,
    entryCost,
    entryPos,
    costs: cc.buffer.slice(2, 2 + fwd * back),
    charClass,
    classes,
    unknown,
    posTable: new TextEncoder().encode(pos.lines.join('\n')),
    wordIds,
    ...encodeFeatures(features),
  };
  return writeImage(sections);
}

/** Distinct part-of-speech lines (pos, three details, conjugated type and form), numbered as met. */
class PosTable {
  readonly lines: string[] = [];
  private readonly ids = new Map<string, number>();
  id(fields: string[]): number {
    const line = fields.join(',');
    let id = this.ids.get(line);
    if (id === undefined) {
      id = this.lines.push(line) - 1;
      this.ids.set(line, id);
    }
    return id;
  }
}

/** Character classes per UTF-16 unit, the classes, and the unknown-word entries of each class. */
function unknownWords(k: KuromojiInternals, pos: PosTable) {
  const unk = k.unknown_dictionary;
  // kuromoji parses the class file's zero padding as nameless classes, which no character has.
  const all = unk.character_definition.invoke_definition_map.map;
  const defs = all.slice(0, all.findIndex((c) => c.class_name === '') >>> 0);
  if (new Set(defs.map((c) => c.class_name)).size !== defs.length) throw new Error('character class named twice');
  const charClass = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    // kuromoji's own lookup: a high surrogate (the start of a pair) is DEFAULT there.
    const cls = unk.lookup(String.fromCharCode(c));
    if (!cls || defs[cls.class_id] !== cls || cls.class_id !== all.indexOf(cls))
      throw new Error(`U+${c.toString(16)}: no character class`);
    charClass[c] = cls.class_id;
  }
  const classes = new Int32Array(4 * defs.length);
  const unknown: number[] = [];
  defs.forEach((cls, i) => {
    const ids = unk.target_map[cls.class_id] ?? [];
    if (ids.length === 0) throw new Error(`class ${cls.class_name}: no unknown-word entries`);
    classes.set(
      [cls.is_always_invoke === 1 ? 1 : 0, cls.is_grouping === 1 ? 1 : 0, unknown.length / 4, ids.length],
      4 * i,
    );
    for (const id of ids) {
      const f = unk.getFeatures(id).split(',');
      if (f.length !== 8 || f[7] !== '*')
        throw new Error(`unknown entry ${id}: unexpected feature line ${f.join(',')}`);
      const left = unk.dictionary.getShort(id);
      if (left !== unk.dictionary.getShort(id + 2)) throw new Error(`unknown entry ${id}: left and right ids differ`);
      unknown.push(left, unk.dictionary.getShort(id + 4), id, pos.id(f.slice(1, 7)));
    }
  });
  return { classes, charClass, unknown: Int32Array.from(unknown) };
}
