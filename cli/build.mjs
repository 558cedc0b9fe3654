// The CLI bundle: cli/main.ts and everything it imports (core/, lib/, linkedom…) compiled by esbuild into
// dist/cli.mjs and its lazily loaded chunks, so `shutten` starts without transpiling TypeScript.
// `npm ci` builds it (postinstall); `node cli/build.mjs` rebuilds it; cli/bin.mjs rebuilds it first when a
// source it was built from has changed since (in a checkout), so it is never stale and never committed.
// dist/ sits one level below the project like cli/, so paths resolved from import.meta.url (the
// dictionary in node_modules, files under public/) mean the same in the bundle as in the sources.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
/** The bundle's entry module (exports `run` and `main`). */
export const ENTRY = join(DIST, 'cli.mjs');
/** When the bundle was built and from which project files (node_modules changes come with `npm ci`). */
const STAMP = join(DIST, 'cli.inputs.json');
/** Unused chunks of an earlier build are deleted once this old (a process started just before may still load them). */
const OLD_CHUNK_MS = 60_000;

/** True when the bundle exists and none of the files it was built from changed since. */
export function isFresh() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  if (!existsSync(ENTRY)) return false;
  for (const file of stamp.inputs) {
    const st = statSync(join(ROOT, file), { throwIfNoEntry: false });
    if (!st || st.mtimeMs > stamp.builtAt) return false;
  }
  return true;
}

/** Writes a file under a temporary name and renames it into place, so a concurrent start never reads half of it. */
function writeAtomically(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

/** Builds the bundle into dist/ (chunks first, the entry last, then the stamp). */
export async function build() {
  const builtAt = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'cli/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: DIST,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'cli-[hash]',
    // Some dependencies (htmlparser2's entities) are CommonJS and call require: give ESM chunks one.
    banner: {
      js: "import { createRequire as __shuttenRequire } from 'node:module'; const require = __shuttenRequire(import.meta.url);",
    },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(DIST, { recursive: true });
  const entry = result.outputFiles.find((f) => f.path === ENTRY);
  for (const f of result.outputFiles) if (f !== entry) writeAtomically(f.path, f.contents);
  writeAtomically(ENTRY, entry.contents);
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
  inputs.push('cli/build.mjs', 'package-lock.json');
  writeAtomically(STAMP, `${JSON.stringify({ builtAt, inputs })}\n`);
  const kept = new Set(result.outputFiles.map((f) => f.path));
  for (const name of readdirSync(DIST)) {
    const path = join(DIST, name);
    if (/^cli-\w+\.mjs$/.test(name) && !kept.has(path) && Date.now() - statSync(path).mtimeMs > OLD_CHUNK_MS) {
      unlinkSync(path);
    }
  }
  return result.outputFiles.reduce((n, f) => n + f.contents.byteLength, 0);
}

/**
 * The bundle's URL, built first when missing or stale. Without esbuild (an install without dev
 * dependencies) an existing bundle is used as it is.
 */
export async function ensureBuilt() {
  if (!isFresh()) {
    try {
      await build();
    } catch (e) {
      if (!existsSync(ENTRY) || e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    }
  }
  return pathToFileURL(ENTRY).href;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bytes = await build();
  console.log(`${relative(ROOT, ENTRY)} and its chunks: ${(bytes / 1024).toFixed(0)} KB`);
}
