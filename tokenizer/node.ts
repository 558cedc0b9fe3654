import { readFile } from 'node:fs/promises';
import type { Tokenizer } from '../core/types';
import { dictionaryImage, kuromojiDictionary } from '../scripts/dictionary-assets';
import { type ImageTokenizer, tokenizerFromImage } from './tokenizer';

// The dictionary in Node (the CLI, the tests, the bench): the same image the extension ships, read
// from disk instead of fetched. The only file of tokenizer/ that uses a Node API.

/** Where the IPADIC files of @patdx/kuromoji live in node_modules. */
export function dictionaryDir(): string {
  return kuromojiDictionary().dir;
}

let kuromoji: Promise<Tokenizer> | null = null;
let shared: Promise<ImageTokenizer> | null = null;

/** Builds (once per process) kuromoji's own tokenizer from its gzipped files: the tests' and the bench's baseline. */
export function loadKuromoji(): Promise<Tokenizer> {
  kuromoji ??= (async () => {
    // Imported here: the CLI itself never needs kuromoji's own code.
    const [{ TokenizerBuilder }, { default: NodeDictionaryLoader }] = await Promise.all([
      import('@patdx/kuromoji'),
      import('@patdx/kuromoji/node'),
    ]);
    // The loader's option is spelled dic_path in the code (its README says dicPath).
    const loader = new NodeDictionaryLoader({ dic_path: dictionaryDir() } as never);
    return (await new TokenizerBuilder({ loader }).build()) as unknown as Tokenizer;
  })();
  return kuromoji;
}

/** The dictionary image's bytes (built into node_modules/.cache on first use, as for the extension). */
export async function readDictionaryImage(): Promise<ArrayBuffer> {
  const bytes = await readFile(await dictionaryImage());
  // A file this size gets a Buffer of its own; copy only if it ever shares one.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (
    whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  ) as ArrayBuffer;
}

/** kuromoji's words over the dictionary image, read as views of one buffer (once per process). */
export function loadImageTokenizer(): Promise<ImageTokenizer> {
  shared ??= readDictionaryImage().then(tokenizerFromImage);
  return shared;
}
