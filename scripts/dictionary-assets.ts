/**
 * Build step: the IPADIC files the extension ships, with kuromoji's buffer padding cut off.
 *
 * kuromoji writes its dictionary from growable buffers and saves them whole: 「unk.dat」 holds 398
 * bytes of entries in a 10 MB file, 「tid_pos.dat」 36 MB of feature lines in 40 MB. Every byte is
 * gunzipped and held by the background at each start, so the padding costs a third of the load time
 * and ~34 MB of memory. Only files whose reader treats "past the end" exactly like zero bytes are
 * cut (tests/scripts/dictionary-assets.test.ts builds a tokenizer from both and compares):
 * the entry tables (getShort/getInt return 0 past the end), the NUL-terminated feature lines and
 * the target maps (a zero record adds nothing), and the class list (zeros there parse as nameless
 * classes nothing refers to). The trie (base/check: its past-the-end defaults are not 0), the cost
 * matrix and the per-character tables stay whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

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

/**
 * Writes the trimmed dictionary of `srcDir` into `cacheDir` (once per `version`) and returns the
 * directory to ship from. Rebuilds reuse it: gzipping 36 MB takes a few seconds.
 */
export function trimmedDictionary(srcDir: string, cacheDir: string, version: string): string {
  // Keyed by the rules too: changing PADDED_FILES must not reuse an older cut.
  const rules = createHash('sha1').update(JSON.stringify(PADDED_FILES)).digest('hex').slice(0, 8);
  const out = join(cacheDir, `${version}-${rules}`);
  const files = readdirSync(srcDir).filter((f) => f.endsWith('.dat.gz'));
  if (files.every((f) => existsSync(join(out, f)))) return out;
  mkdirSync(out, { recursive: true });
  for (const f of files) {
    const record = PADDED_FILES[f];
    const raw = readFileSync(join(srcDir, f));
    let data = raw;
    if (record) {
      const bytes = gunzipSync(raw);
      const trimmed = trimPadding(bytes, record);
      // Hardly any padding (tid_map): keep the package's own, smaller gzip.
      if (trimmed.length < bytes.length * 0.99) data = gzipSync(trimmed, { level: 9 });
    }
    // Written then renamed: an interrupted build never leaves a half file that looks done.
    writeFileSync(join(out, `${f}.tmp`), data);
    renameSync(join(out, `${f}.tmp`), join(out, f));
  }
  return out;
}
