/**
 * CLI half of `npm run bench`: `node cli/bin.mjs analyze` as a user runs it, in fresh processes —
 * start to first output on a 1,000-character article, and the peak memory (max RSS, from
 * /usr/bin/time) and wall time on a 1,000,000-character one. The texts are generated from our
 * own sentences (tests/fixtures/perf/pages.ts). Prints one JSON object.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { paragraphs } from '../tests/fixtures/perf/pages';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'cli/bin.mjs');
const TIME = '/usr/bin/time';
const START_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const BIG_RUNS = Number(process.env.BENCH_CLI_BIG_RUNS ?? 3);

/** An article file: a headline, then paragraphs of about `chars` characters in all. */
function article(dir: string, name: string, chars: number, seed: number): string {
  const file = join(dir, name);
  writeFileSync(file, `地域経済の動き、各地で数字が示す変化\n${paragraphs(chars, seed).join('\n')}\n`);
  return file;
}

/** Milliseconds from spawning the CLI to its first byte on stdout, and to its exit. */
function startToOutput(file: string): Promise<{ first: number; exit: number }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    let first = -1;
    const child = spawn(process.execPath, [BIN, 'analyze', file], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', () => {
      if (first < 0) first = performance.now() - t0;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) fail(new Error(`cli exited ${code}`));
      else done({ first, exit: performance.now() - t0 });
    });
  });
}

/** Peak RSS (MB) and wall time (ms) of one CLI run on `file`, its JSON output discarded. */
function bigRun(file: string): { rssMb: number; ms: number } {
  const t0 = performance.now();
  const r = spawnSync(TIME, ['-f', '%M', process.execPath, BIN, 'analyze', file, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cli on 1M characters exited ${r.status}: ${r.stderr.slice(-500)}`);
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return { rssMb: kb / 1024, ms };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

export async function benchCli(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'shutten-bench-cli-'));
  try {
    const small = article(dir, 'article-1k.txt', 1000, 5);
    const big = article(dir, 'article-1m.txt', 1_000_000, 9);
    // One untimed run: builds the dictionary image into the cache if this checkout has none yet.
    await startToOutput(small);
    const starts: { first: number; exit: number }[] = [];
    for (let i = 0; i < START_RUNS; i++) starts.push(await startToOutput(small));
    const out: Record<string, number | string> = {
      cli_1k_first_output_ms: Math.round(median(starts.map((s) => s.first))),
      cli_1k_exit_ms: Math.round(median(starts.map((s) => s.exit))),
      cli_1k_first_output_runs: starts.map((s) => Math.round(s.first)).join(' '),
    };
    if (!existsSync(TIME)) {
      out.cli_1m = `skipped (no ${TIME})`;
      return out;
    }
    const bigs = Array.from({ length: BIG_RUNS }, () => bigRun(big));
    out.cli_1m_peak_rss_mb = Math.round(median(bigs.map((b) => b.rssMb)));
    out.cli_1m_peak_rss_runs = bigs.map((b) => Math.round(b.rssMb)).join(' ');
    out.cli_1m_ms = Math.round(median(bigs.map((b) => b.ms)));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  benchCli().then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e) => {
      process.stderr.write(`bench-cli: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
