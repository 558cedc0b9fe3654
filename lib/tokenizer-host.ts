import { TokenizerBuilder } from '@patdx/kuromoji';
import { analyze } from '../core/analyze';
import type { Analysis, AnalyzeOptions, Tokenizer } from '../core/types';

/** Fetches one gzipped dictionary file shipped in the extension and gunzips it with the platform's own inflater. */
async function loadDictFile(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`dictionary file ${url}: HTTP ${res.status}`);
  const stream = res.body.pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/** After this long without a request the ~100 MB dictionary is dropped; the next page loads it again. */
const IDLE_RELEASE_MS = 10 * 60_000;
const CACHE_SIZE = 32;

/**
 * Holds the browser's one tokenizer (in the background context, never in a tab) and answers
 * analysis requests, caching results per text for the session so revisiting a page costs nothing.
 */
export class AnalysisHost {
  private tokenizer: Promise<Tokenizer> | null = null;
  private readonly cache = new Map<string, Analysis>();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Test seam: how dictionary files are fetched (a URL resolver over the extension's /dict/). */
  constructor(private readonly dictUrl: (file: string) => string) {}

  /** Analyses `text`; the first call loads the dictionary (about a second). */
  async analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    const key = `${options.published ?? ''}\u0000${options.byline ?? ''}\u0000${options.title ?? ''}\u0000${text}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const tokenizer = await this.getTokenizer();
    const result = analyze(text, tokenizer, options);
    this.cache.set(key, result);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.touch();
    return result;
  }

  /** True once the dictionary is in memory. */
  get loaded(): boolean {
    return this.tokenizer !== null;
  }

  private getTokenizer(): Promise<Tokenizer> {
    if (!this.tokenizer) {
      const building = new TokenizerBuilder({
        loader: { loadArrayBuffer: (file: string) => loadDictFile(this.dictUrl(file)) },
      }).build() as Promise<Tokenizer>;
      // A failed load must not poison later attempts.
      building.catch(() => {
        if (this.tokenizer === building) this.tokenizer = null;
      });
      this.tokenizer = building;
    }
    this.touch();
    return this.tokenizer;
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.tokenizer = null;
      this.cache.clear();
    }, IDLE_RELEASE_MS);
  }
}
