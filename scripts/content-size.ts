import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The one measure of the content script's size, shared by its budget's test (tests/e2e/perf.test.ts), the
 * bench (scripts/bench-browser.ts) and the README: the bytes Node's own zlib gzips it to at level 9.
 *
 * Not `gzip -9c content.js | wc -c`, which comes out about 640 bytes smaller on the same file (50,697
 * against 51,324 before round 9's build steps). GNU gzip has its own deflate and, like stock zlib (Python's
 * zlib 1.2.13: 50,677), finds repeats of three bytes; Node 20 ships Chromium's fork of zlib
 * (`process.versions.zlib` 1.3.1-e00f703), which hashes four bytes at a time and so misses them (a text of
 * repeated three-letter words deflates 5% larger with it, one of four-letter words the same). gzip -9c also
 * writes the file's name into the header (11 bytes here). The test's figure is the one that passes or fails.
 */
export function gzippedBytes(js: Uint8Array): number {
  return gzipSync(js, { level: 9 }).length;
}

/** The content script's budget by that measure: 50 KB. */
export const CONTENT_SCRIPT_BUDGET = 50 * 1024;

// `npm run size` (after `npm run build`): the store build's content script by this measure, against its budget.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../.output/chrome-mv3/content-scripts/content.js');
  const bytes = gzippedBytes(readFileSync(file));
  process.stdout.write(`content script: ${bytes} bytes gzipped (budget ${CONTENT_SCRIPT_BUDGET})\n`);
  if (bytes > CONTENT_SCRIPT_BUDGET) process.exitCode = 1;
}
