/**
 * Build step: the dictionary image (tokenizer/image.ts) made from kuromoji's IPADIC in
 * node_modules, cached per kuromoji version and image builder so a rebuild reuses it (building
 * takes several seconds). The extension ships it, less kuromoji's word ids, as /dict/ipadic.bin
 * (wxt.config.ts); the CLI, the tests and the bench read the whole file (cli/tokenizer.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE_FILE, IMAGE_VERSION, withoutWordIds } from '../tokenizer/image';

export { IMAGE_FILE };

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * A digest of the sources whose change must rebuild a cached image. Read when found beside this
 * module (a checkout); a bundled copy of it (the CLI's) has none to read and keys by version alone.
 */
function builderDigest(): string {
  const dir = join(HERE, 'dictionary-image');
  if (!existsSync(dir)) return 'bundled';
  const files = [
    ...readdirSync(dir).map((f) => join(dir, f)),
    join(HERE, '../tokenizer/image.ts'),
    join(HERE, '../tokenizer/features.ts'),
  ].sort();
  const hash = createHash('sha1');
  for (const f of files) if (existsSync(f)) hash.update(readFileSync(f));
  return hash.digest('hex').slice(0, 8);
}

/** Where the IPADIC files of @patdx/kuromoji live in node_modules, and the package's version. */
export function kuromojiDictionary(): { dir: string; version: string } {
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json: resolve its node entry (build/node.mjs) and go up.
  const dir = join(dirname(require.resolve('@patdx/kuromoji/node')), '..', 'dict');
  const pkg = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return { dir, version: pkg.version };
}

/**
 * The path of the image for the installed kuromoji, building it into `cacheDir` first when no
 * current one is there. Keyed by kuromoji's version, the image version and the builder's sources.
 */
export async function dictionaryImage(cacheDir?: string): Promise<string> {
  const { dir, version } = kuromojiDictionary();
  // node_modules/@patdx/kuromoji/dict → node_modules/.cache/shutten-dict
  const cache = cacheDir ?? join(dir, '..', '..', '..', '.cache', 'shutten-dict');
  const out = join(cache, `${version}-v${IMAGE_VERSION}-${builderDigest()}`);
  const file = join(out, IMAGE_FILE);
  if (existsSync(file)) return file;
  // Loaded only to build: reading a cached image (every CLI start) needs neither.
  const [{ TokenizerBuilder }, { default: NodeDictionaryLoader }, { buildImage }] = await Promise.all([
    import('@patdx/kuromoji'),
    import('@patdx/kuromoji/node'),
    import('./dictionary-image/build'),
  ]);
  // The loader's option is spelled dic_path in the code (its README says dicPath).
  const kuromoji = await new TokenizerBuilder({ loader: new NodeDictionaryLoader({ dic_path: dir } as never) }).build();
  mkdirSync(out, { recursive: true });
  // Written then renamed, under a name of this process's own: an interrupted build never leaves a
  // half file that looks done, and processes building at once (test workers) never share one.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, buildImage(kuromoji));
  renameSync(tmp, file);
  return file;
}

/** The extension's image (the same, without kuromoji's word ids: see withoutWordIds), made beside the whole one. */
export async function extensionImage(cacheDir?: string): Promise<string> {
  const whole = await dictionaryImage(cacheDir);
  const file = join(dirname(whole), `extension-${IMAGE_FILE}`);
  if (existsSync(file)) return file;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, withoutWordIds(readFileSync(whole)));
  renameSync(tmp, file);
  return file;
}

// `tsx scripts/dictionary-assets.ts` builds the image (if needed) and prints its path.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  dictionaryImage().then((f) => process.stdout.write(`${f}\n`));
}
