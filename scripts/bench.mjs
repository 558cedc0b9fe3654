#!/usr/bin/env node
/**
 * `npm run bench`: runs the Node benchmark (pipeline vs raw kuromoji, dictionary load, peak memory)
 * and, when Chromium and a build are present, the browser benchmark; prints ONE JSON line with both.
 * `--profile` also prints the pipeline's hot spots (function, file, share) on stderr.
 * `--no-browser` skips Chromium. The browser half builds the extension first when .output is missing.
 * See README "Performance" for how to read the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const chromium = process.env.SHUTTEN_CHROMIUM ?? '/usr/bin/chromium';

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

const result = runTs('bench-node.ts', args.includes('--profile') ? ['--profile'] : []);
// The entity tagger's budget (model size, install time, tagging per 1k characters, memory), measured
// in a process of its own: see scripts/bench-entities.ts.
Object.assign(result, runTs('bench-entities.ts'));
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
  Object.assign(result, runTs('bench-browser.ts'));
}
// The machine the figures came from (README reports them with it).
result.machine = `${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`;
process.stdout.write(`${JSON.stringify(result)}\n`);
