import { type AnalysisDraft, analyze, draftAnalysis, finishAnalysis } from '../../core/analyze';
import { installEntityModel } from '../../core/entities/model';
import type { Analysis, Tokenizer } from '../../core/types';
import { IMAGE_FILE } from '../../tokenizer/image';
import { tokenizerFromImage } from '../../tokenizer/tokenizer';
import { type FigureSpan, SUPERSEDED } from '../shared/messages';
import type { EngineOptions } from '../shared/page-facts';
import { analysisBytes, boundAnalysis } from './analysis-bounds';
import { warmCode, warmTables } from './engine-warm-up';
import { FairQueue } from './fair-queue';

/**
 * Fetches the dictionary image shipped in the extension. It is stored uncompressed: the tokenizer
 * reads it as typed-array views of this one buffer, so loading is this fetch and nothing else.
 */
async function fetchImage(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`dictionary image ${url}: HTTP ${res.status}`);
  return res.arrayBuffer();
}

/** Where the entity model lies in the extension, beside /dict/ (public/ner/ is copied as is). */
const ENTITY_MODEL_PATH = '/ner/entities.bin';

/**
 * Fetches the entity model (weights and tables as typed arrays) and installs it: the fetched buffer
 * is used as it is, with no inflating or parsing.
 */
async function loadEntityModel(url: string): Promise<void> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`entity model ${url}: HTTP ${res.status}`);
  installEntityModel(await res.arrayBuffer());
}

/** After this long without a request the dictionary (a 16 MB image) is dropped; the next page loads it again. */
export const IDLE_RELEASE_MS = 10 * 60_000;
/**
 * Chrome stops an idle service worker after 30 s, and the dictionary with it: every article read
 * after a pause would pay the cold start again. Any extension API call resets that timer, so while
 * the dictionary is held a cheap call every 20 s keeps the worker (until IDLE_RELEASE_MS).
 */
export const KEEP_ALIVE_MS = 20_000;
/**
 * The cache holds analyses of up to about this many bytes in all (a long page's slices included),
 * counted by analysisBytes: a page's own strings, not the number of entries, decide what it costs.
 */
const CACHE_BYTES = 32 * 2 ** 20;
const CACHE_ENTRIES = 256;
/** Requests one tab may have waiting; a newer one supersedes the oldest (the page has moved on). */
const PER_TAB_WAITING = 4;
/**
 * First halves of analyses (figuresFirst) kept for the whole-text request that follows them: one per
 * tab reading a page at the same moment is enough (a draft pushed out is simply analysed again).
 */
const DRAFTS = 2;

/** A fast 53-bit string hash (cyrb53): cache keys must not keep whole page texts alive. */
export function textHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What the host needs from its surroundings. Test seams: unit tests pass a fake tokenizer and spies. */
export interface HostOptions {
  /**
   * Builds the tokenizer (default: kuromoji's words over the extension's dictionary image, and the
   * entity model from /ner/entities.bin installed beside it).
   */
  build?: () => Promise<Tokenizer>;
  /** A cheap extension API call that keeps Chrome's service worker alive (default: runtime.getPlatformInfo). */
  keepAlive?: () => unknown;
  /** Bytes of analyses the cache may hold (default CACHE_BYTES, counted by analysisBytes). */
  cacheBytes?: number;
  /** Requests one tab may have waiting (default PER_TAB_WAITING). */
  perTabWaiting?: number;
}

/** One analysis request waiting its turn. */
interface Job {
  key: string;
  text: string;
  options: EngineOptions;
  /** Only where the figures are (figuresFirst): the rest of the analysis is kept for the request that follows. */
  first?: boolean;
  resolve: (a: Analysis | FigureSpan[] | null) => void;
  reject: (e: unknown) => void;
}

/** Lets the worker take new messages between two analyses (the next tab's request joins the round). */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

function defaultKeepAlive(): void {
  const rt = (globalThis as { chrome?: { runtime?: { getPlatformInfo?: () => Promise<unknown> } } }).chrome?.runtime;
  rt?.getPlatformInfo?.()?.catch?.(() => {});
}

/**
 * Holds the browser's one tokenizer (in the background context, never in a tab) and answers
 * analysis requests one at a time, round-robin between tabs, caching results per text hash for the
 * session so revisiting a page costs nothing.
 */
export class AnalysisHost {
  private tokenizer: Promise<Tokenizer> | null = null;
  private warmed = false;
  private compiled = false;
  private readonly cache = new Map<string, { analysis: Analysis; bytes: number }>();
  /** First halves of analyses by cache key, waiting for their whole-text request (see figuresFirst). */
  private readonly drafts = new Map<string, AnalysisDraft>();
  private cachedBytes = 0;
  private readonly queue: FairQueue<Job>;
  private pumping = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private keepAliveTimer: ReturnType<typeof setInterval> | null = null;
  private readonly build: () => Promise<Tokenizer>;
  private readonly keepAlive: () => unknown;
  private readonly cacheBytes: number;

  /** `dictUrl` resolves a dictionary file name to a URL inside the extension. */
  constructor(dictUrl: (file: string) => string, options: HostOptions = {}) {
    this.build =
      options.build ??
      (async () => {
        // The entity model is fetched beside the dictionary, from the same origin as its files.
        const [tokenizer] = await Promise.all([
          fetchImage(dictUrl(IMAGE_FILE)).then(tokenizerFromImage),
          loadEntityModel(new URL(ENTITY_MODEL_PATH, dictUrl(IMAGE_FILE)).href),
        ]);
        return tokenizer;
      });
    this.keepAlive = options.keepAlive ?? defaultKeepAlive;
    this.cacheBytes = options.cacheBytes ?? CACHE_BYTES;
    this.queue = new FairQueue(options.perTabWaiting ?? PER_TAB_WAITING);
  }

  /**
   * Analyses `text` for the tab `from` (its requests wait their turn after other tabs' ones); the
   * first call loads the dictionary (one fetch of the 16 MB image). A request pushed out of a tab's
   * line by newer ones rejects with SUPERSEDED.
   */
  analyze(text: string, options: EngineOptions, from = ''): Promise<Analysis> {
    return this.request(text, options, from, false) as Promise<Analysis>;
  }

  /**
   * Where the figures of `text` are, found before the rest of its analysis (a page's first marks
   * need nothing more); the analysis's second half waits, kept, for the analyze() call of the same
   * text and options that follows. Null when that analysis is already cached: ask for it instead.
   */
  figuresFirst(text: string, options: EngineOptions, from = ''): Promise<FigureSpan[] | null> {
    return this.request(text, options, from, true) as Promise<FigureSpan[] | null>;
  }

  private request(text: string, options: EngineOptions, from: string, first: boolean): Promise<unknown> {
    const key = [
      textHash(text),
      text.length,
      options.published ?? '',
      options.byline ?? '',
      options.author ?? '',
      speakersKey(options),
    ].join('\u0000');
    const hit = this.fromCache(key);
    if (hit) return Promise.resolve(first ? null : hit);
    return new Promise((resolve, reject) => {
      this.queue.push(from, { key, text, options, first, resolve, reject })?.reject(new Error(SUPERSEDED));
      void this.pump();
    });
  }

  /** A cached analysis (now the most recently used), or null. */
  private fromCache(key: string): Analysis | null {
    const hit = this.cache.get(key);
    if (!hit) return null;
    // Most recently used last: eviction takes from the front.
    this.cache.delete(key);
    this.cache.set(key, hit);
    this.touch();
    return hit.analysis;
  }

  /** Serves the queue, one analysis per task, until it is empty. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.size) {
        // Taken only once the dictionary is there (and after at least one turn): requests that
        // arrive meanwhile all join the round first.
        const tokenizer = await this.getTokenizer().catch((e: unknown) => e as Error);
        const job = this.queue.shift();
        if (!job) break;
        if (tokenizer instanceof Error) job.reject(tokenizer);
        else this.run(job, tokenizer);
        if (this.queue.size) await nextTask();
      }
    } finally {
      this.pumping = false;
    }
  }

  private run(job: Job, tokenizer: Tokenizer): void {
    try {
      // The same text may have been analysed for another tab while this one waited.
      const hit = this.fromCache(job.key);
      if (hit) {
        job.resolve(job.first ? null : hit);
        return;
      }
      if (job.first) {
        const draft = draftAnalysis(job.text, tokenizer, job.options);
        this.drafts.delete(job.key);
        this.drafts.set(job.key, draft);
        if (this.drafts.size > DRAFTS) this.drafts.delete(this.drafts.keys().next().value as string);
        job.resolve(draft.figures.map(({ start, end }) => ({ start, end })));
        return;
      }
      const draft = this.drafts.get(job.key);
      this.drafts.delete(job.key);
      // Bounded before it is cached or sent: no reply may exceed the message limit.
      const analysis = boundAnalysis(draft ? finishAnalysis(draft) : analyze(job.text, tokenizer, job.options));
      this.remember(job.key, analysis);
      this.touch();
      if (!this.compiled) {
        // After the first real analysis (never before it), compile the engine in idle moments.
        this.compiled = true;
        const held = this.tokenizer;
        warmCode(tokenizer, () => this.tokenizer === held);
      }
      job.resolve(analysis);
    } catch (e) {
      job.reject(e);
    }
  }

  /**
   * Starts loading the dictionary without analysing anything: a tab sends this before it extracts
   * its article, so the load (the image, and the engine's tables) overlaps the page's own work.
   */
  prepare(): void {
    this.getTokenizer().catch(() => {});
    if (this.warmed) return;
    this.warmed = true;
    warmTables();
  }

  /** True once the dictionary is in memory. */
  get loaded(): boolean {
    return this.tokenizer !== null;
  }

  /** Number of cached analyses (for tests and the bench). */
  get cached(): number {
    return this.cache.size;
  }

  /** Bytes the cached analyses hold (as analysisBytes counts them). */
  get cacheSize(): number {
    return this.cachedBytes;
  }

  private remember(key: string, analysis: Analysis): void {
    const bytes = analysisBytes(analysis);
    // One analysis over the whole budget is answered but not kept.
    if (bytes > this.cacheBytes) return;
    this.cache.set(key, { analysis, bytes });
    this.cachedBytes += bytes;
    while (this.cache.size > 1 && (this.cachedBytes > this.cacheBytes || this.cache.size > CACHE_ENTRIES)) {
      const [oldKey, old] = this.cache.entries().next().value as [string, { bytes: number }];
      this.cache.delete(oldKey);
      this.cachedBytes -= old.bytes;
    }
  }

  private getTokenizer(): Promise<Tokenizer> {
    if (!this.tokenizer) {
      const building = this.build();
      // A failed load must not poison later attempts.
      building.catch(() => {
        if (this.tokenizer === building) this.release();
      });
      this.tokenizer = building;
      this.keepAliveTimer ??= setInterval(() => this.keepAlive(), KEEP_ALIVE_MS);
    }
    this.touch();
    return this.tokenizer;
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.release(), IDLE_RELEASE_MS);
  }

  /** Drops the dictionary and the cache, and lets the worker stop. */
  private release(): void {
    this.tokenizer = null;
    this.compiled = false;
    this.cache.clear();
    this.drafts.clear();
    this.cachedBytes = 0;
    if (this.keepAliveTimer) clearInterval(this.keepAliveTimer);
    this.keepAliveTimer = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/** The speakers' spans as part of a cache key: the same text with an embed's author named reads differently. */
function speakersKey(options: EngineOptions): string {
  return (options.speakers ?? []).map((s) => `${s.start}-${s.end}:${s.speaker}`).join('\u0001');
}
