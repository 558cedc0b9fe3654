import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TokenizerBuilder } from '@patdx/kuromoji';
import NodeDictionaryLoader from '@patdx/kuromoji/node';
import type { Tokenizer } from '../core/types';
import { fastTokenizer } from '../lib/kuromoji/fast-tokenizer';

/** Where the IPADIC files of @patdx/kuromoji live in node_modules. */
export function dictionaryDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json: resolve its node entry (build/node.mjs) and go up.
  return join(dirname(require.resolve('@patdx/kuromoji/node')), '..', 'dict');
}

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

/** The tokenizer the pipeline uses: kuromoji's words from the same dictionary, found faster. */
export function loadNodeTokenizer(): Promise<Tokenizer> {
  shared ??= loadKuromoji().then(fastTokenizer);
  return shared;
}
