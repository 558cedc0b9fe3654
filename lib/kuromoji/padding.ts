/**
 * kuromoji writes its dictionary from growable buffers and saves them whole: 「unk.dat」 holds 398
 * bytes of entries in a 10 MB file, 「tid_pos.dat」 36 MB of feature lines in 40 MB. Every byte is
 * gunzipped and held at each start, so the padding costs a third of the load time and ~34 MB of
 * memory. Only files whose reader treats "past the end" exactly like zero bytes are cut
 * (tests/lib/kuromoji/padding.test.ts builds a tokenizer from both and compares): the entry
 * tables (getShort/getInt return 0 past the end), the NUL-terminated feature lines, the target maps
 * (a zero record adds nothing), and the class list (zeros there parse as nameless classes nothing
 * refers to). The trie (base/check: its past-the-end defaults are not 0), the cost matrix and the
 * per-character tables stay whole. Used by the extension's build step and the Node loader.
 */
/** Files that may lose their zero tail, and the record size the cut is rounded up to. */
export const PADDED_FILES: Readonly<Record<string, number>> = {
  'tid.dat.gz': 10, // left id, right id, cost (2 bytes each), feature offset (4)
  'tid_pos.dat.gz': 1, // NUL-terminated lines
  'tid_map.dat.gz': 4, // 32-bit integers
  'unk.dat.gz': 10,
  'unk_pos.dat.gz': 1,
  'unk_map.dat.gz': 4,
  // Character classes: 152 bytes of them in 1 MB. kuromoji parses the zeros as ~150,000 nameless
  // classes at every start; no character maps to one (the test checks all 65,536).
  'unk_invoke.dat.gz': 1,
};

/** `bytes` without its trailing zeros, rounded up to whole records of `record` bytes. */
export function trimPadding(bytes: Uint8Array, record: number): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  end = Math.min(bytes.length, Math.ceil(end / record) * record);
  return bytes.subarray(0, end);
}
