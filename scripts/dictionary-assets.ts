/**
 * Build step: the IPADIC files the extension ships, with kuromoji's buffer padding cut off
 * (lib/kuromoji/padding.ts says which files and why), gzipped again and cached per version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PADDED_FILES, trimPadding } from '../lib/kuromoji/padding';

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
