/**
 * The entity tagger's share of `npm run bench` (issue 13's budget): what its model adds to the
 * package, how long it takes to install, how long tagging takes per 1,000 characters, and how much
 * memory the model and its caches hold once a day's worth of articles went through. Runs in its own
 * process so the memory figures are the tagger's alone (the dictionary is loaded before the first
 * reading). Prints one JSON object on stdout.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ENTITY_MODEL_PATH } from '../cli/entity-model';
import { loadNodeTokenizer } from '../cli/tokenizer';
import { findEntities } from '../core/entities';
import { installEntityModel } from '../core/entities/model';
import { tokenizeText } from '../core/text/tokens';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const REPS = Number(process.env.BENCH_REPS ?? 15);

function texts(): string[] {
  try {
    const dev = join(CORPUS, 'dev');
    const files = [
      join(CORPUS, 'seed-article.txt'),
      ...readdirSync(dev)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(dev, f)),
    ];
    return files.map((f) => readFileSync(f, 'utf8'));
  } catch {
    return [readFileSync(join(ROOT, 'tests/fixtures/sample-article.html'), 'utf8').replace(/<[^>]*>/g, '')];
  }
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function main(): Promise<void> {
  const tokenizer = await loadNodeTokenizer();
  const all = texts();
  const tokens = all.map((t) => tokenizeText(t, tokenizer));
  const chars = all.reduce((n, t) => n + t.length, 0);
  // A fresh model: the one loadNodeTokenizer installed is replaced, so its memory is measured anew.
  (globalThis as { gc?: () => void }).gc?.();
  const before = used();
  const t0 = performance.now();
  const file = readFileSync(ENTITY_MODEL_PATH);
  installEntityModel(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const installMs = performance.now() - t0;
  const laps: number[] = [];
  // CPU time as well as wall time: on a shared machine the process's own CPU time moves less.
  const cpu: number[] = [];
  for (let r = 0; r <= REPS; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    for (const [i, text] of all.entries()) findEntities(text, tokens[i] ?? []);
    if (r > 0) {
      // The first pass is warm-up.
      laps.push(performance.now() - t);
      cpu.push(process.cpuUsage(c).user / 1000);
    }
  }
  (globalThis as { gc?: () => void }).gc?.();
  const after = used();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  const per1k = (ms: number) => Math.round((ms / chars) * 1000 * 1000) / 1000;
  process.stdout.write(
    `${JSON.stringify({
      entity_model_mb: mb(statSync(ENTITY_MODEL_PATH).size),
      entity_model_install_ms: Math.round(installMs * 10) / 10,
      entity_ms_per_1k_chars: per1k(median(laps)),
      entity_cpu_ms_per_1k_chars: per1k(median(cpu)),
      entity_memory_mb: mb(after - before),
    })}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`bench-entities: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
