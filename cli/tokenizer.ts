import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { TokenizerBuilder } from '@patdx/kuromoji';
import NodeDictionaryLoader from '@patdx/kuromoji/node';
import type { Tokenizer } from '../core/types';
import { loadTokenizer } from '../lib/kuromoji/load';
import { PADDED_FILES, trimPadding } from '../lib/kuromoji/padding';
import { installNodeEntityModel } from './entity-model';

/** Where the IPADIC files of @patdx/kuromoji live in node_modules. */
export function dictionaryDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json: resolve its node entry (build/node.mjs) and go up.
  return join(dirname(require.resolve('@patdx/kuromoji/node')), '..', 'dict');
}

const gunzipAsync = promisify(gunzip);
let kuromoji: Promise<Tokenizer> | null = null;
let shared: Promise<Tokenizer> | null = null;

/** Builds (once per process) kuromoji's own tokenizer, reading the gzipped dictionary from disk. */
export function loadKuromoji(): Promise<Tokenizer> {
  // The loader's option is spelled dic_path in the code (its README says dicPath).
  kuromoji ??= new TokenizerBuilder({
    loader: new NodeDictionaryLoader({ dic_path: dictionaryDir() } as never),
  }).build() as Promise<Tokenizer>;
  return kuromoji;
}

/** One dictionary file, gunzipped on libuv's thread pool (the twelve files inflate in parallel). */
async function readDictFile(file: string): Promise<ArrayBuffer> {
  const bytes = await gunzipAsync(await readFile(join(dictionaryDir(), file)));
  // Without kuromoji's zero padding (a third of the bytes), as the extension ships it.
  const record = PADDED_FILES[file];
  const kept = record ? trimPadding(bytes, record) : bytes;
  // zlib hands back a Buffer that owns its memory: use it as is when nothing was cut.
  const whole = kept.byteOffset === 0 && kept.byteLength === kept.buffer.byteLength;
  return (whole ? kept.buffer : kept.buffer.slice(kept.byteOffset, kept.byteOffset + kept.byteLength)) as ArrayBuffer;
}

/**
 * The tokenizer the pipeline uses (once per process): kuromoji's words from the same dictionary, found
 * faster. The entity model is installed with it, so whatever analyses with this tokenizer has both.
 */
export function loadNodeTokenizer(): Promise<Tokenizer> {
  installNodeEntityModel();
  shared ??= loadTokenizer(readDictFile);
  return shared;
}
