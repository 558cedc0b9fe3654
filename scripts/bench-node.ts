/**
 * Node half of `npm run bench`: the whole pipeline against raw kuromoji tokenisation of the same
 * texts (kuromoji's own `tokenize`, the baseline), measured in one process (warm-up, then the median
 * of several repetitions), plus our own lattice alone, the dictionary load time and the memory the
 * tokens of a long text hold.
 * Prints one JSON object on stdout.
 *
 * Texts: the corpus articles in ../shared/corpus (read here at run time, never copied into the
 * project) when present, else the project's own fixture article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadNodeTokenizer } from '../cli/tokenizer';
import { analyze } from '../core/analyze';
import { tokenizeText } from '../core/text/tokens';
import type { Tokenizer } from '../core/types';
import { paragraphs } from '../tests/fixtures/perf/pages';
import { loadKuromoji, readDictionaryImage } from '../tokenizer/node';
import { tokenizerFromImage } from '../tokenizer/tokenizer';
import { profile } from './bench-profile';
import { benchStages } from './bench-stages';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const REPS = Number(process.env.BENCH_REPS ?? 15);

/** The texts to measure and where they came from. */
async function loadTexts(): Promise<{ source: string; texts: string[] }> {
  if (existsSync(CORPUS)) {
    const files = [join(CORPUS, 'seed-article.txt')];
    const dev = join(CORPUS, 'dev');
    if (existsSync(dev)) for (const f of readdirSync(dev).sort()) if (f.endsWith('.txt')) files.push(join(dev, f));
    const texts = files.filter(existsSync).map((f) => readFileSync(f, 'utf8'));
    if (texts.length) return { source: 'shared/corpus', texts };
  }
  // Loaded only here: the HTML path pulls in the DOM library and the extractor.
  const { extractHtml } = await import('../cli/html');
  const html = readFileSync(join(ROOT, 'tests/fixtures/sample-article.html'), 'utf8');
  return { source: 'tests/fixtures', texts: [extractHtml(html).map.text] };
}

/** A tokenizer alone on the same lines the pipeline tokenises (it tokenises line by line too). */
function rawTokenize(texts: readonly string[], tokenizer: Tokenizer): number {
  let n = 0;
  for (const t of texts) for (const line of t.split('\n')) if (line) n += tokenizer.tokenize(line).length;
  return n;
}

function pipeline(texts: readonly string[], tokenizer: Tokenizer): number {
  let n = 0;
  for (const t of texts) n += analyze(t, tokenizer, { published: '2025-07-10' }).figures.length;
  return n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  // The pipeline's own load (kuromoji's dictionary + the fast lattice's index), then kuromoji's
  // plain tokenizer for the baseline (a second copy of the dictionary, not timed).
  const t0 = performance.now();
  const tokenizer = await loadNodeTokenizer();
  const dictLoadMs = performance.now() - t0;
  const kuromoji = await loadKuromoji();
  const { source, texts } = await loadTexts();
  const chars = texts.reduce((n, t) => n + t.length, 0);

  // Warm-up: JIT every path (and any lazily built tables of the engine) before measuring.
  for (let i = 0; i < 2; i++) {
    rawTokenize(texts, kuromoji);
    rawTokenize(texts, tokenizer);
    pipeline(texts, tokenizer);
  }
  // Interleaved repetitions, so drift (GC, CPU frequency) hits every side alike.
  const tok: number[] = [];
  const fast: number[] = [];
  const pipe: number[] = [];
  for (let i = 0; i < REPS; i++) {
    tok.push(time(() => rawTokenize(texts, kuromoji)));
    fast.push(time(() => rawTokenize(texts, tokenizer)));
    pipe.push(time(() => pipeline(texts, tokenizer)));
  }
  const tokMs = median(tok);
  const fastMs = median(fast);
  const pipeMs = median(pipe);
  const stages = benchStages(texts, tokenizer, REPS);
  const split = await dictLoadSplit();
  const per1k = (ms: number) => round((ms / chars) * 1000, 3);
  const out = {
    pipeline_vs_tokenize: round(pipeMs / tokMs, 3),
    tokenize_ms_per_1k_chars: per1k(tokMs),
    pipeline_ms_per_1k_chars: per1k(pipeMs),
    // Our lattice (tokenizer) on the same lines: same words as kuromoji, this share of its time.
    fast_tokenize_vs_tokenize: round(fastMs / tokMs, 3),
    // What the analysis adds beyond finding the words, as a share of kuromoji's tokenising.
    analysis_vs_tokenize: round((pipeMs - fastMs) / tokMs, 3),
    dict_load_ms: Math.round(dictLoadMs),
    dict_read_ms: split.readMs,
    dict_build_ms: split.buildMs,
    dict_image_mb: split.imageMb,
    // What the tokens of a long text hold (JS heap and their typed arrays), per token.
    token_bytes: tokenBytes(tokenizer),
    node_texts: texts.length,
    node_chars: chars,
    node_corpus: source,
    node_reps: REPS,
    // Share of the pipeline's time per stage (tokenise, sentences, figures, entities, sources, dates).
    stage_ms_per_1k_chars: stages ? Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, per1k(v)])) : null,
  };
  if (process.argv.includes('--profile')) {
    // Hot spots go to stderr: the JSON line on stdout stays one line.
    const spots = await profile(() => {
      for (let i = 0; i < REPS; i++) pipeline(texts, tokenizer);
    });
    for (const s of spots)
      process.stderr.write(`${(s.share * 100).toFixed(1).padStart(5)}%  ${s.ms} ms  ${s.fn}  ${s.file}\n`);
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/**
 * The dictionary load split in two: reading the image file (16 MB) and making the tokenizer over
 * it (views of the buffer: should be next to nothing).
 */
async function dictLoadSplit(): Promise<{ readMs: number; buildMs: number; imageMb: number }> {
  const t0 = performance.now();
  const buffer = await readDictionaryImage();
  const t1 = performance.now();
  tokenizerFromImage(buffer);
  return {
    readMs: Math.round(t1 - t0),
    buildMs: Math.round(performance.now() - t1),
    imageMb: round(buffer.byteLength / 2 ** 20, 1),
  };
}

/**
 * Bytes per token that the tokens of a 200,000-character text (our own generated sentences) keep
 * alive: heap and typed arrays after a full GC, with the tokens held, minus before.
 */
function tokenBytes(tokenizer: Tokenizer): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const text = paragraphs(200_000, 3).join('\n');
  tokenizeText(text.slice(0, 5000), tokenizer); // warm: lazily built tables are not the tokens' cost
  const used = () => {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const tokens = tokenizeText(text, tokenizer);
  return Math.round((used() - before) / tokens.length);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

main().catch((e) => {
  process.stderr.write(`bench-node: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
