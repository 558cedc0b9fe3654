#!/usr/bin/env node
/**
 * `npm run bench`: the Node benchmark (pipeline vs raw kuromoji, dictionary load, memory) in several
 * fresh processes, the CLI as a user runs it, and — when Chromium and a build are present — the
 * browser benchmark; prints ONE JSON line with all of them. Every figure is a median of fresh runs
 * (the runs are listed beside it), and each half records the machine's load average when it ran:
 * wall-clock figures taken while the machine was busy are listed under `loaded_timings` and should
 * not be compared with a quiet run (ratios measured in one process, bytes and PSS hold up better).
 * `--profile` also prints the pipeline's hot spots on stderr; `--no-browser` skips Chromium;
 * `--no-cli` skips the CLI. See README "Performance" for how to read the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const chromium = process.env.SHUTTEN_CHROMIUM ?? '/usr/bin/chromium';
/** Fresh Node processes whose medians are reported. */
const NODE_RUNS = Number(process.env.BENCH_NODE_RUNS ?? 3);
/** Above this 1-minute load average per core, wall-clock timings are marked as taken on a busy machine. */
const BUSY_LOAD_PER_CORE = 0.5;

/** Runs a TypeScript bench script with tsx and parses the JSON line it prints. */
function runTs(script, extra = []) {
  const r = spawnSync('npx', ['tsx', '--expose-gc', join('scripts', script), ...extra], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status})`);
  const line = r.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line);
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const busy = () => (loadavg()[0] ?? 0) > BUSY_LOAD_PER_CORE * cpus().length;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Runs `part` and records the load average before it and whether the machine was busy. */
function measured(name, part, result, timings) {
  const before = load();
  const wasBusy = busy();
  const out = part();
  result[`load_${name}`] = `${before} → ${load()}`;
  if (wasBusy || busy()) result.loaded_timings.push(...timings(out));
  Object.assign(result, out);
}

/** Medians of each numeric field over `runs` results (stage timings too); other fields from the first. */
function medians(runs) {
  const out = { ...runs[0] };
  for (const [k, v] of Object.entries(runs[0])) {
    if (typeof v === 'number') out[k] = median(runs.map((r) => r[k]));
    else if (v && typeof v === 'object')
      out[k] = Object.fromEntries(Object.keys(v).map((s) => [s, median(runs.map((r) => r[k][s]))]));
  }
  out.pipeline_vs_tokenize_runs = runs.map((r) => r.pipeline_vs_tokenize).join(' ');
  out.node_runs = runs.length;
  return out;
}

const TIMED = /_ms($|_)|_ms_per_1k_chars$/;
const result = { loaded_timings: [] };
measured(
  'node',
  () => {
    const runs = [];
    for (let i = 0; i < NODE_RUNS; i++)
      runs.push(runTs('bench-node.ts', i === 0 && args.includes('--profile') ? ['--profile'] : []));
    return medians(runs);
  },
  result,
  (out) => Object.keys(out).filter((k) => TIMED.test(k) || k.endsWith('_vs_tokenize')),
);
// The entity tagger's budget (model size, install time, tagging per 1k characters, memory), measured
// in a process of its own: see scripts/bench-entities.ts.
measured(
  'entities',
  () => runTs('bench-entities.ts'),
  result,
  (out) => Object.keys(out).filter((k) => TIMED.test(k)),
);
if (args.includes('--no-cli')) result.cli = 'skipped (--no-cli)';
else
  measured(
    'cli',
    () => runTs('bench-cli.ts'),
    result,
    (out) => Object.keys(out).filter((k) => k.endsWith('_ms')),
  );
if (args.includes('--no-browser')) {
  result.browser = 'skipped (--no-browser)';
} else if (!existsSync(chromium)) {
  result.browser = `skipped (no Chromium at ${chromium})`;
} else {
  // The browser half drives the test build (it reaches the background through its test hooks) and
  // weighs the store build's content script.
  for (const [dir, mode] of [
    ['chrome-mv3', []],
    ['chrome-mv3-e2e', ['--mode', 'e2e']],
  ]) {
    if (existsSync(join(root, `.output/${dir}/manifest.json`))) continue;
    const b = spawnSync('npx', ['wxt', 'build', ...mode], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) throw new Error('wxt build failed');
  }
  measured(
    'browser',
    () => runTs('bench-browser.ts'),
    result,
    (out) => Object.keys(out).filter((k) => /_ms$/.test(k)),
  );
}
// The machine the figures came from (README reports them with it).
result.machine = `${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`;
result.loaded_timings = result.loaded_timings.length
  ? `${result.loaded_timings.join(' ')} (load average above ${BUSY_LOAD_PER_CORE} per core while measured: compare only with a quiet run)`
  : 'none';
process.stdout.write(`${JSON.stringify(result)}\n`);
